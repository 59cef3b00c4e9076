import type { Decision } from '../types';
import { decodeDecision, isCurrent } from './cookie-format';

export interface ParseOptions {
  /** Cookie name, default `consent_gate` (the site's `data-cookie-name`). */
  name?: string;
  /** Only a decision made under this revision counts (the site's `data-revision`). */
  revision?: string | number;
  /** Only a decision at most this many days old counts (the site's `data-expires`). */
  maxAgeDays?: number;
  /** Current time in ms, for tests. */
  now?: number;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Every value of `name` in a Cookie header (RFC 6265 5.4: several when paths or domains differ). */
function valuesIn(header: string, name: string): string[] {
  const values: string[] = [];
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) values.push(pair.slice(at + 1).trim());
  }
  return values;
}

/**
 * Reads the decision from a whole `Cookie` header or from the bare cookie
 * value (docs/cookie.md#when-a-stored-decision-counts); `null` when there is none, it does not parse, or it fails
 * the revision or age given. When several cookies of that name are sent, the
 * newest valid one counts, as in the browser. Never throws; uses no DOM.
 *
 * @example
 * import { parseConsentCookie } from 'consent-gate/server';
 * const decision = parseConsentCookie(req.headers.cookie, { revision: '3', maxAgeDays: 182 });
 * if (decision?.choices.analytics === true) { ... }
 */
export function parseConsentCookie(headerOrValue: unknown, options?: ParseOptions | null): Decision | null {
  if (typeof headerOrValue !== 'string' || headerOrValue.length > 16_384) return null;
  const { name = 'consent_gate', revision, maxAgeDays = Infinity, now = Date.now() } = options ?? {};
  // A version-1 value never holds `=`: with one, this is a whole header.
  const values = headerOrValue.includes('=') ? valuesIn(headerOrValue, String(name)) : [headerOrValue.trim()];
  let best: Decision | null = null;
  for (const value of values) {
    const decision = decodeDecision(safeDecode(value.replace(/^"(.*)"$/, '$1')));
    if (!decision || !isCurrent(decision, revision == null ? decision.revision : String(revision), maxAgeDays, now)) continue;
    if (!best || decision.timestamp > best.timestamp) best = decision;
  }
  return best;
}
