/** Attributes that tell a site owner which element a warning is about, in the order shown. */
const NAMING = ['data-consent', 'data-src', 'src', 'href', 'xlink:href', 'data-srcset', 'title', 'id'];

/** A value for a warning: a quoted string of at most `max` characters (a long embed URL stays readable). */
export const quote = (value: string, max: number) => JSON.stringify(value.length > max ? value.slice(0, max - 1) + '…' : value);

/**
 * A short, recognisable name for a tagged element, for warnings: its tag,
 * purpose and what it loads, as written in the page's markup (an SVG
 * script's `xlink:href` too), so an owner can search their templates for it.
 * Text only (a warning is never HTML), each value clipped so a long embed
 * URL stays readable.
 *
 * @example
 * describeElement(iframe) // '<iframe data-consent="customization" data-src="https://www.youtube-nocookie.com/embed/x">'
 */
export function describeElement(el: Element): string {
  const parts = [el.localName];
  for (const name of NAMING) {
    const value = el.getAttribute(name);
    if (value !== null) parts.push(`${name}=${quote(value, 80)}`);
  }
  // An inline script is known by its first characters.
  const text = el.localName === 'script' && !el.hasAttribute('src') ? (el.textContent ?? '').trim().replace(/\s+/g, ' ') : '';
  return `<${parts.join(' ')}>` + (text && ' ' + quote(text, 40));
}
