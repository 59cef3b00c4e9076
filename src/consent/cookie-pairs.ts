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
/** Trims spaces and tabs (RFC 6265 WSP) in linear time: a regex `[ \t]+$` is quadratic on a long run of spaces. */
function trimWsp(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(start, end);
}

export function cookiePairs(text: string): Array<[string, string]> {
  if (typeof text !== 'string' || !text) return [];
  const out: Array<[string, string]> = [];
  for (const pair of text.split(';')) {
    const at = pair.indexOf('=');
    const name = at < 0 ? '' : trimWsp(pair.slice(0, at));
    const value = trimWsp(at < 0 ? pair : pair.slice(at + 1));
    if (name || value) out.push([name, value]);
  }
  return out;
}
