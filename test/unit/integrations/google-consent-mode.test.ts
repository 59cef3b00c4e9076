import { describe, expect, it } from 'vitest';
import { encodeDecision } from '../../../src/consent/cookie-format';
import { consentTypes, googleConsentMode } from '../../../src/integrations/google-consent-mode';
import { setup } from './setup';

type Win = Window & { dataLayer?: unknown[]; gtag?: unknown };

/** A window stand-in holding only what Consent Mode touches. */
const fakeWin = (dataLayer?: unknown[]) => ({ dataLayer } as unknown as Win);
/** dataLayer entries as plain arrays (gtag pushes `arguments` objects). */
const entries = (win: Win) => (win.dataLayer ?? []).map((e) => (Array.isArray(e) || typeof e !== 'object' || !e || !('length' in e) ? e : Array.from(e as ArrayLike<unknown>)));

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
    expect(params).toMatchObject({ analytics_storage: 'granted', functionality_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied' });
  });

  it('reflects a stored decision in the default, without waiting for an update', () => {
    const cookie = encodeDecision({ revision: '1', timestamp: Date.now(), id: 'a'.repeat(16), choices: { analytics: true, ads: true, customization: false, login: false } });
    const { store, settings, warn } = setup({ googleConsentMode: 'on' }, { cookie });
    const win = fakeWin();
    googleConsentMode(store, settings, { win, warn });
    expect(entries(win)).toEqual([
      ['consent', 'default', { ...denied, analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' }],
      ['set', 'ads_data_redaction', false],
    ]);
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

  it('uses the page\'s own gtag and stops after unsubscribe', () => {
    const { store, settings, warn } = setup({ googleConsentMode: 'on' });
    const calls: unknown[][] = [];
    const win = fakeWin([]);
    win.gtag = (...args: unknown[]) => void calls.push(args);
    const stop = googleConsentMode(store, settings, { win, warn });
    stop();
    store.decide({ analytics: true });
    expect(calls.map((c) => c.slice(0, 2))).toEqual([['consent', 'default'], ['set', 'ads_data_redaction']]);
  });

  it('warns once, with the fix, when Google tags were set up before it', () => {
    const { store, settings, warn, warnings } = setup({ googleConsentMode: 'on' });
    const win = fakeWin([]);
    (function gtag(..._: unknown[]) {
      win.dataLayer!.push(arguments);
    })('js', new Date());
    googleConsentMode(store, settings, { win, warn });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/Google tag ran before consent-gate; load consent-gate above it/);
  });

  it('keeps working and warns when the page\'s gtag throws', () => {
    const { store, settings, warn, warnings } = setup({ googleConsentMode: 'on' });
    const win = fakeWin([]);
    win.gtag = () => {
      throw new Error('broken');
    };
    expect(() => googleConsentMode(store, settings, { win, warn })).not.toThrow();
    expect(warnings).toEqual(['gtag threw']);
  });
});
