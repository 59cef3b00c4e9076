import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSettings } from '../../../src/config/settings';
import { encodeDecision } from '../../../src/consent/cookie-format';
import { createStore } from '../../../src/consent/store';
import type { ConsentGateOptions } from '../../../src/types';
import { fakeJar } from '../helpers/fake-jar';

const NOW = Date.UTC(2026, 10, 22, 12);
const ID = '5f0c9a7e12b4d6e8';
const at = (msAgo: number) => Math.floor((NOW - msAgo) / 1000).toString(36);
const cookie = (choices: string, { revision = '1', ago = 60_000, id = ID } = {}) => `1~${revision}~${at(ago)}~${id}~${choices}`;

function setup(values: string[] = [], options: ConsentGateOptions = {}, refuse = false) {
  const warnings: string[] = [];
  const warn = (m: string) => void warnings.push(m);
  const settings = createSettings(options, { host: 'example.com', warn });
  const jar = fakeJar(values.length ? { [settings.cookieName]: values } : {}, refuse);
  const store = createStore({ settings, jar, warn, now: () => NOW, crypto: globalThis.crypto, signalRefused: [] });
  return { store, jar, warnings, settings };
}

describe('a stored value that is not a valid decision', () => {
  it.each([
    ['garbage', 'hello world'],
    ['truncated', cookie('analytics').slice(0, 20)],
    ['percent-encoded', cookie('analytics').replace(/~/g, '%7E')],
    ['4 KB long', cookie('analytics.' + 'x'.repeat(4096))],
    ['another format version', cookie('analytics').replace(/^1/, '2')],
    ['another revision', cookie('analytics', { revision: '0' })],
    ['expired', cookie('analytics', { ago: 183 * 86_400_000 })],
    ['dated in the future', cookie('analytics', { ago: -3 * 86_400_000 })],
  ])('counts %s as no decision and grants nothing', (_, value) => {
    const { store } = setup([value]);
    expect(store.get()).toMatchObject({ decided: false, timestamp: null, id: null });
    expect(Object.values(store.get().purposes).every((v) => v === false)).toBe(true);
    expect(Object.values(store.choices()).every((v) => v === undefined)).toBe(true);
  });
});

describe('several values under the same name (other paths or domains)', () => {
  it('lets a refusal in any copy win over a grant in another, whatever their dates', () => {
    const older = cookie('analytics.ads.customization.login', { ago: 3_600_000, id: '0000000000000001' });
    const newer = cookie('!analytics.!ads.!customization.!login', { ago: 60_000, id: '0000000000000002' });
    const strayNewer = cookie('analytics.ads.customization.login', { ago: 0, id: '0000000000000003' });
    for (const order of [
      [older, newer],
      [newer, older],
      [newer, strayNewer],
      [strayNewer, newer],
    ]) {
      const { store } = setup(order);
      expect(store.get().decided).toBe(true);
      expect(store.get().purposes).toEqual({ analytics: false, ads: false, customization: false, login: false });
    }
  });

  it('merges per purpose: each refused by any copy stays refused, the others keep their grant', () => {
    const a = cookie('analytics.!ads.customization.login', { id: '0000000000000001' });
    const b = cookie('analytics.ads.!customization.login', { ago: 1000, id: '0000000000000002' });
    const { store } = setup([a, b]);
    expect(store.get()).toMatchObject({
      decided: true,
      id: '0000000000000002',
      purposes: { analytics: true, ads: false, customization: false, login: true },
    });
  });

  it('grants nothing when a damaged copy sits beside a valid one, and asks again', () => {
    const { store } = setup(['garbage', cookie('analytics.!ads.!customization.!login'), '1~1~zzzzzzzzz~' + ID + '~ads']);
    expect(store.get().purposes).toEqual({ analytics: false, ads: false, customization: false, login: false });
    expect(store.get().decided).toBe(false);
  });

  it('counts a copy dated more than five minutes ahead as damaged, and accepts a few minutes of clock skew', () => {
    expect(setup([cookie('analytics.ads.customization.login', { ago: -6 * 60_000 })]).store.get()).toMatchObject({
      decided: false,
      purposes: { analytics: false },
    });
    expect(setup([cookie('analytics.ads.customization.login', { ago: -4 * 60_000 })]).store.get()).toMatchObject({
      decided: true,
      purposes: { analytics: true },
    });
  });
});

