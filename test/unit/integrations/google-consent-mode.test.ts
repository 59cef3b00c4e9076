import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeDecision } from '../../../src/consent/cookie-format';
import { consentTypes, googleConsentMode } from '../../../src/integrations/google-consent-mode';
import { setup } from './setup';

type Win = Window & { dataLayer?: unknown[]; gtag?: unknown };

/** A window stand-in holding only what Consent Mode touches. */
const fakeWin = (dataLayer?: unknown[]) => ({ dataLayer }) as unknown as Win;
/** dataLayer entries as plain arrays (gtag pushes `arguments` objects). */
const entries = (win: Win) =>
  (win.dataLayer ?? []).map((e) =>
    Array.isArray(e) || typeof e !== 'object' || !e || !('length' in e) ? e : Array.from(e as ArrayLike<unknown>),
  );

const denied = {
  security_storage: 'granted',
  analytics_storage: 'denied',
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  personalization_storage: 'denied',
  functionality_storage: 'denied',
};

describe('consentTypes', () => {
  it('maps analytics, ads and customization to their consent types and grants security_storage', () => {
    expect(consentTypes({ analytics: true, ads: false, customization: true, login: true })).toEqual({
      security_storage: 'granted',
      analytics_storage: 'granted',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      personalization_storage: 'granted',
      functionality_storage: 'granted',
    });
  });

  it('denies undecided purposes and purposes the site does not configure', () => {
    expect(consentTypes({ analytics: undefined })).toEqual(denied);
  });

  it('grants nothing from a polluted Object.prototype: neither an extra purpose nor an inherited grant', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.login = ['ad_storage'];
    proto.ads = true;
    try {
      // `login` granted and `ads` refused: a walk over inherited keys would report ad_storage granted.
      expect(consentTypes({ analytics: false, ads: false, customization: false, login: true })).toEqual(denied);
      // `ads` absent from the choices: only an own `true` counts, not the prototype's.
      expect(consentTypes({ analytics: true })).toEqual({ ...denied, analytics_storage: 'granted' });
    } finally {
      delete proto.login;
      delete proto.ads;
    }
  });

  it('grants only own true values, whatever the property order or a null prototype', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('analytics', 'ads', 'customization', 'login', 'other'), fc.option(fc.boolean(), { nil: undefined })),
        fc.boolean(),
        (given, bare) => {
          const choices = bare ? Object.assign(Object.create(null), given) : given;
          const types = consentTypes(choices);
          expect(Object.keys(types).sort()).toEqual(Object.keys(denied).sort());
          expect(types.ad_storage === 'granted').toBe(given.ads === true);
          expect(types.analytics_storage === 'granted').toBe(given.analytics === true);
          expect(types.functionality_storage === 'granted').toBe(given.customization === true);
        },
      ),
    );
  });
});

