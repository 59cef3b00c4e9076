import type { Decision } from '../types';

/**
 * The consent cookie value, format version 1 (docs/cookie.md#format):
 *
 *     1~<revision>~<time>~<id>~<choices>
 *     1~3~sm4q2k~5f0c9a7e12b4d6e8~analytics.!ads.customization.!login
 *
 * - `1`: format version. Any other version counts as no decision.
 * - revision: the site's `data-revision`, `[A-Za-z0-9_.-]{1,32}`.
 * - time: decision time, whole seconds since the epoch in base 36.
 * - id: 16 lowercase hex digits, random per decision.
 * - choices: purpose ids separated by `.`; `!` before an id means refused.
 *
 * Every character is a cookie-octet of RFC 6265 4.1.1, so the value needs no
 * encoding. No DOM is used here: servers parse with the same code.
 */
export const FORMAT_VERSION = '1';
const SEP = '~';
const REVISION = /^[A-Za-z0-9_.-]{1,32}$/;
const TIME = /^[0-9a-z]{1,9}$/;
const ID = /^[0-9a-f]{16}$/;
const CHOICE = /^(!?)([A-Za-z][A-Za-z0-9_-]{0,31})$/;
const MAX_LENGTH = 2048;
const MAX_CHOICES = 64;

/** Encodes a decision. Purposes whose ids are not valid are left out. */
export function encodeDecision(decision: Decision): string {
  const choices = Object.keys(decision.choices)
    .filter((p) => CHOICE.test(p) && !p.startsWith('!'))
    .slice(0, MAX_CHOICES)
    .map((p) => (decision.choices[p] ? p : '!' + p));
  const seconds = Math.max(0, Math.floor(decision.timestamp / 1000));
  return [FORMAT_VERSION, decision.revision, seconds.toString(36), decision.id, choices.join('.')].join(SEP);
}

/**
 * Parses a cookie value into a decision, or `null` for anything that is not a
 * well-formed version-1 value. Never throws, whatever the input.
 *
 * @example
 * decodeDecision('1~1~sm4q2k~5f0c9a7e12b4d6e8~analytics.!ads')
 * // { revision: '1', timestamp: …, id: '5f0c9a7e12b4d6e8', choices: { analytics: true, ads: false } }
 */
export function decodeDecision(value: unknown): Decision | null {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return null;
  const parts = value.split(SEP);
  if (parts.length !== 5) return null;
  const [version, revision, time, id, list] = parts as [string, string, string, string, string];
  if (version !== FORMAT_VERSION || !REVISION.test(revision) || !TIME.test(time) || !ID.test(id)) return null;
  const choices: Record<string, boolean> = Object.create(null);
  const items = list ? list.split('.') : [];
  if (items.length > MAX_CHOICES) return null;
  for (const item of items) {
    const match = CHOICE.exec(item);
    // A purpose listed twice is ambiguous: the whole value is refused rather than guessed.
    if (!match || match[2]! in choices) return null;
    choices[match[2]!] = !match[1];
  }
  return { revision, timestamp: parseInt(time, 36) * 1000, id, choices };
}

/**
 * Whether a decision still holds: same revision, not older than `maxAgeDays`,
 * and not dated more than a day into the future (a forged far-future time
 * would otherwise never expire).
 */
export function isCurrent(decision: Decision, revision: string, maxAgeDays: number, now: number): boolean {
  const age = now - decision.timestamp;
  return decision.revision === revision && age <= maxAgeDays * 86_400_000 && age >= -86_400_000;
}

/** A fresh random decision id: 8 bytes from `crypto.getRandomValues`, as hex. */
export function randomId(crypto: Pick<Crypto, 'getRandomValues'>): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => (b < 16 ? '0' : '') + b.toString(16)).join('');
}
