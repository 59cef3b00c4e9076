import type { Settings } from '../config/settings';
import type { ConsentState, Decision } from '../types';
import { createEmitter } from '../util/emitter';
import type { Warn } from '../util/warn';
import { MAX_COOKIE_DAYS, type CookieJar } from './cookie-jar';
import { decodeDecision, encodeDecision, randomId } from './cookie-format';
import { choicesOf, NO_READING, readDecision, stateOf, type Reading } from './decision-reader';
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
  const { settings, jar, warn } = env;
  const emitter = createEmitter<{ change: boolean }>((e) => warn('a consent listener threw', e));
  let reading: Reading = NO_READING;
  let memoryOnly = false;
  let method: DecisionMethod | null = null;

  const read = (): Reading => readDecision(jar.getAll(settings.cookieName), settings, env.now());

  const commit = (next: Reading, local: boolean, how: DecisionMethod | null = null) => {
    reading = next;
    method = how;
    emitter.emit('change', local);
  };

  /** Deletes every copy we can reach: host-only, the cookie domain, every parent domain, each path this page sees. */
  const removeEveryCopy = () => {
    for (const place of jar.places(settings.cookieDomain)) jar.remove(settings.cookieName, place);
  };

  /** Opt-out keeps a refusal past `data-expires` (and up to the browser's cap on a cookie's life). */
  const lifetime = (choices: Readonly<Record<string, boolean>>) =>
    settings.mode === 'opt-out' && Object.keys(choices).some((p) => choices[p] === false) ? MAX_COOKIE_DAYS : settings.expiresDays;

  reading = read();
  // Renew a lasting opt-out refusal as stored (same value, same date): it must not lapse while the visitor returns.
  const stored = jar.getAll(settings.cookieName);
  if (settings.mode === 'opt-out' && stored.length === 1 && !reading.damaged) {
    const only = decodeDecision(stored[0]);
    if (only && lifetime(only.choices) === MAX_COOKIE_DAYS)
      jar.set(settings.cookieName, stored[0]!, { days: MAX_COOKIE_DAYS, domain: settings.cookieDomain });
  }

  return {
    choices: () => choicesOf(reading, settings, env.signalRefused),
    get: () => stateOf(reading, settings, env.signalRefused),
    decide(given, how = 'api') {
      // Purposes this page does not configure are kept as stored, never added (fail closed).
      const merged: Record<string, boolean> = Object.assign(Object.create(null), reading.decision?.choices);
      for (const p of reading.refused) merged[p] = false;
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
      // The new decision is the only copy: a stray one (a parent domain, a deeper path) would otherwise merge with it.
      removeEveryCopy();
      const stored = jar.set(settings.cookieName, value, { days: lifetime(merged), domain: settings.cookieDomain });
      // A failed read-back is a refusal, unless another tab's decision landed just after ours (same second or later).
      memoryOnly = !stored && (read().decision?.timestamp ?? -1) < next.timestamp;
      if (memoryOnly) warn('the browser did not store the consent cookie; the choice holds for this page view only');
      commit({ decision: next, refused: [], damaged: false }, true, how);
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
      if (!sameReading(next, reading)) commit(next, false);
    },
    method: () => method,
    subscribe: (listener) => emitter.on('change', listener),
  };
}

/** Two readings differ when anything a subscriber could see differs. */
function sameReading(a: Reading, b: Reading): boolean {
  const key = (r: Reading) =>
    JSON.stringify([r.decision?.id ?? null, r.damaged, r.refused, r.decision ? Object.entries(r.decision.choices).sort() : null]);
  return key(a) === key(b);
}
