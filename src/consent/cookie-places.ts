import type { CookiePlace } from './cookie-jar';

/** The host and each parent domain, e.g. `a.b.example.com` -> `a.b.example.com`, `.b.example.com`, `.example.com`. */
export function domainsOf(host: string, cookieDomain: string | null): Array<string | null> {
  const domains: Array<string | null> = [null];
  // An IP address or a bare host name has no parent domain to clear.
  const labels = /^[\d.]+$|:/.test(host) ? [] : host.split('.');
  for (let i = 0; i < labels.length - 1; i++) domains.push('.' + labels.slice(i).join('.'));
  if (cookieDomain && !domains.includes(cookieDomain)) domains.push(cookieDomain);
  return domains;
}

/**
 * Every cookie path visible at `pathname` (RFC 6265 5.1.4 path-match): `/`,
 * and each prefix ending before or at a `/`, with and without that slash:
 * `/a/b/c` -> `/`, `/a`, `/a/`, `/a/b`, `/a/b/`, `/a/b/c`. At most 12 levels deep.
 */
export function pathsOf(pathname: string): string[] {
  const paths = new Set(['/']);
  const parts = (pathname || '/').split('/').slice(1, 13);
  let prefix = '';
  // A trailing empty part (`/a/`) adds `/a/` again, already there as the slash form of `/a` (or `/` itself).
  parts.forEach((part, i) => {
    paths.add((prefix += '/' + part));
    if (i < parts.length - 1) paths.add(prefix + '/');
  });
  return [...paths];
}

/**
 * Every place a cookie visible to this page can sit: each domain of
 * `domainsOf` on each path of `pathsOf`. Deleting at all of them removes every
 * copy the page can see (a cookie set from a sibling subdomain on a parent
 * domain, or on a deeper path, included).
 *
 * @example
 * placesOf('www.shop.example', '/a/', null) // [{ domain: null, path: '/' }, { domain: null, path: '/a' }, …]
 */
export function placesOf(host: string, pathname: string, cookieDomain: string | null): CookiePlace[] {
  const paths = pathsOf(pathname);
  return domainsOf(host, cookieDomain).flatMap((domain) => paths.map((path) => ({ domain, path })));
}
