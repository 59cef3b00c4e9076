/**
 * The JSON config's full validation, with a hint for every unknown or
 * misplaced key (issue 18). It runs on the UI side, when the UI mounts (the
 * UI is what shows labels, descriptions and texts), and in the audit CLI; the
 * core reads only the cookie names and languages it acts on (`json-core.ts`).
 */
import { TEXT_KEYS } from '../i18n/keys';
import type { Warn } from '../util/warn';
import { isRecord, own } from './json-core';
import { attributeName, COOKIE_NAME, DEFAULT_PURPOSES, FORBIDDEN_KEYS, LANG, MAX_COOKIES, OPTION_KEYS, PURPOSE_ID } from './keys';

export { parseJsonText, safeEntries } from './json-core';

/** A cookie declaration after validation: always an object with a name. */
export interface CookieInfo {
  name: string;
  provider?: string;
  duration?: string;
  description?: string;
}

/** Per-language strings; the key `*` holds a text given for every language. */
export type LocalizedText = Readonly<Record<string, string>>;

export interface PurposeInfo {
  label: LocalizedText;
  description: LocalizedText;
  cookies: readonly CookieInfo[];
}

/** The JSON config after validation: only known shapes, only strings, no prototype keys. */
export interface CleanJsonConfig {
  purposes: Readonly<Record<string, PurposeInfo>>;
  texts: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

const MAX_TEXT = 2_000;
const MAX_WARNINGS = 20;
const A_TEXT = `a text of at most ${MAX_TEXT} characters`;

const LANGS = [LANG, 'language codes such as en or de-AT'] as const;
const PURPOSE_KEYS = ['label', 'description', 'cookies'];
const COOKIE_KEYS = ['name', 'provider', 'duration', 'description'];
const TEXT_KEY_LIST: readonly string[] = TEXT_KEYS;

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

const quote = (path: string) => JSON.stringify(path.length > 60 ? path.slice(0, 60) + '…' : path);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT;

/**
 * Keeps only what the JSON config may hold (docs/configuration.md,
 * docs/config.schema.json): purpose labels, descriptions and cookie
 * declarations, and text overrides per language. Every unknown or misplaced
 * key is told once with its path and where it most likely belongs (a
 * top-level `cookies` would otherwise be dropped silently and withdrawal
 * would delete nothing); wrong types are told and dropped. Only own
 * properties are read; `__proto__`, `constructor` and `prototype` are refused.
 *
 * @example
 * cleanJsonConfig({ cookies: { analytics: ['_ga'] } }, warn);
 * // warns: the JSON config key "cookies" is not known and is ignored; did you mean purposes.<id>.cookies?
 */
export function cleanJsonConfig(value: unknown, warn: Warn, configured?: readonly string[]): CleanJsonConfig {
  const purposes: Record<string, PurposeInfo> = Object.create(null);
  const texts: Record<string, Record<string, string>> = Object.create(null);
  let told = 0;
  const tell = (path: string, problem: string) => {
    if (++told <= MAX_WARNINGS) warn(`the JSON config ${path ? `key ${quote(path)} ` : ''}${problem}`);
    else if (told === MAX_WARNINGS + 1) warn('the JSON config has more problems than these; see docs/configuration.md');
  };
  const wrong = (path: string, expected: string) => tell(path, `must be ${expected}; ignoring it`);

  /**
   * The entries of the table at `path` whose keys are known: in the list, or
   * matching the pattern (purpose ids, language codes). Any other key is told
   * with the place it most likely belongs (`hints`), or with what is known here.
   */
  const known = (
    table: unknown,
    path: string,
    keys: readonly string[] | readonly [RegExp, string],
    hints = true,
    expected = 'an object',
  ) => {
    const entries: Array<[string, unknown]> = [];
    const [re, what] = keys[0] instanceof RegExp ? (keys as readonly [RegExp, string]) : [];
    if (table !== undefined && !isRecord(table)) wrong(path, expected);
    else
      for (const key of Object.keys(table ?? {})) {
        const at = path ? `${path}.${key}` : key;
        if (FORBIDDEN_KEYS.includes(key)) tell(at, 'is not allowed and is ignored');
        else if (re ? re.test(key) : keys.includes(key)) entries.push([key, table![key]]);
        else {
          const place = (hints && nearest(key, path)) || (!path && LANG.test(key) ? `texts.${key}` : '');
          tell(at, `is not known and is ignored; ${place ? `did you mean ${place}?` : `known here: ${what ?? keys.join(', ')}`}`);
        }
      }
    return entries;
  };

  /** A text, or `{ lang: text }`: `*` holds the text given for every language. */
  const localized = (path: string, text: unknown): LocalizedText => {
    const out: Record<string, string> = Object.create(null);
    const keys = [/^(\*|[a-z]{2,3}(-[a-z0-9]{2,8})*)$/i, LANGS[1] + ', or *'] as const;
    for (const [lang, t] of known(
      typeof text === 'string' ? { '*': text } : text,
      path,
      keys,
      false,
      'a text or { language code: text }',
    )) {
      if (isText(t)) out[lang.toLowerCase()] = t;
      else wrong(path + (lang === '*' ? '' : `.${lang}`), A_TEXT);
    }
    return out;
  };

  const cookie = (path: string, item: unknown): CookieInfo[] => {
    const name = typeof item === 'string' ? item : own(item, 'name');
    if (typeof name !== 'string' || !COOKIE_NAME.test(name))
      return (wrong(path, 'a cookie name (or { name }) without ";", "=" or spaces'), []);
    const info: CookieInfo = { name };
    if (isRecord(item))
      for (const [key, text] of known(item, path, COOKIE_KEYS))
        if (!isText(text)) wrong(`${path}.${key}`, A_TEXT);
        else if (key !== 'name') info[key as 'provider'] = text;
    return [info];
  };

  if (value !== undefined && !isRecord(value)) return (tell('', 'must be an object; ignoring it'), { purposes, texts });
  known(value, '', ['purposes', 'texts', '$schema']);
  // `$schema` is for editors (docs/config.schema.json); it must still be a string to be one.
  const schema = own(value, '$schema');
  if (schema !== undefined && typeof schema !== 'string') wrong('$schema', 'a text');

  for (const [id, info] of known(own(value, 'purposes'), 'purposes', [PURPOSE_ID, 'purpose ids as in data-purposes'])) {
    const path = `purposes.${id}`;
    known(info ?? null, path, PURPOSE_KEYS);
    if (!isRecord(info)) continue;
    if (configured && id !== 'necessary' && !configured.includes(id))
      tell(path, 'is not in data-purposes: it is never shown and its cookies are never cleared');
    const list = own(info, 'cookies');
    if (list !== undefined && !Array.isArray(list)) wrong(`${path}.cookies`, 'a list');
    if (Array.isArray(list) && list.length > MAX_COOKIES) tell(`${path}.cookies`, `lists over ${MAX_COOKIES} cookies; ignoring the rest`);
    purposes[id] = {
      label: localized(`${path}.label`, own(info, 'label')),
      description: localized(`${path}.description`, own(info, 'description')),
      cookies: (Array.isArray(list) ? list.slice(0, MAX_COOKIES) : []).flatMap((item, n) => cookie(`${path}.cookies[${n}]`, item)),
    };
  }

  for (const [lang, table] of known(own(value, 'texts'), 'texts', LANGS)) {
    const path = `texts.${lang}`;
    const clean: Record<string, string> = Object.create(null);
    for (const [key, text] of known(table ?? null, path, TEXT_KEY_LIST))
      if (isText(text)) clean[key] = text;
      else wrong(`${path}.${key}`, A_TEXT);
    if (isRecord(table)) texts[lang.toLowerCase()] = clean;
  }
  return { purposes, texts };
}
