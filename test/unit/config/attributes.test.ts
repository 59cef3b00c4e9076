import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readScriptOptions } from '../../../src/config/attributes';
import { cleanJsonConfig } from '../../../src/config/json-config';
import { createSettings } from '../../../src/config/settings';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

function script(attrs: Record<string, string>) {
  const el = document.createElement('script');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  document.head.append(el);
  return el;
}

function jsonBlock(text: string, id = 'consent-gate-config') {
  const el = document.createElement('script');
  el.type = 'application/json';
  el.id = id;
  el.textContent = text;
  document.head.append(el);
}

function read(el: Element | null) {
  const warnings: string[] = [];
  const options = readScriptOptions(el, document, (m) => void warnings.push(m));
  return { options, warnings };
}

describe('readScriptOptions', () => {
  it('reads each data attribute of docs/attributes.md as a string and nothing else', () => {
    const el = script({
      'data-mode': 'opt-out',
      'data-policy-url': '/p',
      'data-cookie-name': 'c',
      'data-google-consent-mode': 'on',
      'data-other': 'x',
      src: 'a.js',
    });
    expect(read(el).options).toEqual({ mode: 'opt-out', policyUrl: '/p', cookieName: 'c', googleConsentMode: 'on' });
  });

  it('works without a script element (document.currentScript missing)', () => {
    expect(read(null)).toEqual({ options: {}, warnings: [] });
  });

  it('says nothing when the default JSON config is absent, and warns once when data-config names no element', () => {
    expect(read(script({})).warnings).toEqual([]);
    const { options, warnings } = read(script({ 'data-config': 'nope' }));
    expect(options.config).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('data-config');
  });

  it('warns once about malformed JSON and uses no config', () => {
    jsonBlock('{ "purposes": { "analytics": ');
    const { options, warnings } = read(script({}));
    expect(options.config).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/JSON config is not valid JSON/);
  });

  it('refuses a huge JSON config without parsing it', () => {
    jsonBlock(JSON.stringify({ texts: { en: { title: 'x'.repeat(300_000) } } }));
    const { options, warnings } = read(script({}));
    expect(options.config).toBeUndefined();
    expect(warnings).toHaveLength(1);
  });

  it('treats an empty or blank JSON block as no config', () => {
    jsonBlock('   \n ');
    expect(read(script({}))).toEqual({ options: { config: undefined }, warnings: [] });
  });

  it('takes an id with CSS-special characters literally', () => {
    jsonBlock('{"texts":{"en":{"title":"T"}}}', 'a"]b[c');
    const { options, warnings } = read(script({ 'data-config': 'a"]b[c' }));
    expect(warnings).toEqual([]);
    expect(options.config).toEqual({ texts: { en: { title: 'T' } } });
  });

  it('never throws and never pollutes a prototype, whatever the attributes and the JSON text hold', () => {
    const protoJson = fc.constantFrom(
      '{"__proto__":{"polluted":1}}',
      '{"purposes":{"__proto__":{"polluted":1,"label":"x"},"constructor":{"prototype":{"polluted":1}}}}',
      '{"texts":{"__proto__":{"polluted":"1"},"en":{"__proto__":{"polluted":"1"},"title":"<img src=x onerror=alert(1)>"}}}',
      '{"purposes":{"analytics":{"cookies":[{"name":"__proto__"},{"__proto__":{"polluted":1}}],"label":{"__proto__":{"polluted":"1"}}}}}',
      '[1,2,3]',
      'null',
      '"string"',
      '1e999',
      '{"purposes":[]}',
      '{"texts":"x"}',
    );
    const text = fc.oneof(protoJson, fc.json({ maxDepth: 4 }), fc.string(), fc.string({ unit: 'binary' }));
    const attrs = fc.dictionary(
      fc.constantFrom(
        'data-mode',
        'data-purposes',
        'data-expires',
        'data-config',
        'data-cookie-name',
        'data-lang',
        'data-policy-url',
        'data-revision',
        'data-cookie-domain',
      ),
      fc.oneof(
        fc.string(),
        fc.string({ unit: 'binary', maxLength: 50 }),
        fc.constantFrom('__proto__', 'constructor', 'consent-gate-config'),
      ),
    );
    fc.assert(
      fc.property(attrs, text, (a, t) => {
        document.head.innerHTML = '';
        jsonBlock(t);
        const { options } = read(script(a));
        const settings = createSettings(options, { host: 'example.com', warn: () => {} });
        expect(Object.isFrozen(settings)).toBe(true);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        // The core's reading: null-prototype tables, names and languages as strings, never a prototype key.
        expect(Object.getPrototypeOf(settings.json.cookies)).toBeNull();
        expect(Object.keys(settings.json.cookies)).not.toContain('__proto__');
        for (const names of Object.values(settings.json.cookies)) for (const n of names) expect(typeof n).toBe('string');
        expect(settings.json.langs).not.toContain('__proto__');
        // The UI's validation of the same config.
        const clean = cleanJsonConfig(settings.json.raw, () => {});
        expect(Object.getPrototypeOf(clean.purposes)).toBeNull();
        expect(Object.keys(clean.purposes)).not.toContain('__proto__');
        expect(Object.keys(clean.texts)).not.toContain('__proto__');
        for (const table of Object.values(clean.texts)) for (const v of Object.values(table)) expect(typeof v).toBe('string');
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});

describe('which element may configure us', () => {
  const element = (html: string) => document.body.insertAdjacentHTML('beforeend', html);

  it('ignores a non-script element with the config id, and says which', () => {
    element(`<div id="consent-gate-config" hidden>{"texts":{"en":{"acceptAll":"Reject all"}}}</div>`);
    const { options, warnings } = read(script({}));
    expect(options.config).toBeUndefined();
    expect(warnings).toEqual([expect.stringContaining('ignoring <div id="consent-gate-config">')]);
  });

  it('ignores a JSON script placed after our tag unless data-config names it', () => {
    const tag = script({});
    element(`<script type="application/json" id="consent-gate-config">{"texts":{}}</script>`);
    const late = read(tag);
    expect(late.options.config).toBeUndefined();
    expect(late.warnings).toEqual([expect.stringContaining('comes after the consent-gate tag')]);
    tag.setAttribute('data-config', 'consent-gate-config');
    expect(read(tag)).toEqual({ options: { config: { texts: {} } }, warnings: [] });
  });

  it('uses the first JSON script before our tag and warns about a second, never using it', () => {
    jsonBlock('{"texts":{"en":{"title":"first"}}}');
    jsonBlock('{"texts":{"en":{"title":"second"}}}');
    const { options, warnings } = read(script({}));
    expect(options.config).toEqual({ texts: { en: { title: 'first' } } });
    expect(warnings).toEqual([expect.stringContaining('ignoring <script type="application/json" id="consent-gate-config">')]);
  });

  it('reads only attributes written on the tag: a polluted Object.prototype adds none', () => {
    const proto = Object.prototype as Record<string, unknown>;
    const tag = script({ 'data-purposes': 'analytics' });
    try {
      Object.assign(proto, { mode: 'opt-out', config: 'evil', gpc: 'ignore' });
      const { options } = read(tag);
      expect(Object.getPrototypeOf(options)).toBeNull();
      expect(Object.keys(options)).toEqual(['purposes']);
      expect(createSettings(options, { host: 'x.com', warn: () => {} }).mode).toBe('opt-in');
    } finally {
      for (const key of ['mode', 'config', 'gpc']) delete proto[key];
    }
  });
});
