import type { ConsentState, Decision } from '../types';
import { decodeDecision } from './cookie-format';
import { hasOwn } from '../util/own';

/** What decides how stored values are read: the same settings on the page and on the server. */
export interface ReadRules {
  /** The configured optional purposes. */
  readonly purposes: readonly string[];
  readonly mode: 'opt-in' | 'opt-out';
  /** Only a decision made under this revision is current (`data-revision`). */
  readonly revision: string;
  /** Only a decision at most this many days old is current (`data-expires`). */
  readonly expires: number;
}

/**
 * How far ahead of our clock a decision may be dated: a few minutes of skew
 * between the clocks of the visitor's devices, no more. A value dated further
 * ahead was not written by us and counts as damaged (a forged future date
 * would otherwise win every comparison and never expire).
 */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/** Every stored copy of the decision, merged into one reading. */
export interface Reading {
  /**
   * The current decision: the id and time of the newest current copy, and per
   * purpose the most restrictive choice among all copies (a refusal wins).
   * `null` when no copy is current.
   */
  readonly decision: Decision | null;
  /**
   * Purposes refused by a copy that no longer counts as a decision: in
   * opt-out mode a refusal made under an older revision or past
   * `data-expires` still holds (docs/configuration.md#opt-out-mode-keeps-a-refusal; a US opt-out must not lapse by itself).
   */
  readonly refused: readonly string[];
  /**
   * A copy does not parse or is dated in the future: nothing is granted and
   * there is no decision (in opt-out mode every purpose reads as refused).
   */
  readonly damaged: boolean;
}

/** The values stored under `name` in a cookie string (moved next to the rule it applies). */
export { valuesOf } from './cookie-pairs';

/**
 * Reads every stored copy of the consent cookie (several when paths or
 * domains differ, or a sibling subdomain wrote one) the same way in the
 * browser and on the server:
 *
 * - A copy is used only exactly as stored: quoted or percent-encoded values
 *   do not parse (the format needs no encoding, so nothing of ours is encoded).
 * - Copies that disagree merge per purpose to the most restrictive choice: a
 *   refusal wins over a grant, whatever their dates.
 * - A copy that does not parse, or is dated more than `MAX_CLOCK_SKEW_MS`
 *   ahead, is damaged: nothing is granted and nothing is decided (in opt-out
 *   mode, the most restrictive reading: every purpose refused).
 * - A copy of another revision or older than `expires` days is no decision; in
 *   opt-out mode its refusals still hold.
 *
 * Pure, never throws.
 *
 * @example
 * const reading = readDecision(valuesOf(document.cookie, 'consent_gate'), settings, Date.now());
 * stateOf(reading, settings, []).purposes.analytics; // true only when granted
 */
export function readDecision(values: readonly string[], rules: ReadRules, now: number): Reading {
  const current: Decision[] = [];
  const stale: Decision[] = [];
  let damaged = false;
  for (const value of values) {
    const d = decodeDecision(value);
    if (!d || d.timestamp - now > MAX_CLOCK_SKEW_MS) damaged = true;
    else if (d.revision === rules.revision && now - d.timestamp <= rules.expires * 86_400_000) current.push(d);
    else stale.push(d);
  }
  // Refusals that outlive their decision: only in opt-out mode, where undecided means granted.
  const lasting = rules.mode === 'opt-out' ? stale.flatMap((d) => Object.keys(d.choices).filter((p) => !d.choices[p])) : [];
  if (!current.length) return { decision: null, refused: [...new Set(lasting)], damaged };
  const choices: Record<string, boolean> = Object.create(null);
  for (const d of current) for (const p of Object.keys(d.choices)) choices[p] = (choices[p] ?? true) && d.choices[p]!;
  for (const p of lasting) choices[p] = false;
  const newest = current.reduce((a, b) => (b.timestamp > a.timestamp ? b : a));
  return { decision: { ...newest, choices }, refused: [], damaged };
}

/**
 * Each configured purpose: granted, refused or undecided, from a reading,
 * the mode, and the purposes a browser signal refuses (GPC; none on a server).
 * A null-prototype object: `Object.prototype.ads = true` is no grant.
 */
export function choicesOf(reading: Reading, rules: ReadRules, signalRefused: readonly string[]): Record<string, boolean | undefined> {
  const out: Record<string, boolean | undefined> = Object.create(null);
  const { decision } = reading;
  // What an undecided purpose reads as: granted only in opt-out mode.
  const undecided = rules.mode === 'opt-out' || undefined;
  for (const p of rules.purposes) {
    const stored = decision && hasOwn(decision.choices, p) ? decision.choices[p] : undefined;
    out[p] =
      reading.refused.includes(p) || stored === false
        ? false
        : // A damaged copy grants nothing: opt-out reads it as a refusal, opt-in as no decision.
          reading.damaged
          ? undecided && false
          : (stored ?? (!signalRefused.includes(p) && undecided));
  }
  return out;
}

/**
 * The public state (`consentGate.get()`, and `parseConsentCookie` on a
 * server): one shape, one type, from one reading.
 */
export function stateOf(reading: Reading, rules: ReadRules, signalRefused: readonly string[]): ConsentState {
  const choices = choicesOf(reading, rules, signalRefused);
  const purposes = Object.fromEntries(rules.purposes.map((p) => [p, choices[p] === true]));
  const { decision } = reading;
  return {
    decided: !!decision && !reading.damaged && rules.purposes.every((p) => hasOwn(decision.choices, p)),
    purposes,
    revision: rules.revision,
    timestamp: decision?.timestamp ?? null,
    id: decision?.id ?? null,
  };
}
