import type { ConsentState } from '../types';
import { readDecision, stateOf, valuesOf, type ReadRules } from './decision-reader';

/** The built-in purposes, the default of `data-purposes` (docs/attributes.md#purposes). */
const BUILT_IN = ['analytics', 'ads', 'customization', 'login'] as const;
const PURPOSE_ID = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;

/** The site's settings, as on its script tag: the server must read with the same ones. */
export interface ParseOptions {
  /** Cookie name, default `consent_gate` (the site's `data-cookie-name`). */
  name?: string;
  /** The site's `data-purposes`, default the four built-ins. */
  purposes?: string | readonly string[];
  /** The site's `data-mode`, default `opt-in`. */
  mode?: 'opt-in' | 'opt-out';
  /** Only a decision made under this revision is current (the site's `data-revision`, default `1`). */
  revision?: string | number;
  /** Only a decision at most this many days old is current (the site's `data-expires`, default 182). */
  maxAgeDays?: number;
  /**
   * `true` when the request carries Global Privacy Control (`Sec-GPC: 1`) and
   * the site respects it (`data-gpc="respect"`, the default): ads read as
   * refused before any decision, as in the browser.
   */
  gpc?: boolean;
  /** Current time in ms, for tests. */
  now?: number;
}

/** An own property only: a polluted `Object.prototype.mode` must not reach the reading. */
function own(options: unknown, key: keyof ParseOptions): unknown {
  return typeof options === 'object' && options !== null && Object.prototype.hasOwnProperty.call(options, key)
    ? (options as Record<string, unknown>)[key]
    : undefined;
}

function rulesFrom(options: unknown): ReadRules & { name: string; now: number } {
  const purposes = own(options, 'purposes');
  const list = typeof purposes === 'string' ? purposes.split(/[\s,]+/) : Array.isArray(purposes) ? purposes : BUILT_IN;
  const valid = [...new Set(list.filter((p): p is string => typeof p === 'string' && PURPOSE_ID.test(p) && p !== 'necessary'))];
  const revision = own(options, 'revision');
  const maxAge = own(options, 'maxAgeDays');
  const now = own(options, 'now');
  const name = own(options, 'name');
  return {
    name: typeof name === 'string' && name ? name : 'consent_gate',
    purposes: valid.length ? valid : [...BUILT_IN],
    // Anything but exactly 'opt-out' reads as opt-in: the reading that grants nothing undecided.
    mode: own(options, 'mode') === 'opt-out' ? 'opt-out' : 'opt-in',
    revision: typeof revision === 'string' || typeof revision === 'number' ? String(revision).trim() : '1',
    expires: typeof maxAge === 'number' && maxAge >= 0 ? maxAge : 182,
    now: typeof now === 'number' && Number.isFinite(now) ? now : Date.now(),
  };
}

/**
 * Reads the visitor's consent from a request's `Cookie` header (docs/server.md#parseconsentcookie) with
 * the same reader as the browser (`readDecision`): the same shape as
 * `consentGate.get()`, and the same decision the visitor's browser reaches
 * from the same cookies. Pass the site's settings (at least `revision` and
 * `maxAgeDays` when the tag sets `data-revision` or `data-expires`).
 * Without a header or a valid decision: `decided: false` and every purpose
 * `false` (in opt-out mode, `true` unless refused). Never throws; uses no DOM.
 *
 * @example
 * import { parseConsentCookie } from 'consent-gate/server';
 * const consent = parseConsentCookie(req.headers.cookie, { revision: '3', maxAgeDays: 182 });
 * if (consent.purposes.analytics) { ... }
 */
export function parseConsentCookie(header: unknown, options?: ParseOptions | null): ConsentState {
  const rules = rulesFrom(options);
  // A header far beyond what browsers send is not read: it counts as one damaged copy (refuses everything).
  const values = typeof header !== 'string' ? [] : header.length > 65_536 ? [''] : valuesOf(header, rules.name);
  const signalRefused = own(options, 'gpc') === true && rules.purposes.includes('ads') ? ['ads'] : [];
  return stateOf(readDecision(values, rules, rules.now), rules, signalRefused);
}
