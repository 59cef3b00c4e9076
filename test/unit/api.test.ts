import { describe, expect, it, vi } from 'vitest';
import { createApi } from '../../src/api';
import { createSettings } from '../../src/config/settings';
import { createStore } from '../../src/consent/store';
import type { ConsentGateOptions } from '../../src/types';
import { fakeJar } from './helpers/fake-jar';

function setup(options: ConsentGateOptions = {}, signalRefused: string[] = []) {
  const warn = vi.fn();
  const settings = createSettings(options, { host: 'example.com', warn });
  const jar = fakeJar();
  const store = createStore({ settings, jar, warn, now: () => 1_700_000_000_000, crypto: globalThis.crypto, signalRefused });
  const show = vi.fn();
  const hide = vi.fn();
  const { api, emit } = createApi({ store, settings, doc: document, warn, show, hide });
  return { api, emit, jar, warn, show, hide, store };
}

describe('consentGate.get', () => {
  it('reports no decision and nothing granted on a first opt-in visit', () => {
    const { api } = setup();
    expect(api.get()).toEqual({
      decided: false,
      purposes: { analytics: false, ads: false, customization: false, login: false },
      revision: '1',
      timestamp: null,
      id: null,
    });
  });

  it('reports every purpose granted before a decision in opt-out mode, except ads under GPC', () => {
    const { api } = setup({ mode: 'opt-out' }, ['ads']);
    expect(api.get().purposes).toEqual({ analytics: true, ads: false, customization: true, login: true });
    expect(api.get().decided).toBe(false);
  });
});

describe('consentGate.accept / reject / set', () => {
  it('accept() grants every purpose and stores one cookie with a fresh id', () => {
    const { api, jar } = setup();
    api.accept();
    const state = api.get();
    expect(state.decided).toBe(true);
    expect(Object.values(state.purposes).every(Boolean)).toBe(true);
    expect(state.timestamp).toBe(1_700_000_000_000);
    expect(jar.values.get('consent_gate')).toEqual([`1~1~${(1_700_000_000).toString(36)}~${state.id}~analytics.ads.customization.login`]);
  });

  it('accept(list) grants only the listed purposes and leaves the decision incomplete', () => {
    const { api } = setup();
    api.accept(['analytics', 'unknown']);
    expect(api.get().purposes).toEqual({ analytics: true, ads: false, customization: false, login: false });
    expect(api.get().decided).toBe(false);
    expect(api.has('analytics')).toBe(true);
    expect(api.has('unknown')).toBe(false);
  });

  it('reject() refuses every optional purpose; necessary stays granted', () => {
    const { api } = setup();
    api.accept();
    api.reject();
    expect(api.get().purposes).toEqual({ analytics: false, ads: false, customization: false, login: false });
    expect(api.has('necessary')).toBe(true);
  });

  it('set() changes only the purposes it names', () => {
    const { api } = setup();
    api.reject();
    api.set({ ads: true });
    expect(api.get().purposes).toEqual({ analytics: false, ads: true, customization: false, login: false });
  });

  it('a call with a wrong argument type grants nothing and warns', () => {
    const { api, warn } = setup();
    api.accept('analytics' as unknown as string[]);
    api.set(null as unknown as Record<string, boolean>);
    expect(api.get().purposes.analytics).toBe(false);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('reset() forgets the decision', () => {
    const { api, jar } = setup();
    api.accept();
    api.reset();
    expect(api.get().decided).toBe(false);
    expect(jar.values.has('consent_gate')).toBe(false);
  });
});

describe('events', () => {
  it('calls on("change") listeners and dispatches consent-gate:change on document with get()', () => {
    const { api } = setup();
    const seen: unknown[] = [];
    const dispatched: unknown[] = [];
    const off = api.on('change', (s) => seen.push(s.purposes.ads));
    const listener = (e: Event) => dispatched.push((e as CustomEvent).detail.decided);
    document.addEventListener('consent-gate:change', listener);
    api.accept();
    off();
    api.reject();
    document.removeEventListener('consent-gate:change', listener);
    expect(seen).toEqual([true]);
    expect(dispatched).toEqual([true, true]);
  });

  it('a throwing listener does not stop the others', () => {
    const { api, warn } = setup();
    const after = vi.fn();
    api.on('change', () => {
      throw new Error('boom');
    });
    api.on('change', after);
    api.accept();
    expect(after).toHaveBeenCalledOnce();
    expect(warn).toHaveBeenCalled();
  });

  it('a page listener of consent-gate:change that throws stops neither the decision nor later changes', () => {
    const { api } = setup();
    const seen: boolean[] = [];
    const reported = vi.fn((e: ErrorEvent) => e.preventDefault());
    window.addEventListener('error', reported);
    const broken = () => {
      throw new Error('page bug');
    };
    document.addEventListener('consent-gate:change', broken);
    api.on('change', (s) => seen.push(s.purposes.ads));
    expect(() => api.accept()).not.toThrow();
    api.reject();
    document.removeEventListener('consent-gate:change', broken);
    window.removeEventListener('error', reported);
    expect(seen).toEqual([true, false]);
    expect(api.get().decided).toBe(true);
    expect(reported).toHaveBeenCalledTimes(2);
  });

  it('show and hide reach their listeners', () => {
    const { api, emit, show } = setup();
    const views: string[] = [];
    api.on('show', () => views.push('show'));
    api.on('hide', () => views.push('hide'));
    api.show();
    expect(show).toHaveBeenCalled();
    emit('show');
    emit('hide');
    expect(views).toEqual(['show', 'hide']);
  });
});