describe('deciding and resetting with stray copies about', () => {
  function placesJar(values: string[]) {
    const { store, jar } = setup(values);
    const removed: string[] = [];
    jar.places = () => [
      { domain: null, path: '/' },
      { domain: '.example.com', path: '/' },
      { domain: null, path: '/shop' },
    ];
    jar.remove = (name, place) => {
      removed.push(`${name}@${place.domain}${place.path}`);
      jar.values.delete(name);
    };
    return { store, jar, removed };
  }

  it('deletes the copy at every place the page can reach before writing the new decision', () => {
    const { store, jar, removed } = placesJar([cookie('analytics.ads.customization.login', { ago: 0 })]);
    store.decide({ analytics: false, ads: false, customization: false, login: false });
    expect(removed).toEqual(['consent_gate@null/', 'consent_gate@.example.com/', 'consent_gate@null/shop']);
    expect(jar.values.get('consent_gate')).toHaveLength(1);
    expect(store.get().purposes.analytics).toBe(false);
  });

  it('reset deletes every copy too and then reads what is left', () => {
    const { store, removed } = placesJar([cookie('analytics.ads.customization.login')]);
    store.reset();
    expect(removed).toHaveLength(3);
    expect(store.get()).toMatchObject({ decided: false, id: null });
  });
});

describe('opt-out mode keeps a refusal', () => {
  const optOut = { mode: 'opt-out' } as const;

  it('across a revision bump: refused purposes stay refused, the notice asks again, the others run', () => {
    const { store } = setup([cookie('analytics.!ads.customization.login', { revision: '1' })], { ...optOut, revision: '2' });
    expect(store.get()).toMatchObject({ decided: false, purposes: { analytics: true, ads: false, customization: true, login: true } });
  });

  it('past data-expires', () => {
    const { store } = setup([cookie('analytics.!ads.customization.login', { ago: 200 * 86_400_000 })], { ...optOut, expires: '30' });
    expect(store.get().purposes).toMatchObject({ ads: false, analytics: true });
  });

  it('in the next decision, unless the visitor grants the purpose again', () => {
    const { store, jar } = setup([cookie('analytics.!ads.customization.login', { revision: '1' })], { ...optOut, revision: '2' });
    store.decide({ analytics: true });
    expect(jar.values.get('consent_gate')![0]).toMatch(/!ads/);
    store.decide({ ads: true });
    expect(store.get().purposes.ads).toBe(true);
  });

  it('reads a damaged cookie as refusing every purpose', () => {
    for (const value of ['garbage', cookie('analytics').replace(/~/g, '%7E'), `"${cookie('analytics.ads.customization.login')}"`]) {
      const { store } = setup([value], optOut);
      expect(store.get()).toMatchObject({ decided: false, purposes: { analytics: false, ads: false, customization: false, login: false } });
    }
  });

  it('stores a refusal for 400 days (the browser cap) and renews it as stored on each visit', () => {
    const lives: number[] = [];
    const { store, jar } = setup([], optOut);
    const set = jar.set;
    jar.set = (name, value, options) => (lives.push(options.days), set(name, value, options));
    store.decide({ ads: false });
    store.decide({ ads: true });
    expect(lives).toEqual([400, 182]);
    const stored = cookie('analytics.!ads.customization.login', { ago: 100 * 86_400_000 });
    const again = fakeJar({ consent_gate: [stored] });
    const seen: Array<[string, number]> = [];
    const keep = again.set;
    again.set = (name, value, options) => (seen.push([value, options.days]), keep(name, value, options));
    const settings = createSettings(optOut, { host: 'example.com', warn: () => {} });
    createStore({ settings, jar: again, warn: () => {}, now: () => NOW, crypto: globalThis.crypto, signalRefused: [] });
    expect(seen).toEqual([[stored, 400]]);
  });

  it('in opt-in mode, a stale refusal is simply no decision', () => {
    const { store } = setup([cookie('analytics.!ads', { revision: '0' })]);
    expect(store.choices().ads).toBeUndefined();
  });
});

