import type { CookieJar } from '../../../src/consent/cookie-jar';

/** An in-memory cookie jar; `refuse` simulates a browser that stores nothing. */
export function fakeJar(initial: Record<string, string[]> = {}, refuse = false): CookieJar & { values: Map<string, string[]> } {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getAll: (name) => values.get(name) ?? [],
    set(name, value) {
      if (refuse) return false;
      values.set(name, [value]);
      return true;
    },
    remove: (name) => void values.delete(name),
    names: () => [...values.keys()],
    places: (domain) => [{ domain, path: '/' }],
  };
}
