import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPTION_KEYS } from '../../../src/config/keys';
import { createSettings, PURPOSE_ID, SETTING_KEYS, type Settings } from '../../../src/config/settings';
import { safeUrl } from '../../../src/util/safe-url';
import type { ConsentGateOptions } from '../../../src/types';

/** What a hostile or careless page can put in an attribute, or pass to the ESM factory. */
const INJECTIONS = [
  '',
  ' ',
  '\u0000',
  '"><img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  'java\tscript:alert(1)',
  ' JAVASCRIPT:alert(1)',
  'data:text/html,<b>x</b>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  'consent_gate=1; Domain=evil.example',
  'opt-in\u200b',
  'ｏｐｔ-ｉｎ',
  'bottom\n',
  '__proto__',
  'constructor',
  'toString',
  '1e3',
  '0x10',
  '-1',
  '99999999999',
  'NaN',
  'Infinity',
  '١٢',
  '\ud800',
  'a'.repeat(100_000),
];

const hostile = fc.oneof(
  fc.constantFrom(...INJECTIONS),
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 5 }),
  fc.object({ maxDepth: 1 }),
  fc.constant(Object.create(null)),
  fc.constant({
    toString: () => {
      throw new Error('hostile toString');
    },
  }),
);

const KEYS = [
  'purposes',
  'mode',
  'policyUrl',
  'revision',
  'expires',
  'cookieName',
  'cookieDomain',
  'lang',
  'position',
  'theme',
  'gpc',
  'googleConsentMode',
  'googleConsentWait',
  'logUrl',
  'reloadOnWithdraw',
] as const;
type Key = (typeof KEYS)[number];

const attribute = (key: string) => 'data-' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

function build(options: unknown, host = 'www.example.com') {
  const warnings: string[] = [];
  const settings = createSettings(options as ConsentGateOptions, { host, warn: (m) => void warnings.push(m) });
  return { settings, warnings };
}

/** Every invariant a valid settings object keeps, whatever it was made from (docs/attributes.md#attributes). */
function expectValid(s: Settings, host = 'www.example.com') {
  expect(Object.isFrozen(s)).toBe(true);
  expect(Object.isFrozen(s.purposes)).toBe(true);
  expect(s.purposes.length).toBeGreaterThan(0);
  expect(s.purposes.length).toBeLessThanOrEqual(20);
  expect(new Set(s.purposes).size).toBe(s.purposes.length);
  for (const p of s.purposes) {
    expect(p).toMatch(PURPOSE_ID);
    expect(p).not.toBe('necessary');
  }
  expect(['opt-in', 'opt-out']).toContain(s.mode);
  expect(['bottom', 'top', 'center']).toContain(s.position);
  expect(['light', 'dark', 'auto']).toContain(s.theme);
  expect(['respect', 'ignore']).toContain(s.gpc);
  expect(['on', 'off']).toContain(s.googleConsentMode);
  expect(['true', 'false']).toContain(s.reloadOnWithdraw);
  for (const url of [s.policyUrl, s.logUrl]) if (url !== null) expect(safeUrl(url)).toBe(url);
  expect(s.revision).toMatch(/^[A-Za-z0-9_.-]{1,32}$/);
  expect(Number.isInteger(s.expires) && s.expires >= 1 && s.expires <= 3650).toBe(true);
  expect(Number.isInteger(s.googleConsentWait) && s.googleConsentWait >= 0 && s.googleConsentWait <= 10_000).toBe(true);
  expect(s.cookieName).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  if (s.cookieDomain !== null) {
    const bare = s.cookieDomain.replace(/^\./, '').toLowerCase();
    expect(host === bare || host.endsWith('.' + bare)).toBe(true);
  }
  expect(s.lang).toMatch(/^(auto|[a-z]{2,3}(-[a-z0-9]{2,8})*)$/);
}

describe('createSettings with no options', () => {
  it('uses every default of docs/attributes.md and warns about nothing', () => {
    const { settings, warnings } = build({});
    expect(warnings).toEqual([]);
    expect({ ...settings, json: undefined }).toEqual({
      purposes: ['analytics', 'ads', 'customization', 'login'],
      mode: 'opt-in',
      policyUrl: null,
      revision: '1',
      expires: 182,
      cookieName: 'consent_gate',
      cookieDomain: null,
      lang: 'auto',
      position: 'bottom',
      theme: 'auto',
      gpc: 'respect',
      googleConsentMode: 'off',
      googleConsentWait: 500,
      logUrl: null,
      reloadOnWithdraw: 'true',
      json: undefined,
    });
  });

  it('reads the options the attributes list names, in their order (the tag reader takes its keys from the rules)', () => {
    expect(SETTING_KEYS).toEqual([...OPTION_KEYS]);
  });

  it('accepts undefined and null in place of the options object', () => {
    expect(build(undefined).settings.mode).toBe('opt-in');
    expect(build(null).settings.mode).toBe('opt-in');
  });
});