describe('purposes the page does not know', () => {
  it('are kept in the cookie on a new decision and never granted to new purposes', () => {
    const { store, jar } = setup([cookie('analytics.video.!maps')], { purposes: 'analytics ads' });
    expect(store.get().purposes).toEqual({ analytics: true, ads: false });
    expect(store.get().decided).toBe(false);
    store.decide({ ads: true, video: false, maps: true, newone: true } as Record<string, boolean>);
    const stored = jar.values.get('consent_gate')![0]!.split('~')[4]!.split('.');
    expect(stored.sort()).toEqual(['!maps', 'ads', 'analytics', 'video']);
  });
});

describe('decide', () => {
  it('takes only booleans for configured purposes, whatever the object holds', () => {
    const { store } = setup();
    const choices = JSON.parse('{"__proto__":{"ads":true},"analytics":"yes","login":1,"customization":true}');
    store.decide(choices);
    expect(store.get().purposes).toEqual({ analytics: false, ads: false, customization: true, login: false });
    expect(({} as Record<string, unknown>).ads).toBeUndefined();
  });

  it('keeps the choice in memory for this page view when the browser refuses the cookie, with one warning', () => {
    const { store, warnings } = setup([], {}, true);
    store.decide({ analytics: true, ads: false, customization: false, login: false });
    expect(store.get()).toMatchObject({ decided: true, purposes: { analytics: true, ads: false } });
    store.refresh();
    expect(store.get().decided).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/did not store the consent cookie/);
  });

  it('notifies subscribers once per decision, and a throwing subscriber does not stop the others', () => {
    const { store, warnings } = setup();
    const seen: string[] = [];
    store.subscribe(() => {
      throw new Error('broken listener');
    });
    store.subscribe(() => seen.push(String(store.get().purposes.analytics)));
    store.decide({ analytics: true });
    store.decide({ analytics: false });
    expect(seen).toEqual(['true', 'false']);
    expect(warnings.filter((w) => /listener threw/.test(w)).length).toBeGreaterThan(0);
  });
});

describe('refresh', () => {
  it('notifies only when the stored value changed', () => {
    const { store, jar } = setup([cookie('analytics.ads.customization.login')]);
    let calls = 0;
    store.subscribe(() => calls++);
    store.refresh();
    expect(calls).toBe(0);
    jar.values.set('consent_gate', [cookie('!analytics.!ads.!customization.!login', { id: '0000000000000009' })]);
    store.refresh();
    expect(calls).toBe(1);
    expect(store.get().purposes.analytics).toBe(false);
  });
});

describe('two tabs writing at the same moment', () => {
  it('adopts the decision another tab wrote right after ours, even before our read-back', () => {
    const { store, jar } = setup();
    const other = cookie('!analytics.!ads.!customization.!login', { id: '00000000000000bb' });
    const set = jar.set;
    // The other tab's write lands between our write and anything we read afterwards.
    jar.set = (name, value, options) => {
      const ok = set(name, value, options);
      jar.values.set(name, [other]);
      return ok;
    };
    store.decide({ analytics: true, ads: true, customization: true, login: true });
    expect(store.get().purposes.analytics).toBe(true);
    store.refresh(); // the other tab's BroadcastChannel message
    expect(store.get()).toMatchObject({ id: '00000000000000bb', purposes: { analytics: false } });
  });
});

