import { describe, expect, it, vi } from 'vitest';
import { webcrypto } from 'node:crypto';
import { encodeDecision } from '../../../src/consent/cookie-format';
import { logConsent } from '../../../src/integrations/consent-log';
import { shownDigest, shownOnce } from '../../../src/receipts/shown-digest';
import { setup } from './setup';

function fakeWin({ beacon = true, fetchOk = true }: { beacon?: boolean | 'missing' | 'throws'; fetchOk?: boolean | 'rejects' } = {}) {
  const beacons: Array<[string, string]> = [];
  const fetches: Array<[string, RequestInit]> = [];
  const sendBeacon =
    beacon === 'missing'
      ? undefined
      : (url: string, body: string) => {
          if (beacon === 'throws') throw new TypeError('bad url');
          beacons.push([url, body]);
          return beacon;
        };
  const fetch = vi.fn((url: string, init: RequestInit) => {
    fetches.push([url, init]);
    return fetchOk === 'rejects' ? Promise.reject(new TypeError('offline')) : Promise.resolve({ ok: fetchOk, status: fetchOk ? 204 : 500 });
  });
  const win = {
    location: { origin: 'https://shop.example', pathname: '/cart' },
    navigator: { sendBeacon },
    fetch,
    crypto: webcrypto,
  } as unknown as Window;
  return { win, beacons, fetches };
}

const content = {
  lang: 'en',
  texts: { title: 'We use cookies', acceptAll: 'Accept all' },
  purposes: [{ id: 'analytics', label: 'Analytics', description: 'Counts visits', cookies: ['_ga*'] }],
  policyUrl: '/privacy',
};
/** The mounted UI's answer, as ui-entry.ts gives it. */
const shown = shownOnce(content);