describe('createSettings with hostile input', () => {
  it('always yields valid frozen settings, whatever every attribute holds', () => {
    const options = fc.record(Object.fromEntries(KEYS.map((k) => [k, hostile])) as Record<Key, typeof hostile>, { requiredKeys: [] });
    fc.assert(
      fc.property(options, (opts) => {
        const { settings, warnings } = build(opts);
        expectValid(settings);
        // Every warning names the attribute at fault, and none carries a huge value into the console.
        for (const w of warnings) {
          expect(w).toMatch(/^data-[a-z-]+[=:]/);
          expect(w.length).toBeLessThan(300);
        }
      }),
      { numRuns: 400 },
    );
  }, 30_000);

  it('never lets a bad value pass silently: it is either used as given or warned about once and defaulted', () => {
    const DEFAULTS = build({}).settings as unknown as Record<string, unknown>;
    const single = KEYS.filter((k) => k !== 'purposes');
    fc.assert(
      fc.property(fc.constantFrom(...single), hostile, (key, value) => {
        const { settings, warnings } = build({ [key]: value });
        expectValid(settings);
        const result = (settings as unknown as Record<string, unknown>)[key];
        const named = warnings.filter((w) => w.startsWith(attribute(key) + '='));
        expect(named).toHaveLength(warnings.length);
        if (warnings.length) {
          expect(warnings).toHaveLength(1);
          expect(result).toEqual(DEFAULTS[key]);
        } else if (value === undefined) {
          expect(result).toEqual(DEFAULTS[key]);
        } else {
          // Accepted: the setting is the value itself (trimmed, lower-cased for languages, or a boolean's word on a switch).
          const given = typeof value === 'string' ? value.trim() : value;
          const accepted = [given, String(given).toLowerCase(), Number(given), given === true ? 'on' : given === false ? 'off' : given];
          expect(accepted).toContain(result);
        }
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('warns once per invalid purpose id, naming data-purposes, and keeps the valid ones', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom('analytics', 'ads', 'necessary', 'x-1'),
            fc.string({ maxLength: 12 }),
            fc.constantFrom(...INJECTIONS.slice(0, 20)),
          ),
          { maxLength: 30 },
        ),
        (tokens) => {
          const { settings, warnings } = build({ purposes: tokens.join(' ') });
          expectValid(settings);
          for (const w of warnings) expect(w.startsWith('data-purposes')).toBe(true);
          const valid = tokens.flatMap((t) => t.split(/[\s,]+/)).filter((t) => t && t !== 'necessary' && PURPOSE_ID.test(t));
          if (valid.length) expect(settings.purposes).toEqual([...new Set(valid)].slice(0, 20));
          else expect(settings.purposes).toEqual(['analytics', 'ads', 'customization', 'login']);
        },
      ),
      { numRuns: 500 },
    );
  }, 30_000);

  it('falls back to the default purposes, with one warning, when none is valid', () => {
    const { settings, warnings } = build({ purposes: '<b> ;; "x"' });
    expect(settings.purposes).toEqual(['analytics', 'ads', 'customization', 'login']);
    expect(warnings.filter((w) => w.startsWith('data-purposes='))).toHaveLength(1);
  });

  it('refuses a cookie name or domain that would inject cookie attributes', () => {
    const { settings, warnings } = build({ cookieName: 'x=1; Domain=evil.example', cookieDomain: 'evil.example; Path=/' });
    expect(settings.cookieName).toBe('consent_gate');
    expect(settings.cookieDomain).toBeNull();
    expect(warnings).toHaveLength(2);
  });

  it('takes a typed number as its digits, but refuses Infinity and NaN as a cookie name or revision', () => {
    expect(build({ revision: 2 }).settings.revision).toBe('2');
    for (const value of [Infinity, -Infinity, NaN]) {
      const { settings, warnings } = build({ cookieName: value, revision: value });
      expect(settings.cookieName).toBe('consent_gate');
      expect(settings.revision).toBe('1');
      expect(warnings).toHaveLength(2);
    }
  });

  it('refuses a cookie domain the current host does not belong to', () => {
    expect(build({ cookieDomain: '.example.com' }).settings.cookieDomain).toBe('.example.com');
    expect(build({ cookieDomain: 'ample.com' }).settings.cookieDomain).toBeNull();
    expect(build({ cookieDomain: '.evil.example' }).warnings[0]).toMatch(/^data-cookie-domain=/);
  });

  it('refuses policy and log URLs with a script scheme, however disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'java\tscript:alert(1)',
      ' JavaScript:x',
      'data:text/html,x',
      'vbscript:x',
      'javascript&colon;x:',
      '\u0001javascript:x',
    ]) {
      const { settings, warnings } = build({ policyUrl: url, logUrl: url });
      expect(settings.policyUrl).toBeNull();
      expect(settings.logUrl).toBeNull();
      expect(warnings.map((w) => w.split('=')[0])).toEqual(['data-policy-url', 'data-log-url']);
    }
  });

  it('reports an object whose toString throws instead of throwing itself', () => {
    const evil = {
      toString: () => {
        throw new Error('boom');
      },
    };
    const { settings, warnings } = build({ mode: evil, purposes: evil, expires: evil });
    expect(settings.mode).toBe('opt-in');
    expect(warnings.map((w) => w.split(/[=:]/)[0])).toEqual(['data-purposes', 'data-mode', 'data-expires']);
  });

  it('reads a boolean only for on/off switches: mode: false never means opt-out', () => {
    const { settings, warnings } = build({
      mode: false,
      position: true,
      theme: false,
      gpc: false,
      googleConsentMode: true,
      reloadOnWithdraw: false,
    });
    expect([settings.mode, settings.position, settings.theme, settings.gpc]).toEqual(['opt-in', 'bottom', 'auto', 'respect']);
    expect([settings.googleConsentMode, settings.reloadOnWithdraw]).toEqual(['on', 'false']);
    expect(warnings.map((w) => w.split('=')[0])).toEqual(['data-mode', 'data-position', 'data-theme', 'data-gpc']);
  });
});
