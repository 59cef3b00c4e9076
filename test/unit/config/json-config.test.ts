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
      {
        texts: { en: { title: 'x'.repeat(2001), body: 'ok' } },
        purposes: { ads: { cookies: Array.from({ length: 500 }, (_, i) => `c${i}`) } },
      },
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

describe('cleanJsonConfig tells every unknown or misplaced key, with its path and where it belongs', () => {
  const told = (config: unknown, configured?: string[]) => {
    const { warnings, warn } = collect();
    cleanJsonConfig(config, warn, configured);
    return warnings;
  };

  it.each([
    [{ cookies: { analytics: ['_ga'] } }, '"cookies"', 'purposes.<id>.cookies'],
    [{ analytics: {} }, '"analytics"', 'purposes.analytics'],
    [{ acceptAll: 'OK' }, '"acceptAll"', 'texts.<lang>.acceptAll'],
    [{ mode: 'opt-out' }, '"mode"', 'data-mode'],
    [{ cookieDomain: 'x.com' }, '"cookieDomain"', 'data-cookie-domain'],
    [{ de: { title: 'T' } }, '"de"', 'texts.de'],
    [{ purpose: {} }, '"purpose"', 'did you mean purposes?'],
    [{ text: {} }, '"text"', 'did you mean texts?'],
    [{ texts: { acceptAll: 'OK' } }, '"texts.acceptAll"', 'texts.<lang>.acceptAll'],
    [{ texts: { en: { acceptall: 'OK' } } }, '"texts.en.acceptall"', 'did you mean texts.en.acceptAll?'],
    [{ texts: { en: { acceptAl: 'OK' } } }, '"texts.en.acceptAl"', 'did you mean texts.en.acceptAll?'],
    [{ purposes: { analytics: { name: 'Stats' } } }, '"purposes.analytics.name"', 'purposes.analytics.label'],
    [{ purposes: { analytics: { cookie: ['_ga'] } } }, '"purposes.analytics.cookie"', 'did you mean purposes.analytics.cookies?'],
    [{ purposes: { analytics: { cookies: [{ name: '_ga', expires: '2y' }] } } }, '"purposes.analytics.cookies[0].expires"', 'duration'],
    [{ purposes: { analytics: { cookies: [{ name: '_ga', vendor: 'G' }] } } }, '"purposes.analytics.cookies[0].vendor"', 'provider'],
  ])('%j: names %s and suggests %s', (config, path, hint) => {
    const warnings = told(config);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(path);
    expect(warnings[0]).toContain(hint);
  });

  it('tells wrong types with their path, and a purpose data-purposes does not list', () => {
    expect(told({ purposes: { analytics: { cookies: '_ga' } } })[0]).toContain('"purposes.analytics.cookies" must be a list');
    expect(told({ purposes: { analytics: { label: 5 } } })[0]).toContain('"purposes.analytics.label" must be a text');
    expect(told({ purposes: { video: {} } }, ['analytics'])[0]).toContain('"purposes.video" is not in data-purposes');
  });

  it('says nothing about a config that follows the schema, $schema included', () => {
    expect(
      told(
        {
          $schema: './config.schema.json',
          purposes: { analytics: { label: { en: 'S', '*': 'S' }, cookies: ['_ga', { name: '_ga_*', provider: 'G' }] } },
          texts: { 'pt-BR': { title: 'T' } },
        },
        ['analytics'],
      ),
    ).toEqual([]);
  });

  it('stops after 20 warnings with one that points to the docs', () => {
    const config = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`junk${i}`, 1]));
    const warnings = told(config);
    expect(warnings).toHaveLength(21);
    expect(warnings[20]).toContain('docs/configuration.md');
  });
});
