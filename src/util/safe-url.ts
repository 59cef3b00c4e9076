/**
 * Accepts only URLs a visitor can safely follow: `http:`, `https:` or a
 * relative reference. Anything else (`javascript:`, `data:`, `vbscript:`,
 * protocol tricks with control characters or entities) yields `null`.
 * Whitespace and control characters are stripped first, the way the WHATWG
 * URL parser does, so `java\tscript:` cannot slip through. `maxLength` bounds
 * what a config may hold; the gate passes a larger bound, as real embed URLs
 * (maps, video players) can be long.
 *
 * @example
 * safeUrl('/privacy') // '/privacy'
 * safeUrl('javascript:alert(1)') // null
 */
export function safeUrl(input: unknown, maxLength = 2048): string | null {
  if (typeof input !== 'string') return null;
  const trimmed = input.trim();
  if (!trimmed || trimmed.length > maxLength) return null;
  // WHATWG URL parsing removes ASCII tab and newline anywhere and C0 controls/space at the ends.
  const compact = trimmed.replace(/[\u0000-\u001f\u007f\s]/g, '');
  // A scheme ends at the first colon, before any `/`, `?` or `#`. Without a colon there it is relative;
  // any other colon there would be read as a scheme by some parsers.
  const beforePath = compact.split(/[/?#]/, 1)[0]!;
  return !beforePath.includes(':') || /^https?:/i.test(beforePath) ? trimmed : null;
}
