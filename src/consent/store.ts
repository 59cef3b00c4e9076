import type { Settings } from '../config/settings';
import type { ConsentState, Decision } from '../types';
import { createEmitter } from '../util/emitter';
import type { Warn } from '../util/warn';
import type { CookieJar } from './cookie-jar';
import { decodeDecision, encodeDecision, isCurrent, randomId } from './cookie-format';
import type { Choices } from './purposes';

export interface StoreEnv {
  settings: Settings;
  jar: CookieJar;
  warn: Warn;
  now: () => number;
  crypto: Pick<Crypto, 'getRandomValues'>;
  /** Purposes a browser signal refuses before any decision (Global Privacy Control). */
  signalRefused: readonly string[];
}

/** How a decision was made, as its receipt tells (`gpc`: recorded from the Global Privacy Control signal). */
export type DecisionMethod = 'notice' | 'dialog' | 'placeholder' | 'api' | 'gpc';

/** The one source of truth for consent: the only writer of the consent cookie. */
export interface Store {
  /** Each configured purpose: granted, refused, or undecided (`undefined`). */
  choices(): Choices;
  get(): ConsentState;
  /** Records the given choices (merged with the stored ones) as a new decision, made through `method` (default `api`). */
  decide(choices: Readonly<Record<string, boolean>>, method?: DecisionMethod): void;
  /** How this tab's latest decision was made; `null` when the decision was read from the cookie or reset. */
  method(): DecisionMethod | null;
  /** Forgets the decision. */
  reset(): void;
  /** Re-reads the cookie (another tab may have decided); notifies when it changed. */
  refresh(): void;
  /**
   * Called after every change; `local` is true when this tab made it (decide, reset),
   * false when it was read from the cookie another tab wrote. Returns unsubscribe.
   */
  subscribe(listener: (local: boolean) => void): () => void;
}

/**
 * Creates the consent store over a cookie jar. The decision is read once at
 * creation; a value that does not parse, has another format version or
 * revision, or is past `data-expires` counts as no decision (docs/cookie.md#when-a-stored-decision-counts).
 * When the browser refuses the cookie the decision is kept in memory for this
 * page view, so the visitor is not asked again and again.
 *
 * @example
 * const store = createStore({ settings, jar: createCookieJar(document), warn, now: Date.now, crypto, signalRefused: [] });
 * store.subscribe(() => console.log(store.get()));
 */
export function createStore(env: StoreEnv): Store {
  const { settings, jar, warn } = env;
  const emitter = createEmitter<{ change: boolean }>((e) => warn('a consent listener threw', e));
  let decision: Decision | null = null;
  let memoryOnly = false;
  let method: DecisionMethod | null = null;

  const read = (): Decision | null => {
    const values = jar.getAll(settings.cookieName);
    // Several values (other paths or domains): the newest valid one is the visitor's latest choice.
    let best: Decision | null = null;
    for (const value of values) {
      const d = decodeDecision(value);
      if (d && isCurrent(d, settings.revision, settings.expiresDays, env.now()) && (!best || d.timestamp > best.timestamp)) best = d;
    }
    return best;
  };

  const choices = (): Choices => {
    // No prototype: a page's `Object.prototype.ads = true` must not read as a grant (api.has, Consent Mode).
    const out: Record<string, boolean | undefined> = Object.create(null);
    for (const p of settings.purposes) {
      const stored = decision && Object.prototype.hasOwnProperty.call(decision.choices, p) ? decision.choices[p] : undefined;
      out[p] = stored ?? (env.signalRefused.includes(p) ? false : settings.mode === 'opt-out' ? true : undefined);
    }
    return out;
  };

  const commit = (next: Decision | null, local: boolean, how: DecisionMethod | null = null) => {
    decision = next;
    method = how;
    emitter.emit('change', local);
  };

  decision = read();

  return {
    choices,
    get() {
      const c = choices();
      const purposes: Record<string, boolean> = {};
      for (const p of settings.purposes) purposes[p] = c[p] === true;
      return {
        decided: !!decision && settings.purposes.every((p) => Object.prototype.hasOwnProperty.call(decision!.choices, p)),
        purposes,
        revision: settings.revision,
        timestamp: decision ? decision.timestamp : null,
        id: decision ? decision.id : null,
      };
    },
    decide(given, how = 'api') {
      // Purposes this page does not configure are kept as stored, never added (fail closed).
      const merged: Record<string, boolean> = Object.assign(Object.create(null), decision?.choices);
      for (const p of settings.purposes) {
        const value = Object.prototype.hasOwnProperty.call(given, p) ? given[p] : undefined;
        if (typeof value === 'boolean') merged[p] = value;
      }
      const next: Decision = {
        revision: settings.revision,
        timestamp: Math.floor(env.now() / 1000) * 1000,
        id: randomId(env.crypto),
        choices: merged,
      };
      const value = encodeDecision(next);
      // A failed read-back is a refusal, unless another tab's decision landed just after ours (same second or later).
      memoryOnly =
        !jar.set(settings.cookieName, value, { days: settings.expiresDays, domain: settings.cookieDomain }) &&
        (read()?.timestamp ?? -1) < next.timestamp;
      if (memoryOnly) warn('the browser did not store the consent cookie; the choice holds for this page view only');
      commit(next, true, how);
    },
    reset() {
      jar.remove(settings.cookieName, settings.cookieDomain);
      if (settings.cookieDomain) jar.remove(settings.cookieName, null);
      memoryOnly = false;
      commit(null, true);
    },
    refresh() {
      if (memoryOnly) return;
      // Compare decisions, not cookie strings: another tab may write between our write and our read-back.
      const next = read();
      if (next?.id !== decision?.id) commit(next, false);
    },
    method: () => method,
    subscribe: (listener) => emitter.on('change', listener),
  };
}
