import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanJsonConfig, parseJsonText, safeEntries } from '../../../src/config/json-config';

const collect = () => {
  const warnings: string[] = [];
  return { warnings, warn: (m: string) => void warnings.push(m) };
};

describe('parseJsonText', () => {
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (text) => {
        const { warnings, warn } = collect();
        parseJsonText(text, warn);
        expect(warnings.length).toBeLessThanOrEqual(1);
      }),
    );
  }, 30_000);
});

describe('cleanJsonConfig', () => {
  it('keeps only strings under known keys, whatever the JSON holds', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        const { warn } = collect();
        const clean = cleanJsonConfig(value, warn);
        for (const info of Object.values(clean.purposes)) {
          for (const v of [...Object.values(info.label), ...Object.values(info.description)]) expect(typeof v).toBe('string');
          for (const c of info.cookies) expect(typeof c.name).toBe('string');
        }
        for (const table of Object.values(clean.texts)) for (const v of Object.values(table)) expect(typeof v).toBe('string');
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('drops __proto__, constructor and prototype keys at every level, so nothing reaches Object.prototype', () => {
    const value = JSON.parse(`{
      "__proto__": { "polluted": "top" },
      "purposes": { "__proto__": { "label": "p" }, "constructor": { "label": "c" }, "prototype": {},
                    "analytics": { "label": { "__proto__": "x", "en": "Stats" }, "cookies": ["_a", { "name": "_b", "__proto__": { "polluted": 1 } }] } },
      "texts": { "__proto__": { "title": "p" }, "en": { "constructor": "c", "title": "T" } } }`);
    const clean = cleanJsonConfig(value, collect().warn);
    expect(Object.keys(clean.purposes)).toEqual(['analytics']);
    expect({ ...clean.purposes.analytics!.label }).toEqual({ en: 'Stats' });
    expect(clean.purposes.analytics!.cookies).toEqual([{ name: '_a' }, { name: '_b' }]);
    expect(Object.keys(clean.texts)).toEqual(['en']);
    expect({ ...clean.texts.en }).toEqual({ title: 'T' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(clean.texts.en)).toBeNull();
  });

  it('drops texts over 2000 characters and keeps at most 200 cookie declarations per purpose', () => {
    const clean = cleanJsonConfig(
      { texts: { en: { title: 'x'.repeat(2001), body: 'ok' } }, purposes: { ads: { cookies: Array.from({ length: 500 }, (_, i) => `c${i}`) } } },
      collect().warn,
    );
    expect({ ...clean.texts.en }).toEqual({ body: 'ok' });
    expect(clean.purposes.ads!.cookies).toHaveLength(200);
  });

  it('warns once and ignores a config that is not an object', () => {
    for (const value of [[], 'x', 1, null, true]) {
      const { warnings, warn } = collect();
      const clean = cleanJsonConfig(value, warn);
      expect(Object.keys(clean.purposes)).toEqual([]);
      expect(warnings).toHaveLength(1);
    }
  });

  it('safeEntries reads own keys only', () => {
    const proto = { inherited: 1 };
    const value = Object.create(proto);
    value.own = 2;
    expect(safeEntries(value)).toEqual([['own', 2]]);
  });
});
