/** Attributes that tell a site owner which element a warning is about, in the order shown. */
const NAMING = ['data-consent', 'data-src', 'src', 'href', 'data-srcset', 'title', 'id'];

const clip = (value: string) => (value.length > 80 ? value.slice(0, 79) + '…' : value);

/**
 * A short, recognisable name for a tagged element, for warnings: its tag,
 * purpose and what it loads, as written in the page's markup, so an owner can
 * search their templates for it. Text only (a warning is never HTML), each
 * value clipped so a long embed URL stays readable.
 *
 * @example
 * describeElement(iframe) // '<iframe data-consent="customization" data-src="https://www.youtube-nocookie.com/embed/x">'
 */
export function describeElement(el: Element): string {
  const parts = [el.localName];
  for (const name of NAMING) {
    const value = el.getAttribute(name) ?? (name === 'href' ? el.getAttributeNS('http://www.w3.org/1999/xlink', 'href') : null);
    if (value !== null) parts.push(`${name}=${JSON.stringify(clip(value))}`);
  }
  const tag = `<${parts.join(' ')}>`;
  // An inline script is known by its first characters.
  const text = el.localName === 'script' && !el.hasAttribute('src') ? (el.textContent ?? '').trim().replace(/\s+/g, ' ') : '';
  return text ? `${tag} ${JSON.stringify(text.length > 40 ? text.slice(0, 39) + '…' : text)}` : tag;
}
