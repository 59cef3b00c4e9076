/** Trims spaces and tabs (RFC 6265 WSP) in linear time: a regex `[ \t]+$` is quadratic on a long run of spaces. */
function trimWsp(text: string): string {
  const wsp = (i: number) => text[i] === ' ' || text[i] === '\t';
  let start = 0;
  let end = text.length;
  while (start < end && wsp(start)) start++;
  while (end > start && wsp(end - 1)) end--;
  return text.slice(start, end);
}

/**
 * Splits a cookie string (`document.cookie`, or a request's `Cookie` header)
 * into name/value pairs, the one rule shared by the browser and the server
 * (RFC 6265 5.4 serialises pairs as `name=value` joined by `; `). Names and
 * values are trimmed of spaces and tabs and otherwise kept exactly as sent:
 * no unquoting, no percent-decoding, so the browser and the server can never
 * read the same header two ways. A pair without `=` is a value with an empty
 * name (RFC 6265bis 5.4.4). Pure, never throws.
 *
 * @example
 * cookiePairs('a=1; consent_gate=1~1~…') // [['a', '1'], ['consent_gate', '1~1~…']]
 */
export function cookiePairs(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (typeof text === 'string')
    for (const pair of text.split(';')) {
      const at = pair.indexOf('=');
      const name = trimWsp(pair.slice(0, Math.max(at, 0)));
      const value = trimWsp(pair.slice(at + 1));
      if (name || value) out.push([name, value]);
    }
  return out;
}

/**
 * The values stored under `name` in a cookie string, by the one rule of `cookiePairs`.
 *
 * @example
 * valuesOf('a=1; b=2; a=3', 'a') // ['1', '3']
 */
export function valuesOf(cookieText: string, name: string): string[] {
  return cookiePairs(cookieText).flatMap(([n, v]) => (n === name ? [v] : []));
}
