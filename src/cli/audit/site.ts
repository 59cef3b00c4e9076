/**
 * First or third party: two hosts are the same site when they share a registrable
 * domain (HTML "same site"). Without shipping the whole Public Suffix List, the
 * registrable domain is the last two labels, or three under the common
 * two-level suffixes (`co.uk`, `com.au`, …); IP addresses and single labels stand alone.
 */

const SECOND_LEVEL = new Set([
  'co',
  'com',
  'net',
  'org',
  'gov',
  'edu',
  'ac',
  'or',
  'ne',
  'go',
  'gv',
  'ltd',
  'plc',
  'nhs',
  'sch',
  'gob',
  'nic',
]);

/**
 * The registrable domain of a host or cookie domain.
 *
 * @example
 * registrableDomain('www.shop.co.uk'); // 'shop.co.uk'
 * registrableDomain('.api-js.mixpanel.com'); // 'mixpanel.com'
 */
export function registrableDomain(host: string): string {
  const clean = host.toLowerCase().replace(/^\.+/, '').replace(/\.$/, '');
  if (/^\d+(\.\d+){3}$/.test(clean) || clean.includes(':') || !clean.includes('.')) return clean;
  const labels = clean.split('.');
  const take = labels.length >= 3 && labels[labels.length - 1].length === 2 && SECOND_LEVEL.has(labels[labels.length - 2]) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/**
 * Whether `host` (or a cookie domain) belongs to the same site as `siteHost`.
 *
 * @example
 * sameSite('cdn.mxpnl.com', 'www.bakery.com'); // false
 */
export function sameSite(host: string, siteHost: string): boolean {
  return registrableDomain(host) === registrableDomain(siteHost);
}

/**
 * A URL without its query and fragment, which often carry ids; `null` for what is not http(s).
 *
 * @example
 * plainUrl('https://a.example/p?id=1#x'); // 'https://a.example/p'
 */
export function plainUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin + u.pathname : null;
  } catch {
    return null;
  }
}