describe('googleConsentMode', () => {
  it('does nothing unless data-google-consent-mode is on', () => {
    const { store, settings, warn } = setup();
    const win = fakeWin();
    googleConsentMode(store, settings, { win, warn });
    expect(win.dataLayer).toBeUndefined();
    expect(win.gtag).toBeUndefined();
  });

  it('creates dataLayer and gtag and pushes a denied default with wait_for_update in opt-in mode', () => {
    const { store, settings, warn, warnings } = setup({ googleConsentMode: 'on', googleConsentWait: 800 });
    const win = fakeWin();
    googleConsentMode(store, settings, { win, warn });
    expect(typeof win.gtag).toBe('function');
    expect(entries(win)).toEqual([
      ['consent', 'default', { ...denied, wait_for_update: 800 }],
      ['set', 'ads_data_redaction', true],
    ]);
    expect(warnings).toEqual([]);
  });

  it('grants every mapped type by default in opt-out mode, except ads under a GPC signal', () => {
    const { store, settings, warn } = setup({ googleConsentMode: 'on', mode: 'opt-out' }, { signalRefused: ['ads'] });
    const win = fakeWin();
    googleConsentMode(store, settings, { win, warn });
    const [[, , params]] = entries(win) as [[string, string, Record<string, unknown>]];
    expect(params).toMatchObject({
      analytics_storage: 'granted',
      functionality_storage: 'granted',
      ad_storage: 'denied',
      ad_user_data: 'denied',
    });
  });

  it('reflects a stored decision in the default, without waiting for an update', () => {
    const cookie = encodeDecision({
      revision: '1',
      timestamp: Date.now(),
      id: 'a'.repeat(16),
      choices: { analytics: true, ads: true, customization: false, login: false },
    });
    const { store, settings, warn } = setup({ googleConsentMode: 'on' }, { cookie });
    const win = fakeWin();
    googleConsentMode(store, settings, { win, warn });
    expect(entries(win)).toEqual([
      [
        'consent',
        'default',
        { ...denied, analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' },
      ],
      ['set', 'ads_data_redaction', false],
    ]);
  });

  it('reports ads denied in dataLayer while ads are refused, even with Object.prototype.login = ["ad_storage"]', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.login = ['ad_storage'];
    try {
      const { store, settings, warn } = setup({ googleConsentMode: 'on' });
      const win = fakeWin();
      googleConsentMode(store, settings, { win, warn });
      store.decide({ analytics: false, ads: false, customization: false, login: true });
      expect(entries(win).filter((e) => Array.isArray(e) && e[0] === 'consent')).toEqual([
        ['consent', 'default', { ...denied, wait_for_update: 500 }],
        ['consent', 'update', denied],
      ]);
    } finally {
      delete proto.login;
    }
  });

  it('pushes an update and a consent_update event after each decision', () => {
    const { store, settings, warn } = setup({ googleConsentMode: 'on' });
    const win = fakeWin();
    googleConsentMode(store, settings, { win, warn });
    store.decide({ analytics: true, ads: false, customization: false, login: false });
    const granted = { ...denied, analytics_storage: 'granted' };
    expect(entries(win).slice(2)).toEqual([
      ['consent', 'update', granted],
      ['set', 'ads_data_redaction', true],
      { event: 'consent_update', ...granted, purposes: { analytics: true, ads: false, customization: false, login: false } },
    ]);
  });

  it("uses the page's own gtag and stops after unsubscribe", () => {
    const { store, settings, warn } = setup({ googleConsentMode: 'on' });
    const calls: unknown[][] = [];
    const win = fakeWin([]);
    win.gtag = (...args: unknown[]) => void calls.push(args);
    const stop = googleConsentMode(store, settings, { win, warn });
    stop();
    store.decide({ analytics: true });
    expect(calls.map((c) => c.slice(0, 2))).toEqual([
      ['consent', 'default'],
      ['set', 'ads_data_redaction'],
    ]);
  });

  /** A dataLayer in which the page's gtag snippet already ran (`js` and `config` queued). */
  const snippetRan = (win: Win) => {
    function gtag(..._: unknown[]) {
      win.dataLayer!.push(arguments);
    }
    gtag('js', new Date());
    gtag('config', 'G-XXXXXXX');
  };
  const LATE =
    'a Google tag ran before consent-gate: tag it with data-consent (basic Consent Mode), or load consent-gate before it with a plain <script> tag (no defer or async). See docs/google-consent-mode.md';

  it('warns, naming the cause and its fixes, when a Google tag was set up before it (gtag.js snippet or Tag Manager)', () => {
    for (const setUp of [snippetRan, (win: Win) => void win.dataLayer!.push({ event: 'gtm.js', 'gtm.start': 1 })]) {
      const { store, settings, warn, warnings } = setup({ googleConsentMode: 'on' });
      const win = fakeWin([]);
      setUp(win);
      googleConsentMode(store, settings, { win, warn });
      expect(warnings).toEqual([LATE]);
    }
  });

  it('says nothing when the Google tag is tagged (basic mode): dataLayer holds no Google call yet', () => {
    const { store, settings, warn, warnings } = setup({ googleConsentMode: 'on' });
    googleConsentMode(store, settings, { win: fakeWin([{ event: 'page_view' }, ['set', 'x']]), warn });
    expect(warnings).toEqual([]);
  });

  it("keeps working and warns when the page's gtag throws", () => {
    const { store, settings, warn, warnings } = setup({ googleConsentMode: 'on' });
    const win = fakeWin([]);
    win.gtag = () => {
      throw new Error('broken');
    };
    expect(() => googleConsentMode(store, settings, { win, warn })).not.toThrow();
    expect(warnings).toEqual(['gtag threw']);
  });
});
