/**
 * Where a misspelt or misplaced key of the JSON config most likely belongs
 * (issue 18): the "did you mean" of the full check (`json-config.ts`). Only
 * the check file and the audit CLI carry it; the UI file reads silently.
 */
import { TEXT_KEYS } from '../i18n/keys';
import { attributeName, DEFAULT_PURPOSES, OPTION_KEYS } from './keys';

/** A known key (or a name site owners use for it) and where it belongs, e.g. `['expires', 'purposes.<id>.cookies[n].duration']`. */
type Place = readonly [key: string, place: string];
/** Each key in `keys` (space-separated, or a list) with the place `at` gives it. */
const places = (keys: string | readonly string[], at: (key: string) => string): Place[] =>
  (typeof keys === 'string' ? keys.split(' ') : keys).map((key) => [key, at(key)]);

/**
 * Every place a key can have, anywhere in the config or on the script tag: an
 * unknown key is matched against all of them, so a key at the wrong level is
 * told where it belongs. Earlier entries win a tie.
 */
const PLACES: readonly Place[] = [
  ...places('purposes texts', String),
  ...places('label description cookies', (k) => `purposes.<id>.${k}`),
  ...places('name title', () => 'purposes.<id>.label'),
  ...places('info details', () => 'purposes.<id>.description'),
  ...places('name provider duration', (k) => `purposes.<id>.cookies[n].${k}`),
  ...places('expires expiry expiration lifetime maxAge max-age ttl', () => 'purposes.<id>.cookies[n].duration'),
  ...places('vendor company owner domain', () => 'purposes.<id>.cookies[n].provider'),
  ...places(DEFAULT_PURPOSES, (k) => `purposes.${k}`),
  ...places(TEXT_KEYS, (k) => `texts.<lang>.${k}`),
  ...places(OPTION_KEYS, (k) => `${attributeName(k)}="…" on the script tag`),
];

/**
 * A place with its `<id>`, `<lang>` and `[n]` filled in from the table the key
 * was found in, as far as that table's path leads the same way:
 * `purposes.<id>.label` seen from `purposes.analytics` is `purposes.analytics.label`.
 */
function fill(place: string, parent: string): string {
  const at = parent.split('.');
  let same = true;
  return place
    .split('.')
    .map((part, i) => ((same = same && at[i] !== undefined && (part === at[i] || /[<[]/.test(part))) ? at[i] : part))
    .join('.');
}

/** Edit distance (insertions, deletions, substitutions) of two keys. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * Where a misspelt or misplaced key most likely belongs, seen from the table
 * at `parent`: the place of the known key with the same letters ignoring
 * case, else the nearest within two edits and fewer than half its letters
 * (so a language code such as `de` is not read as `ads`). A place inside
 * `parent` wins over one elsewhere.
 *
 * @example
 * nearest('acceptAl', 'texts.en') // 'texts.en.acceptAll'
 * nearest('cookies', '') // 'purposes.<id>.cookies'
 */
export function nearest(key: string, parent: string): string | undefined {
  let best: string | undefined;
  let least = Math.min(2.5, key.length / 2 - 0.5);
  for (const [name, place] of PLACES) {
    const filled = fill(place, parent);
    const score = distance(key.toLowerCase(), name.toLowerCase()) - (filled.startsWith(parent) ? 0.5 : 0);
    if (score < least) [best, least] = [filled, score];
  }
  return best;
}
