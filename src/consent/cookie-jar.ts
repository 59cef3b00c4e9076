import Cookies from 'js-cookie';

/** Where the decision and declared tracker cookies are read and written. */
export interface CookieJar {
  /** Every value stored under `name` (several when paths or domains differ). */
  getAll(name: string): string[];
  /** Writes the value; `false` when the browser refused (cookies disabled, or a throwing `document.cookie`). */
  set(name: string, value: string, options: { days: number; domain: string | null }): boolean;
  remove(name: string, domain: string | null): void;
  /** Names of all cookies visible to the page. */
  names(): string[];
}

function readPairs(doc: Document): Array<[string, string]> {
  let raw = '';
  try {
    raw = doc.cookie;
  } catch {
    return [];
  }
  return raw.split(/;\s*/).map((pair) => {
    const at = pair.indexOf('=');
    return at < 0 ? [pair, ''] : [pair.slice(0, at).trim(), pair.slice(at + 1)];
  });
}

/**
 * The browser's cookie jar through js-cookie, with the attributes docs/cookie.md#the-cookie
 * requires: `Path=/`, `SameSite=Lax`, `Secure` on https, the configured
 * domain. Every call is guarded: a page where cookies throw still works.
 */
export function createCookieJar(doc: Document): CookieJar {
  const secure = doc.location?.protocol === 'https:';
  const base = (domain: string | null) =>
    ({ path: '/', sameSite: 'Lax', secure, ...(domain ? { domain } : {}) }) as Cookies.CookieAttributes;
  return {
    getAll: (name) => readPairs(doc).filter(([n]) => n === name).map(([, v]) => v),
    set(name, value, { days, domain }) {
      try {
        Cookies.set(name, value, { ...base(domain), expires: days });
        return readPairs(doc).some(([n, v]) => n === name && v === value);
      } catch {
        return false;
      }
    },
    remove(name, domain) {
      try {
        Cookies.remove(name, base(domain));
      } catch {
        // Nothing to remove on a page without working cookies.
      }
    },
    names: () => readPairs(doc).map(([n]) => n).filter(Boolean),
  };
}
