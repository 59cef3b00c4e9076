import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readJsonConfig } from '../../../src/config/json-core';
import { readShownConfig } from '../../../src/config/json-rules';
import { createSettings } from '../../../src/config/settings';
import { createConsentGate } from '../../../src/index';

/** Configs as JSON gives them, with the shapes a careless or hostile one has: prototype keys, wrong types, huge lists. */
const declaration = fc.oneof(
  fc.constantFrom('_ga', '_ga_*', 'a b', 'x=y', '', 'toString', '__proto__', 'x'.repeat(257)),
  fc.record({ name: fc.oneof(fc.constantFrom('_gid', '', 'a;b'), fc.integer()), provider: fc.string() }, { requiredKeys: [] }),
  fc.jsonValue({ maxDepth: 1 }),
);
const purposeId = fc.constantFrom(
  'analytics',
  'ads',
  'video',
  '9bad',
  'constructor',
  'prototype',
  '__proto__',
  'toString',
  'hasOwnProperty',
);
const config = fc.oneof(
  fc.record(
    {
      purposes: fc.oneof(
        fc.dictionary(
          purposeId,
          fc.oneof(fc.record({ cookies: fc.oneof(fc.array(declaration, { maxLength: 4 }), fc.jsonValue()) }), fc.jsonValue()),
        ),
        fc.jsonValue({ maxDepth: 2 }),
      ),
      texts: fc.oneof(
        fc.dictionary(fc.constantFrom('en', 'de-AT', 'EN', 'english', '__proto__', 'constructor'), fc.jsonValue({ maxDepth: 1 })),
        fc.jsonValue(),
      ),
      cookies: fc.array(fc.string(), { maxLength: 2 }),
    },
    { requiredKeys: [] },
  ),
  fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true, withMap: true, withSet: true }),
);
/** The same config after a JSON round trip, with `__proto__` as an own key (as JSON.parse makes it). */
const parsed = config.map((c) => {
  try {
    return JSON.parse(JSON.stringify(c).replace(/"purposes":\{/, '"purposes":{"__proto__":{"cookies":["from-proto-key"]},'));
  } catch {
    return c;
  }
});

/** Runs `read` with Object.prototype carrying config-like keys, and removes them again. */
function polluted<T>(read: () => T): T {
  const proto = Object.prototype as Record<string, unknown>;
  const keys = { purposes: { analytics: { cookies: ['from-proto'] } }, texts: { fr: {} }, cookies: ['from-proto'], name: 'from-proto' };
  Object.assign(proto, keys);
  try {
    return read();
  } finally {
    for (const key of Object.keys(keys)) delete proto[key];
  }
}

const names = (cookies: Readonly<Record<string, readonly string[]>>) => Object.values(cookies).flat();

describe('readJsonConfig: what the core takes from the JSON config', () => {
  it('takes the declared cookie names per purpose, as a name or { name }, and the languages of the texts', () => {
    const core = readJsonConfig({
      purposes: { analytics: { label: 'Stats', cookies: ['_ga', { name: '_ga_*', provider: 'G' }] }, ads: {} },
      texts: { 'de-AT': { title: 'T' }, EN: {}, bad: 'x' },
    });
    expect({ ...core.cookies }).toEqual({ analytics: ['_ga', '_ga_*'] });
    expect(core.langs).toEqual(['de-at', 'en']);
  });

  it('skips what the UI would warn about, silently: bad names, bad ids, prototype keys, lists over 200', () => {
    const raw = JSON.parse(`{
      "purposes": { "__proto__": { "cookies": ["p"] }, "constructor": { "cookies": ["c"] }, "9bad": { "cookies": ["b"] },
                    "ads": { "cookies": ["a b", "x=y", "", 5, { "name": "ok" }, { "nom": "n" }] },
                    "login": { "cookies": ${JSON.stringify(Array.from({ length: 250 }, (_, i) => `c${i}`))} } },
      "texts": { "__proto__": {}, "english": {}, "fr": "x" },
      "cookies": { "analytics": ["_ga"] } }`);
    const core = readJsonConfig(raw);
    expect(Object.keys(core.cookies)).toEqual(['ads', 'login']);
    expect(core.cookies.ads).toEqual(['ok']);
    expect(core.cookies.login).toHaveLength(200);
    expect(core.langs).toEqual([]);
    expect(Object.getPrototypeOf(core.cookies)).toBeNull();
    expect(core.raw).toBe(raw);
  });

  it('never throws, and never yields a name or a language from a prototype key or an inherited property, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(config, parsed), (value) => {
        const clean = readJsonConfig(value);
        const dirty = polluted(() => readJsonConfig(value));
        expect({ cookies: { ...dirty.cookies }, langs: dirty.langs }).toEqual({ cookies: { ...clean.cookies }, langs: clean.langs });
        expect(names(clean.cookies)).not.toContain('from-proto-key');
        expect(names(clean.cookies)).not.toContain('from-proto');
        expect(Object.getPrototypeOf(clean.cookies)).toBeNull();
        for (const id of Object.keys(clean.cookies)) expect(['__proto__', 'constructor', 'prototype']).not.toContain(id);
        expect(({} as Record<string, unknown>).cookies).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it("agrees with the UI file's reader on every declared cookie name, so what the dialog lists is what is cleared", () => {
    fc.assert(
      fc.property(parsed, (value) => {
        const core = readJsonConfig(value);
        const clean = readShownConfig(value);
        const shown = Object.fromEntries(Object.entries(clean.purposes).map(([id, p]) => [id, p.cookies.map((c) => c.name)]));
        for (const [id, list] of Object.entries(core.cookies)) expect(list, id).toEqual(shown[id] ?? []);
        for (const [id, list] of Object.entries(shown)) expect(core.cookies[id] ?? [], id).toEqual(list);
        expect(core.langs).toEqual(Object.keys(clean.texts));
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});

describe('where the JSON config is checked', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.querySelectorAll('consent-gate').forEach((el) => el.remove());
  });

  it('the core says nothing about unknown or misplaced keys: createSettings is silent', () => {
    const warnings: string[] = [];
    const settings = createSettings({ config: { cookies: { analytics: ['_ga'] }, purposes: { analytics: { name: 'x' } } } } as never, {
      host: 'example.com',
      warn: (m) => void warnings.push(m),
    });
    expect(warnings).toEqual([]);
    expect({ ...settings.json.cookies }).toEqual({});
  });

  it('the check chunk, loaded with the UI, tells each problem once, naming the path and where it belongs', async () => {
    const warnings: string[] = [];
    vi.spyOn(console, 'warn').mockImplementation((m: string) => void warnings.push(m));
    const config = { cookies: { analytics: ['_ga'] }, purposes: { analytics: { cookies: [{ name: '_ga', expires: '2y' }] } } };
    const gate = createConsentGate({ config } as never);
    try {
      await vi.waitFor(() => expect(document.querySelector('consent-gate')?.shadowRoot?.querySelector('button')).toBeTruthy(), {
        timeout: 10_000,
      });
      await vi.waitFor(() =>
        expect(warnings).toEqual([
          'consent-gate: the JSON config key "cookies" is not known and is ignored; did you mean purposes.<id>.cookies?',
          'consent-gate: the JSON config key "purposes.analytics.cookies[0].expires" is not known and is ignored; did you mean purposes.analytics.cookies[0].duration?',
        ]),
      );
      gate.show();
      gate.show();
      expect(warnings).toHaveLength(2);
    } finally {
      gate.destroy();
    }
  });
});
