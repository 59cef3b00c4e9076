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
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (scheme) return /^https?$/i.test(scheme[1]!) ? trimmed : null;
  // No scheme: relative. A colon before the first slash would be read as a scheme by some parsers.
  const beforePath = compact.split(/[/?#]/, 1)[0]!;
  return beforePath.includes(':') ? null : trimmed;
}

const SPACE = /[\t\n\f\r ]/;

/**
 * The URLs of a `srcset` value, split the way the HTML parser splits image
 * candidates ("parse a srcset attribute"): a URL is a run of non-whitespace,
 * trailing commas end it, and its descriptors run to the next comma outside
 * parentheses. So a comma inside a URL (`/a,b.jpg 1x`) stays part of it.
 *
 * @example
 * srcsetUrls('/a.jpg 1x, /b.jpg 2x') // ['/a.jpg', '/b.jpg']
 */
export function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && (SPACE.test(value[i]!) || value[i] === ',')) i++;
    if (i >= value.length) break;
    const start = i;
    while (i < value.length && !SPACE.test(value[i]!)) i++;
    let url = value.slice(start, i);
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      // Descriptors ("1x", "480w"): up to the next comma that is not inside parentheses.
      let inParens = false;
      for (; i < value.length; i++) {
        const c = value[i];
        if (c === '(') inParens = true;
        else if (c === ')') inParens = false;
        else if (c === ',' && !inParens) {
          i++;
          break;
        }
      }
    }
    if (url) urls.push(url);
  }
  return urls;
}
