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

/** The host and each parent domain, e.g. `a.b.example.com` -> `a.b.example.com`, `.b.example.com`, `.example.com`. */
export function domainsOf(host: string, cookieDomain: string | null): Array<string | null> {
  const domains: Array<string | null> = [null];
  // An IP address or a bare host name has no parent domain to clear.
  const labels = /^[\d.]+$|:/.test(host) ? [] : host.split('.');
  for (let i = 0; i < labels.length - 1; i++) domains.push('.' + labels.slice(i).join('.'));
  if (cookieDomain && !domains.includes(cookieDomain)) domains.push(cookieDomain);
  return domains;
}

function clearStorage(storage: Storage | undefined, tests: Array<(n: string) => boolean>) {
  if (!storage) return;
  for (let i = storage.length - 1; i >= 0; i--) {
    const key = storage.key(i);
    if (key !== null && tests.some((t) => t(key))) storage.removeItem(key);
  }
}

/**
 * Deletes what the JSON config declares for every refused purpose (docs/gate.md#withdrawal):
 * matching cookies on the host, the cookie domain and its parents, and
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
    for (const cookie of settings.json.purposes[purpose]?.cookies ?? []) tests.push(matcher(cookie.name));
  }
  if (!tests.length) return;
  const doomed = jar.names().filter((n) => n !== settings.cookieName && tests.some((t) => t(n)));
  for (const name of doomed)
    for (const domain of domainsOf(win.location.hostname, settings.cookieDomain)) jar.remove(name, domain);
  for (const area of ['localStorage', 'sessionStorage'] as const) {
    try {
      clearStorage(win[area], tests);
    } catch {
      // Storage blocked (sandboxed frame, privacy mode): nothing of ours to clear.
    }
  }
}