describe('logConsent', () => {
  it('sends nothing without data-log-url', () => {
    const { store, settings, warn } = setup();
    const { win, beacons, fetches } = fakeWin();
    logConsent(store, settings, { win, warn, shown, lang: () => 'en' });
    store.decide({ analytics: true });
    expect(beacons).toEqual([]);
    expect(fetches).toEqual([]);
  });

  it('beacons a receipt with the decision, how and where it was made, the hash of what was shown, and no more', async () => {
    const { store, settings, warn } = setup({ logUrl: '/consent-log', revision: '4' });
    const { win, beacons, fetches } = fakeWin();
    logConsent(store, settings, { win, warn, shown, lang: () => 'en' });
    store.decide({ analytics: false, ads: false, customization: false, login: false }, 'notice');
    await vi.waitFor(() => expect(beacons).toHaveLength(1));
    expect(fetches).toEqual([]);
    const [url, body] = beacons[0]!;
    const state = store.get();
    expect(url).toBe('/consent-log');
    expect(JSON.parse(body)).toEqual({
      id: state.id,
      previous: null,
      timestamp: state.timestamp,
      revision: '4',
      mode: 'opt-in',
      purposes: { analytics: false, ads: false, customization: false, login: false },
      method: 'notice',
      lang: 'en',
      shown: await shownDigest(content, webcrypto.subtle as SubtleCrypto),
      url: 'https://shop.example/cart',
      version: '0.1.0',
    });
  });

  it('links each receipt to the decision it replaced, also one read from another tab, and tells api decisions as api', async () => {
    const { store, settings, warn, jar } = setup({ logUrl: '/log' });
    const { win, beacons } = fakeWin();
    logConsent(store, settings, { win, warn, shown, lang: () => 'en' });
    store.decide({ analytics: true }, 'dialog');
    const first = store.get().id;
    const fromOtherTab = encodeDecision({ revision: '1', timestamp: Date.now(), id: 'c'.repeat(16), choices: { analytics: true } });
    jar.values.set(settings.cookieName, [fromOtherTab]);
    store.refresh();
    store.decide({ analytics: false });
    await vi.waitFor(() => expect(beacons).toHaveLength(2));
    const sent = beacons.map(([, b]) => JSON.parse(b));
    expect(sent.map((r) => [r.previous, r.method])).toEqual([
      [null, 'dialog'],
      ['c'.repeat(16), 'api'],
    ]);
    expect(sent[0].id).toBe(first);
  });

  it('sends one receipt per decision, none for a reset or a re-read of the same decision', async () => {
    const cookie = encodeDecision({ revision: '1', timestamp: Date.now(), id: 'b'.repeat(16), choices: { analytics: true } });
    const { store, settings, warn } = setup({ logUrl: '/log' }, { cookie });
    const { win, beacons } = fakeWin();
    logConsent(store, settings, { win, warn, shown, lang: () => 'en' });
    store.refresh();
    store.reset();
    expect(beacons).toHaveLength(0);
    store.decide({ analytics: true });
    store.decide({ analytics: false });
    await vi.waitFor(() => expect(beacons.map(([, b]) => JSON.parse(b).purposes.analytics)).toEqual([true, false]));
  });

  it('sends nothing for a decision another tab made and this tab read from the cookie', async () => {
    const { store, settings, warn, jar } = setup({ logUrl: '/log' });
    const { win, beacons } = fakeWin();
    logConsent(store, settings, { win, warn, shown, lang: () => 'en' });
    const fromOtherTab = encodeDecision({ revision: '1', timestamp: Date.now(), id: 'c'.repeat(16), choices: { analytics: true } });
    jar.values.set(settings.cookieName, [fromOtherTab]);
    store.refresh();
    expect(store.get().id).toBe('c'.repeat(16));
    // Receipts go out in decision order: once this tab's own decision is sent, nothing else was.
    store.decide({ analytics: false });
    await vi.waitFor(() => expect(beacons).toHaveLength(1));
    expect(JSON.parse(beacons[0]![1]).previous).toBe('c'.repeat(16));
  });

  it('falls back to fetch with keepalive when the beacon is refused or missing', async () => {
    for (const beacon of [false, 'missing', 'throws'] as const) {
      const { store, settings, warn, warnings } = setup({ logUrl: 'https://log.example/r' });
      const { win, fetches } = fakeWin({ beacon });
      logConsent(store, settings, { win, warn, shown, lang: () => 'en' });
      store.decide({ ads: true });
      await vi.waitFor(() => expect(fetches).toHaveLength(1));
      expect(fetches[0]![0]).toBe('https://log.example/r');
      expect(fetches[0]![1]).toMatchObject({ method: 'POST', keepalive: true });
      expect(JSON.parse(String(fetches[0]![1].body)).purposes.ads).toBe(true);
      expect(warnings).toEqual([]);
    }
  });

  it('says shown: null and the picked language while no notice was mounted (a returning visitor deciding through the API)', async () => {
    const { store, settings, warn, warnings } = setup({ logUrl: '/log' });
    const { win, beacons } = fakeWin();
    logConsent(store, settings, { win, warn, shown: () => null, lang: () => 'de' });
    store.decide({ analytics: true });
    await vi.waitFor(() => expect(beacons).toHaveLength(1));
    expect(JSON.parse(beacons[0]![1])).toMatchObject({ shown: null, lang: 'de', method: 'api' });
    expect(warnings).toEqual([]);
  });

  it('tells a failed send once and keeps the decision', async () => {
    const { store, settings, warn, warnings } = setup({ logUrl: '/log' });
    const { win } = fakeWin({ beacon: false, fetchOk: 'rejects' });
    logConsent(store, settings, { win, warn, shown, lang: () => 'en' });
    store.decide({ analytics: true });
    store.decide({ analytics: false });
    await vi.waitFor(() => expect(warnings).toEqual(['could not send the consent receipt to /log']));
    expect(store.get().purposes.analytics).toBe(false);
  });
});

describe('shownOnce (the mounted UI side of a receipt)', () => {
  it('gives the language and the digest of what is shown, computed once', async () => {
    const expected = await shownDigest(content, webcrypto.subtle as SubtleCrypto);
    const digest = vi.spyOn(globalThis.crypto.subtle, 'digest');
    const once = shownOnce(content);
    expect(once()).toBe(once());
    expect(once().lang).toBe('en');
    expect(await once().digest).toBe(expected);
    expect(digest).toHaveBeenCalledTimes(1);
    digest.mockRestore();
  });

  it('gives digest null where the page has no Web Crypto (plain http), so the receipt still goes out with shown: null', async () => {
    vi.stubGlobal('crypto', {});
    try {
      expect(await shownOnce(content)().digest).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