describe('two tabs writing at the same moment, seen from the tab that wrote first', () => {
  it('does not mistake the other tab overwriting the cookie for a refusal, and adopts its decision', () => {
    const { store, jar, warnings } = setup();
    const other = cookie('analytics.ads.customization.login', { ago: 0, id: '00000000000000aa' });
    // The read-back sees the other tab's value, not ours.
    jar.set = (name) => (jar.values.set(name, [other]), false);
    store.decide({ analytics: false, ads: false, customization: false, login: false });
    expect(warnings).toEqual([]);
    store.refresh();
    expect(store.get()).toMatchObject({ id: '00000000000000aa', purposes: { analytics: true } });
  });

  it('still counts a failed write as a refusal when only an older decision is there', () => {
    const { store, jar, warnings } = setup([cookie('analytics.ads.customization.login', { ago: 3_600_000 })]);
    jar.set = () => false;
    store.decide({ analytics: false, ads: false, customization: false, login: false });
    store.refresh();
    expect(store.get().purposes.analytics).toBe(false);
    expect(warnings).toHaveLength(1);
  });
});

describe('a decision is never read as a grant it did not contain', () => {
  // Purposes named like Object.prototype members, where a careless lookup would find something.
  const PURPOSES = ['analytics', 'ads', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];
  const token = fc.oneof(fc.constantFrom(...PURPOSES, 'legacy', '__proto__', 'prototype'), fc.string({ maxLength: 6 }));
  const choiceList = fc.array(fc.tuple(fc.boolean(), token), { maxLength: 10 }).map((l) => l.map(([g, p]) => (g ? p : '!' + p)).join('.'));
  const value = fc.oneof(
    choiceList.map((c) => cookie(c)),
    fc
      .tuple(choiceList, fc.constantFrom('1', '0', 'x'), fc.integer({ min: -5, max: 400 }))
      .map(([c, r, d]) => cookie(c, { revision: r, ago: d * 86_400_000 })),
    fc.string(),
    fc.constantFrom('1~1~~' + ID + '~analytics', `1~1~${at(0)}~${ID}~constructor`, `1~1~${at(0)}~${ID}~__proto__`),
  );

  it('in opt-in mode, every purpose reported granted is literally granted in a current stored value', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 3 }), (values) => {
        const { store } = setup(values, { purposes: PURPOSES.join(' ') });
        const literal = (p: string) =>
          values.some((v) => {
            const parts = v.split('~');
            return parts.length === 5 && parts[1] === '1' && parts[4]!.split('.').includes(p);
          });
        const state = store.get();
        for (const p of PURPOSES) {
          if (state.purposes[p] === true) expect(literal(p)).toBe(true);
          if (store.choices()[p] === true) expect(literal(p)).toBe(true);
        }
        expect(Object.keys(state.purposes).sort()).toEqual([...PURPOSES].sort());
      }),
      { numRuns: 1500 },
    );
  }, 30_000);

  it('round-trips any decision through the jar', () => {
    fc.assert(
      fc.property(
        fc.record(Object.fromEntries(PURPOSES.map((p) => [p, fc.boolean()])) as Record<string, fc.Arbitrary<boolean>>),
        (choices) => {
          const { store, jar } = setup([], { purposes: PURPOSES.join(' ') });
          store.decide(choices);
          const again = setup(jar.values.get('consent_gate')!, { purposes: PURPOSES.join(' ') }).store;
          expect(again.get().purposes).toEqual(choices);
          expect(again.get().decided).toBe(true);
        },
      ),
    );
  });

  it('encodes what it stores with the shared codec', () => {
    const { store, jar } = setup();
    store.decide({ analytics: true, ads: false, customization: false, login: true });
    const [value] = jar.values.get('consent_gate')!;
    const d = store.get();
    expect(value).toBe(
      encodeDecision({
        revision: '1',
        timestamp: d.timestamp!,
        id: d.id!,
        choices: { analytics: true, ads: false, customization: false, login: true },
      }),
    );
  });
});
