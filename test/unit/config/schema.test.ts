import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanJsonConfig } from '../../../src/config/json-config';
import { en } from '../../../src/i18n/en';

/**
 * docs/config.schema.json is the JSON config's contract for editors; the
 * run-time cleaner (`cleanJsonConfig`) must agree with it: every example we
 * publish validates, and a config is schema-valid exactly when the cleaner
 * has nothing to warn about.
 */
const root = join(import.meta.dirname, '../../..');
const schema = JSON.parse(readFileSync(join(root, 'docs/config.schema.json'), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

/** JSON configs published in a page or a Markdown file: inline config scripts, and the ```json blocks of docs/configuration.md. */
function examples(path: string): Array<[string, unknown]> {
  const text = readFileSync(join(root, path), 'utf8');
  const found: Array<[string, unknown]> = [];
  for (const m of text.matchAll(/<script type="application\/json" id="[^"]+">([\s\S]*?)<\/script>/g)) found.push([path, JSON.parse(m[1]!)]);
  if (path === 'docs/configuration.md') for (const m of text.matchAll(/```json\n([\s\S]*?)```/g)) found.push([path, JSON.parse(m[1]!)]);
  return found;
}
const published = [
  ...examples('demo/page.html'),
  ...examples('README.md'),
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .flatMap((f) => examples('docs/' + f)),
];

describe('docs/config.schema.json', () => {
  it('lists exactly the built-in text keys', () => {
    const texts = (schema.properties as Record<string, { additionalProperties: { properties: object } }>).texts!;
    expect(Object.keys(texts.additionalProperties.properties).sort()).toEqual(Object.keys(en).sort());
  });

  it('validates every JSON config the demo, README and docs publish', () => {
    expect(published.length).toBeGreaterThanOrEqual(3);
    for (const [path, config] of published) {
      expect(validate(config) ? [] : validate.errors, path).toEqual([]);
      const warnings: string[] = [];
      cleanJsonConfig(config, (m) => void warnings.push(m));
      expect(warnings, path).toEqual([]);
    }
  });

  it('rejects the misplaced keys a site owner would guess, as the run-time warns about them', () => {
    for (const config of [
      { cookies: { analytics: ['_ga'] } },
      { analytics: { cookies: ['_ga'] } },
      { texts: { acceptAll: 'OK' } },
      { texts: { en: { acceptall: 'OK' } } },
      { mode: 'opt-out' },
      { purposes: { analytics: { name: 'Stats' } } },
      { purposes: { analytics: { cookies: [{ name: '_ga', expires: '2y' }] } } },
      { purposes: { analytics: { cookies: '_ga' } } },
    ]) {
      expect(validate(config), JSON.stringify(config)).toBe(false);
      const warnings: string[] = [];
      cleanJsonConfig(config, (m) => void warnings.push(m));
      expect(warnings.length, JSON.stringify(config)).toBeGreaterThan(0);
    }
  });

  it('agrees with the run-time cleaner on any config: valid exactly when nothing is warned about', () => {
    const text = fc.oneof(fc.string({ maxLength: 8 }), fc.constant('x'.repeat(2001)), fc.integer(), fc.constant(null));
    const lang = fc.constantFrom('en', 'de-AT', '*', 'EN', 'english', '1x');
    const localized = fc.oneof(text, fc.dictionary(lang, text, { maxKeys: 2 }));
    const cookie = fc.oneof(
      fc.constantFrom('_ga', '_ga_*', 'a b', 'x=y', '', 'AMCV_%40'),
      fc.record({ name: fc.constantFrom('_ga', '', 'a;b'), provider: text, duration: text, expires: text }, { requiredKeys: ['name'] }),
    );
    const purpose = fc.record(
      { label: localized, description: localized, cookies: fc.oneof(fc.array(cookie, { maxLength: 3 }), text), name: text },
      { requiredKeys: [] },
    );
    const config = fc.record(
      {
        $schema: fc.oneof(fc.constant('./config.schema.json'), fc.integer()),
        purposes: fc.oneof(fc.dictionary(fc.constantFrom('analytics', 'video', '9bad', 'a-b'), purpose, { maxKeys: 3 }), text),
        texts: fc.oneof(
          fc.dictionary(lang, fc.dictionary(fc.constantFrom('acceptAll', 'title', 'acceptall', 'nope'), text, { maxKeys: 2 }), {
            maxKeys: 2,
          }),
          text,
        ),
        cookies: fc.array(fc.string(), { maxLength: 1 }),
        mode: fc.constant('opt-out'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(config, (c) => {
        const warnings: string[] = [];
        cleanJsonConfig(c, (m) => void warnings.push(m));
        expect(validate(c), `${JSON.stringify(c)}\n${warnings.join('\n')}\n${JSON.stringify(validate.errors)}`).toBe(warnings.length === 0);
      }),
      { numRuns: 1000 },
    );
  });
});
