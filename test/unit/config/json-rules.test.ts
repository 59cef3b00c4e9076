import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanJsonConfig } from '../../../src/config/json-config';
import { problemFlag, readShownConfig } from '../../../src/config/json-rules';

/** A value at any place of the config: right, wrong in type, too long, or a prototype trap. */
const text = fc.oneof(fc.string({ maxLength: 8 }), fc.constant('x'.repeat(2001)), fc.jsonValue({ maxDepth: 1 }));
const key = (known: string[]) =>
  fc.oneof(fc.constantFrom(...known, '__proto__', 'constructor', 'prototype', '*'), fc.string({ maxLength: 6 }));
const localized = fc.oneof(text, fc.dictionary(key(['en', 'de-AT', 'PT-br', 'english']), text, { maxKeys: 3 }));
const cookie = fc.oneof(
  fc.constantFrom('_ga', '_ga_*', 'a b', 'x=y', ''),
  fc.dictionary(key(['name', 'provider', 'duration', 'description', 'expires']), text, { maxKeys: 4 }),
  fc.record({ name: fc.constantFrom('_gid', 'a;b'), provider: text }, { requiredKeys: ['name'] }),
);
const purpose = fc.oneof(
  fc.record(
    { label: localized, description: localized, cookies: fc.oneof(fc.array(cookie, { maxLength: 4 }), text), name: text },
    { requiredKeys: [] },
  ),
  fc.jsonValue({ maxDepth: 1 }),
);
const config = fc.oneof(
  fc.record(
    {
      $schema: text,
      purposes: fc.oneof(fc.dictionary(key(['analytics', 'ads', 'video', '9bad']), purpose, { maxKeys: 4 }), text),
      texts: fc.oneof(
        fc.dictionary(
          key(['en', 'de-AT', 'EN', 'english']),
          fc.oneof(fc.dictionary(key(['title', 'acceptAll', 'acceptall']), text), text),
          {
            maxKeys: 3,
          },
        ),
        text,
      ),
      cookies: fc.array(fc.string(), { maxLength: 2 }),
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue({ maxDepth: 5 }),
);
/** As JSON.parse gives it: `__proto__` an own key. */
const parsed = config.map((c) => JSON.parse(JSON.stringify(c) ?? 'null') as unknown);

describe('readShownConfig (the UI file reads the JSON config silently)', () => {
  it('keeps exactly what the full check keeps, whatever the config holds: one rule set, two readers', () => {
    fc.assert(
      fc.property(fc.oneof(config, parsed), fc.constantFrom(undefined, ['analytics']), (value, configured) => {
        const warnings: string[] = [];
        const checked = cleanJsonConfig(value, (m) => void warnings.push(m), configured);
        expect(readShownConfig(value)).toEqual(checked);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('flags a problem exactly when the full check would warn: the check file is fetched only then', () => {
    fc.assert(
      fc.property(fc.oneof(config, parsed), fc.constantFrom(undefined, ['analytics'], ['ads', 'video']), (value, configured) => {
        const warnings: string[] = [];
        cleanJsonConfig(value, (m) => void warnings.push(m), configured);
        const flag = problemFlag(configured);
        readShownConfig(value, flag);
        expect(flag.found).toBe(warnings.length > 0);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('a config without a problem flags nothing; an unknown key, a wrong type or an unlisted purpose does', () => {
    const read = (value: unknown, configured?: string[]) => {
      const flag = problemFlag(configured);
      readShownConfig(value, flag);
      return flag.found;
    };
    const valid = {
      purposes: { analytics: { label: 'Stats', cookies: ['_ga', { name: '_gid', duration: '1 day' }] } },
      texts: { de: { title: 'Cookies' } },
    };
    expect(read(valid, ['analytics'])).toBe(false);
    expect(read(undefined)).toBe(false);
    expect(read({ cookies: { analytics: ['_ga'] } })).toBe(true);
    expect(read({ texts: { de: { title: 3 } } })).toBe(true);
    expect(read(valid, ['ads'])).toBe(true);
  });

  it('reads labels, descriptions, cookies and texts, with `*` for a text given for every language', () => {
    const shown = readShownConfig({
      purposes: {
        analytics: {
          label: 'Stats',
          description: { de: 'Statistik', EN: 'Statistics' },
          cookies: ['_ga', { name: '_gid', provider: 'G' }],
        },
      },
      texts: { 'DE-at': { title: 'Cookies' } },
    });
    expect(JSON.parse(JSON.stringify(shown))).toEqual({
      purposes: {
        analytics: {
          label: { '*': 'Stats' },
          description: { de: 'Statistik', en: 'Statistics' },
          cookies: [{ name: '_ga' }, { name: '_gid', provider: 'G' }],
        },
      },
      texts: { 'de-at': { title: 'Cookies' } },
    });
  });
});
