import type { Decision } from '../types';
import { decodeDecision, isCurrent } from './cookie-format';

export interface ParseOptions {
  /** Cookie name, default `consent_gate`. */
  name?: string;
  /** Only a decision made under this revision counts. */
  revision?: string;
  /** Only a decision at most this many days old counts. */
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

/**
 * Reads the decision from a whole `Cookie` header or from the bare cookie
 * value; `null` when there is none, it does not parse, or it fails the
 * revision or age given. Never throws; uses no DOM.
 *
 * @example
 * const decision = parseConsentCookie(req.headers.cookie, { revision: '3' });
 * if (decision?.choices.analytics) { ... }
 */
export function parseConsentCookie(headerOrValue: unknown, options: ParseOptions = {}): Decision | null {
  if (typeof headerOrValue !== 'string' || headerOrValue.length > 16_384) return null;
  const name = options.name ?? 'consent_gate';
  let value: string | undefined;
  if (headerOrValue.includes('=')) {
    for (const pair of headerOrValue.split(';')) {
      const at = pair.indexOf('=');
      if (at > 0 && pair.slice(0, at).trim() === name) {
        value = pair.slice(at + 1).trim();
        break;
      }
    }
  } else value = headerOrValue.trim();
  if (value === undefined) return null;
  const decision = decodeDecision(safeDecode(value.replace(/^"(.*)"$/, '$1')));
  if (!decision) return null;
  const revision = options.revision ?? decision.revision;
  const maxAge = options.maxAgeDays ?? Infinity;
  return isCurrent(decision, revision, maxAge, options.now ?? Date.now()) ? decision : null;
}
