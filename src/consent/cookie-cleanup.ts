import type { Settings } from '../config/settings';
import type { CookieJar } from './cookie-jar';
import type { Choices } from './purposes';

/** Turns a declaration like `_ga_*` into a test; only `*` is special. */
export function matcher(pattern: string): (name: string) => boolean {
  if (!pattern.includes('*')) return (name) => name === pattern;
  const parts = pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp('^' + parts.join('.*') + '$');
  return (name) => re.test(name);
}

export { domainsOf } from './cookie-places';

/**
 * Deletes what the JSON config declares for every refused purpose (docs/gate.md#withdrawal):
 * matching cookies, by the exact name the browser shows, on the host, the
 * cookie domain and its parents and every path this page sees, and
 * matching localStorage and sessionStorage keys. Never touches the consent
 * cookie itself. Run on every page load and after each change.
 *
 * @example
 * clearRefused(settings, store.choices(), jar, window);
 */
export function clearRefused(settings: Settings, choices: Choices, jar: CookieJar, win: Window): void {
  const tests: Array<(n: string) => boolean> = [];
  for (const purpose of settings.purposes) {
    if (choices[purpose] !== false) continue;
    for (const name of settings.json.cookies[purpose] ?? []) tests.push(matcher(name));
  }
  if (!tests.length) return;
  const doomed = jar.names().filter((n) => n !== settings.cookieName && tests.some((t) => t(n)));
  const places = jar.places(settings.cookieDomain);
  for (const name of doomed) for (const place of places) jar.remove(name, place);
  for (const area of ['localStorage', 'sessionStorage'] as const) {
    try {
      const storage = win[area];
      // From the end: removing a key moves the ones after it.
      for (let i = storage.length - 1; i >= 0; i--) {
        const key = storage.key(i);
        if (key !== null && tests.some((t) => t(key))) storage.removeItem(key);
      }
    } catch {
      // Storage missing or blocked (sandboxed frame, privacy mode): nothing of ours to clear.
    }
  }
}
