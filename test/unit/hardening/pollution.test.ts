import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readScriptOptions } from '../../../src/config/attributes';
import { cleanJsonConfig } from '../../../src/config/json-config';
import { createSettings } from '../../../src/config/settings';
import { decodeDecision, encodeDecision } from '../../../src/consent/cookie-format';
import { createCookieJar } from '../../../src/consent/cookie-jar';
import { parseConsentCookie } from '../../../src/consent/parse-consent-cookie';
import { createStore } from '../../../src/consent/store';
import type { ConsentGateOptions } from '../../../src/types';

/**
 * Prototype pollution of every input path (issue 12, fails open 2 and 5): a
 * vulnerable parser on the page sets `Object.prototype[key] = value` before
 * our script runs. Whatever key and value, each reader gives exactly what it
 * gives on a clean page.
 */
const proto = Object.prototype as Record<string, unknown>;
const KEYS = [
  // options and attributes
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
  'config',
  // JSON config
  'texts',
  'label',
  'description',
  'cookies',
  'name',
  'provider',
  'duration',
  'en',
  'acceptAll',
  'rejectAll',
  '*',
  // cookie, choices and attributes of a cookie write
  'analytics',
  'ads',
  'customization',
  'login',
  'necessary',
  'path',
  'domain',
  'secure',
  'sameSite',
  'maxAge',
  'extend',
  'evil',
];
const values = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('opt-out', 'ignore', 'false', 'on', true, false, 1, 'Reject all', ['ad_storage'], ['_ga']),
  fc.constant(() => 'polluted'),
  fc.dictionary(fc.constantFrom('en', 'analytics', 'acceptAll', 'cookies'), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
);
const pollution = fc.dictionary(fc.constantFrom(...KEYS), values, { minKeys: 1, maxKeys: 4 });

/** Runs `read` on a clean prototype and again polluted; both results are compared after cleaning up. */
function underPollution<T>(polluted: Record<string, unknown>, read: () => T): { clean: T; dirty: T } {
  const clean = read();
  let dirty: T;
  try {
    for (const key of Object.keys(polluted)) proto[key] = polluted[key];
    dirty = read();
  } finally {
    for (const key of Object.keys(polluted)) delete proto[key];
  }
  return { clean, dirty };
}
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

afterEach(() => {
  document.head.innerHTML = '';
  for (const name of document.cookie.split(/;\s*/).map((p) => p.split('=')[0]!)) document.cookie = `${name}=; Max-Age=0; Path=/`;
});

describe('Object.prototype polluted before start-up', () => {
  it('adds nothing to the attributes read from the tag, nor to the settings made from them', () => {
    const script = document.createElement('script');
    script.setAttribute('data-purposes', 'analytics ads');
    document.head.append(script);
    fc.assert(
      fc.property(pollution, (polluted) => {
        const { clean, dirty } = underPollution(polluted, () => {
          const options = readScriptOptions(script, document, () => {});
          return { own: Object.keys(options), settings: plain(createSettings(options, { host: 'example.com', warn: () => {} })) };
        });
        expect(dirty).toEqual(clean);
      }),
      { numRuns: 300 },
    );
  });

  it('adds nothing to settings made from an options object (the ESM createConsentGate)', () => {
    fc.assert(
      fc.property(
        pollution,
        fc.constantFrom<ConsentGateOptions>({}, { purposes: ['analytics'] }, { mode: 'opt-in' }),
        (polluted, options) => {
          const { clean, dirty } = underPollution(polluted, () => plain(createSettings(options, { host: 'example.com', warn: () => {} })));
          expect(dirty).toEqual(clean);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('adds nothing to the JSON config: no texts, purposes, labels or cookie declarations', () => {
    const configs = fc.constantFrom<unknown>(
      {},
      { purposes: { analytics: {} } },
      { purposes: { analytics: { cookies: [{ name: '_ga' }, '_gid'] } }, texts: { en: {} } },
      JSON.parse('{"__proto__": {"mode": "opt-out"}, "texts": {"en": {"__proto__": {"acceptAll": "x"}}}}'),
    );
    fc.assert(
      fc.property(pollution, configs, (polluted, config) => {
        const { clean, dirty } = underPollution(polluted, () => {
          const warnings: string[] = [];
          const json = cleanJsonConfig(config, (m) => void warnings.push(m), ['analytics', 'ads']);
          return { json: plain(json), warnings };
        });
        expect(dirty).toEqual(clean);
      }),
      { numRuns: 300 },
    );
  });

  it('reads no grant from the cookie, in the browser store or on the server', () => {
    const settings = createSettings({}, { host: 'localhost', warn: () => {} });
    const now = Date.now();
    const stored = encodeDecision({
      revision: '1',
      timestamp: now - 60_000,
      id: '0123456789abcdef',
      choices: { analytics: false, login: true },
    });
    fc.assert(
      fc.property(pollution, (polluted) => {
        document.cookie = `consent_gate=${stored}; Path=/`;
        const { clean, dirty } = underPollution(polluted, () => ({
          decoded: plain(decodeDecision(stored)),
          store: createStore({
            settings,
            jar: createCookieJar(document),
            warn: () => {},
            now: () => now,
            crypto: globalThis.crypto,
            signalRefused: [],
          }).get(),
          server: parseConsentCookie(`consent_gate=${stored}`, { now }),
        }));
        expect(dirty).toEqual(clean);
        expect(dirty.store.purposes).toEqual({ analytics: false, ads: false, customization: false, login: true });
      }),
      { numRuns: 300 },
    );
  });

  it('still saves the choice and deletes cookies with an enumerable method on Object.prototype', () => {
    const jar = createCookieJar(document);
    const polluted = { extend: () => 'polluted', domain: 'evil.example', path: '/nowhere', expires: -1 };
    const { dirty } = underPollution(polluted, () => {
      const saved = jar.set('consent_gate', 'v1', { days: 1, domain: null });
      jar.set('_ga', 'x', { days: 1, domain: null });
      jar.remove('_ga', { domain: null, path: '/' });
      return { saved, names: jar.names() };
    });
    expect(dirty).toEqual({ saved: true, names: ['consent_gate'] });
  });
});
