import { domOf } from '../util/dom';
import { cookiePairs, valuesOf } from './cookie-pairs';
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
  remove(name: string, place: CookiePlace): void;
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
 * `document.cookie`). `maxAge` in whole seconds (the jar's days are whole:
 * `data-expires` is validated as a whole number); 0 or less deletes.
 *
 * @example
 * cookieString('n', '', '/a', null, 0, false) // 'n=; Path=/a; SameSite=Lax; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT'
 */
export function cookieString(name: string, value: string, path: string, domain: string | null, maxAge: number, secure: boolean): string {
  return (
    `${name}=${value}; Path=${path}; SameSite=Lax; Max-Age=${maxAge}` +
    // Max-Age 0 and a past Expires: browsers that ignore Max-Age still delete.
    (maxAge <= 0 ? '; Expires=Thu, 01 Jan 1970 00:00:00 GMT' : '') +
    (domain ? '; Domain=' + domain : '') +
    (secure ? '; Secure' : '')
  );
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
  // Where this page is, read once (a page without a readable location: host-only cookies on `/`).
  let host = '';
  let path = '/';
  let secure = false;
  try {
    const location = dom.defaultView()!.location;
    ({ hostname: host, pathname: path } = location);
    secure = location.protocol === 'https:';
  } catch {
    // Keeps the defaults above.
  }
  const write = (name: string, value: string, maxAge: number, { domain, path: at = '/' }: CookiePlace) =>
    dom.setCookie(cookieString(name, value, at, domain, maxAge, secure));
  return {
    getAll: (name) => valuesOf(dom.cookie(), name),
    set: (name, value, { days, domain }) =>
      write(name, value, Math.min(days, MAX_COOKIE_DAYS) * 86_400, { domain }) && valuesOf(dom.cookie(), name).includes(value),
    remove: (name, place) => void write(name, '', 0, place),
    names: () => cookiePairs(dom.cookie()).flatMap(([n]) => (n ? [n] : [])),
    places: (cookieDomain) => placesOf(host, path, cookieDomain),
  };
}
