import type { Settings } from '../config/settings';
import type { ConsentState, Decision } from '../types';
import { createEmitter } from '../util/emitter';
import type { Warn } from '../util/warn';
import { MAX_COOKIE_DAYS, type CookieJar } from './cookie-jar';
import { decodeDecision, encodeDecision, randomId } from './cookie-format';
import { choicesOf, readDecision, stateOf, type Reading } from './decision-reader';
import { hasOwn } from '../util/own';
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
 * creation by the one reader (`readDecision`, shared with `parseConsentCookie`):
 * copies that disagree merge to the most restrictive choice, a damaged copy
 * refuses everything, a value of another revision or past `data-expires` is
 * no decision (docs/cookie.md#when-a-stored-decision-counts), though in opt-out mode its refusals hold. Deciding and
 * resetting delete every copy the page can reach before writing.
 * When the browser refuses the cookie the decision is kept in memory for this
 * page view, so the visitor is not asked again and again.
 *
 * @example
 * const store = createStore({ settings, jar: createCookieJar(document), warn, now: Date.now, crypto, signalRefused: [] });
 * store.subscribe(() => console.log(store.get()));
 */
export function createStore(env: StoreEnv): Store {
  const { settings, jar, warn, signalRefused } = env;
  const { cookieName: name, cookieDomain: domain } = settings;
  const emitter = createEmitter<{ change: boolean }>((e) => warn('a consent listener threw', e));
  let memoryOnly = false;
  let method: DecisionMethod | null = null;

  const read = (): Reading => readDecision(jar.getAll(name), settings, env.now());
  let reading = read();

  const commit = (next: Reading, local: boolean, how: DecisionMethod | null = null) => {
    reading = next;
    method = how;
    emitter.emit('change', local);
  };

  /** Deletes every copy we can reach: host-only, the cookie domain, every parent domain, each path this page sees. */
  const removeEveryCopy = () => {
    for (const place of jar.places(domain)) jar.remove(name, place);
  };

  /** Opt-out keeps a refusal past `data-expires` (and up to the browser's cap on a cookie's life). */
  const lifetime = (choices: Readonly<Record<string, boolean>>) =>
    settings.mode === 'opt-out' && Object.values(choices).includes(false) ? MAX_COOKIE_DAYS : settings.expires;

  // Renew a lasting opt-out refusal as stored (same value, same date): it must not lapse while the visitor returns.
  const stored = jar.getAll(name);
  const only = stored.length === 1 && !reading.damaged && decodeDecision(stored[0]);
  if (only && lifetime(only.choices) === MAX_COOKIE_DAYS) jar.set(name, stored[0]!, { days: MAX_COOKIE_DAYS, domain });

  return {
    choices: () => choicesOf(reading, settings, signalRefused),
    get: () => stateOf(reading, settings, signalRefused),
    decide(given, how = 'api') {
      // Purposes this page does not configure are kept as stored, never added (fail closed).
      const choices: Record<string, boolean> = Object.assign(Object.create(null), reading.decision?.choices);
      for (const p of reading.refused) choices[p] = false;
      for (const p of settings.purposes) {
        const value = hasOwn(given, p) ? given[p] : undefined;
        if (typeof value === 'boolean') choices[p] = value;
      }
      const timestamp = Math.floor(env.now() / 1000) * 1000;
      const decision: Decision = { revision: settings.revision, timestamp, id: randomId(env.crypto), choices };
      // The new decision is the only copy: a stray one (a parent domain, a deeper path) would otherwise merge with it.
      removeEveryCopy();
      // A failed read-back is a refusal, unless another tab's decision landed just after ours (same second or later).
      memoryOnly =
        !jar.set(name, encodeDecision(decision), { days: lifetime(choices), domain }) && (read().decision?.timestamp ?? -1) < timestamp;
      if (memoryOnly) warn('the browser did not store the consent cookie; the choice holds for this page view only');
      commit({ decision, refused: [], damaged: false }, true, how);
    },
    reset() {
      removeEveryCopy();
      memoryOnly = false;
      commit(read(), true);
    },
    refresh() {
      if (memoryOnly) return;
      // Compare readings, not cookie strings: another tab may write between our write and our read-back.
      const next = read();
      if (key(next) !== key(reading)) commit(next, false);
    },
    method: () => method,
    subscribe: (listener) => emitter.on('change', listener),
  };
}

/** What a subscriber could see of a reading: two readings with the same key are the same to them. */
function key(r: Reading): string {
  return JSON.stringify([r.decision?.id, r.damaged, r.refused, r.decision && Object.entries(r.decision.choices).sort()]);
}
