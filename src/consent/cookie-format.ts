import type { Decision } from '../types';
import { TOKEN } from './purposes';

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
/**
 * Version, revision, time and id in one pattern. The choices part may not
 * hold `~` either: each choice must match `TOKEN`, which has none.
 */
const FORMAT = /^1~([A-Za-z0-9_.-]{1,32})~([0-9a-z]{1,9})~([0-9a-f]{16})~(.*)$/;
const MAX_CHOICES = 64;

/**
 * Encodes a decision. Purposes whose ids are not valid are left out. The time
 * is stored in whole seconds; a time before the epoch (never made by the store,
 * which reads the clock) would not parse back, so counts as damaged (fail closed).
 */
export function encodeDecision(decision: Decision): string {
  const { choices } = decision;
  const list = Object.keys(choices)
    // `!` + id matches TOKEN only when the id itself is valid and has no `!` of its own.
    .filter((p) => TOKEN.test('!' + p))
    .slice(0, MAX_CHOICES)
    .map((p) => (choices[p] ? p : '!' + p));
  return [FORMAT_VERSION, decision.revision, Math.floor(decision.timestamp / 1000).toString(36), decision.id, list.join('.')].join('~');
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
  const parts = typeof value === 'string' && value.length <= 2048 ? FORMAT.exec(value) : null;
  if (!parts) return null;
  const [, revision, time, id, list] = parts as unknown as [string, string, string, string, string];
  const choices: Record<string, boolean> = Object.create(null);
  const items = list ? list.split('.') : [];
  if (items.length > MAX_CHOICES) return null;
  for (const item of items) {
    const match = TOKEN.exec(item);
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
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => (256 + b).toString(16).slice(1)).join('');
}
