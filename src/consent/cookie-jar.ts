import { domOf } from '../util/dom';
import { cookiePairs } from './cookie-pairs';
import { placesOf } from './cookie-places';

/** Where a cookie lives: `domain` null is the host-only cookie, `path` defaults to `/`. */
export interface CookiePlace {
  domain: string | null;
  path?: string;
}

/** Where the decision and declared tracker cookies are read and written. */
export interface CookieJar {
  /** Every value stored under `name` (several when paths or domains differ), exactly as the browser shows it. */
  getAll(name: string): string[];
  /** Writes the value; `false` when the browser refused (cookies disabled, or a throwing `document.cookie`). */
  set(name: string, value: string, options: { days: number; domain: string | null }): boolean;
  /** Deletes the cookie of exactly this name at this place (nothing happens when there is none). */
  remove(name: string, place: CookiePlace | string | null): void;
  /** Names of all cookies visible to the page, exactly as the browser shows them. */
  names(): string[];
  /** Every place a cookie this page sees can sit: host-only, each parent domain and `cookieDomain`, each visible path. */
  places(cookieDomain: string | null): CookiePlace[];
}

/**
 * One `document.cookie` assignment, written here rather than by js-cookie:
 * js-cookie URL-encodes the name (so `AMCV_x%40AdobeOrg` would be deleted as
 * `AMCV_x%2540AdobeOrg` and survive) and walks the attributes with `for…in`
 * over a fresh `{}`, which one enumerable method on `Object.prototype` breaks.
 * Attributes per RFC 6265 4.1.1; names and values are passed as the browser
 * shows them and must not hold `;` (they never do when read from
 * `document.cookie`).
 */
export function cookieString(
  name: string,
  value: string,
  attrs: { path: string; domain: string | null; maxAge: number; secure: boolean },
): string {
  let text = `${name}=${value}; Path=${attrs.path}; SameSite=Lax; Max-Age=${Math.floor(attrs.maxAge)}`;
  // Max-Age 0 and a past Expires: browsers that ignore Max-Age still delete.
  if (attrs.maxAge <= 0) text += '; Expires=Thu, 01 Jan 1970 00:00:00 GMT';
  if (attrs.domain) text += `; Domain=${attrs.domain}`;
  if (attrs.secure) text += '; Secure';
  return text;
}

/** Browsers cap a cookie's lifetime at 400 days (RFC 6265bis 5.5). */
export const MAX_COOKIE_DAYS = 400;

/**
 * The browser's cookie jar with the attributes of docs/cookie.md#the-cookie: `Path=/`,
 * `SameSite=Lax`, `Secure` on https, the configured domain. Reads and writes
 * go through `Document.prototype` (a page element named `cookie` cannot
 * shadow them); every call is guarded, so a page where cookies throw still works.
 *
 * @example
 * const jar = createCookieJar(document);
 * jar.set('consent_gate', value, { days: 182, domain: null });
 */
export function createCookieJar(doc: Document): CookieJar {
  const dom = domOf(doc);
  const location = (() => {
    try {
      const { protocol, hostname, pathname } = dom.defaultView()!.location;
      return { protocol, hostname, pathname };
    } catch {
      return { protocol: '', hostname: '', pathname: '/' };
    }
  })();
  const secure = location.protocol === 'https:';
  const pairs = () => cookiePairs(dom.cookie());
  return {
    getAll: (name) =>
      pairs()
        .filter(([n]) => n === name)
        .map(([, v]) => v),
    set(name, value, { days, domain }) {
      const maxAge = Math.min(days, MAX_COOKIE_DAYS) * 86_400;
      if (!dom.setCookie(cookieString(name, value, { path: '/', domain, maxAge, secure }))) return false;
      return pairs().some(([n, v]) => n === name && v === value);
    },
    remove(name, place) {
      const where = typeof place === 'object' && place !== null ? place : { domain: place };
      dom.setCookie(cookieString(name, '', { path: where.path ?? '/', domain: where.domain, maxAge: 0, secure }));
    },
    names: () =>
      pairs()
        .map(([n]) => n)
        .filter(Boolean),
    places: (cookieDomain) => placesOf(location.hostname, location.pathname, cookieDomain),
  };
}
