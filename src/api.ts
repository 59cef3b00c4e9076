import type { Settings } from './config/settings';
import type { Store } from './consent/store';
import type { ConsentEvent, ConsentGateApi, ConsentState } from './types';
import { dispatch } from './util/dom';
import { createEmitter } from './util/emitter';
import type { Warn } from './util/warn';

export interface ApiDeps {
  store: Store;
  settings: Settings;
  doc: Document;
  warn: Warn;
  show(): void;
  hide(): void;
}

/**
 * The public object (docs/api.md#methods). Every change is also dispatched on `document`
 * as `consent-gate:change`. Arguments are checked: a call with a wrong type
 * grants nothing and is told once.
 *
 * @example
 * const api = createApi({ store, settings, doc: document, warn, show, hide });
 * api.on('change', (state) => console.log(state.purposes));
 */
export function createApi({ store, settings, doc, warn, show, hide }: ApiDeps) {
  const events = createEmitter<Record<ConsentEvent, ConsentState>>((e) => warn('a consentGate.on() callback threw', e));

  // A page listener that throws is reported by the browser, not thrown here (dispatchEvent never rethrows).
  store.subscribe(() => {
    const state = store.get();
    events.emit('change', state);
    dispatch(doc, new CustomEvent('consent-gate:change', { detail: state }));
  });

  const api: ConsentGateApi = {
    get: () => store.get(),
    has: (purpose) => purpose === 'necessary' || store.choices()[purpose] === true,
    // No list grants every configured purpose (a frozen array, so it passes the same path).
    accept(purposes = settings.purposes as string[]) {
      if (!Array.isArray(purposes)) return warn('consentGate.accept() takes an array of purposes; nothing was granted');
      store.decide(Object.fromEntries(purposes.filter((p) => typeof p === 'string').map((p) => [p, true])));
    },
    reject: () => store.decide(Object.fromEntries(settings.purposes.map((p) => [p, false]))),
    set(choices) {
      if (typeof choices !== 'object' || choices === null) return warn('consentGate.set() takes an object of purpose: boolean');
      store.decide(choices);
    },
    show,
    hide,
    reset: () => store.reset(),
    on(event, callback) {
      if (typeof callback !== 'function') return () => {};
      return events.on(event, callback);
    },
  };
  return { api, emit: (event: ConsentEvent) => events.emit(event, store.get()) };
}

/** Symbol.for: every copy of the script in a window knows the key; markup and JSON cannot make a symbol key. */
const OURS = Symbol.for('consent-gate.api');

/**
 * Marks `api` as a consent-gate API object, under a symbol key (not
 * enumerable, not writable). A second copy of the script asks `isOurApi`;
 * `<form id="consentGate"><input name="__consentGate">` (DOM clobbering, kept
 * by common sanitizers) has no symbol-keyed property, so it cannot pass for us.
 *
 * @example
 * markOurApi(api); isOurApi(window.consentGate); // true
 */
export function markOurApi(api: object): void {
  Object.defineProperty(api, OURS, { value: true });
}

/** Whether `value` is an API object a copy of consent-gate made (see `markOurApi`). */
export const isOurApi = (value: unknown): boolean => (value as Record<symbol, unknown> | null | undefined)?.[OURS] === true;
