/**
 * What the JSON config may hold (docs/configuration.md, docs/config.schema.json),
 * in one place, for two readers: the UI file reads what it shows with no
 * `report` (silently: no message text, no key hints in it), the full check
 * (`json-config.ts`, its own file) passes a `report` that words each problem.
 * The core reads only the cookie names and languages it acts on (`json-core.ts`).
 */
import { TEXT_KEYS } from '../i18n/keys';
import { isRecord, own } from './json-core';
import { COOKIE_NAME, FORBIDDEN_KEYS, LANG, MAX_COOKIES, PURPOSE_ID } from './keys';

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

/** A text (label, description, cookie field, text override) is at most this long. */
export const MAX_TEXT = 2_000;

/** What a value must be where it was found: a code, worded by the check (`json-config.ts`). */
export type Expected = 'object' | 'text' | 'localized' | 'list' | 'cookie' | 'schema';

/** Which keys a table takes: a list, or a pattern (`purpose` ids, `lang` codes, `localized`: a code or `*`). */
export type KnownKeys = readonly string[] | 'purpose' | 'lang' | 'localized';

/**
 * The problems the rules find, in document order, each ignored by the reader;
 * only the full check listens (the UI file's reader passes none).
 */
export interface JsonReport {
  /** The value at `path` (`''`: the whole config) is not `expected`. */
  wrong(path: string, expected: Expected): void;
  /** The key at `path` is `__proto__`, `constructor` or `prototype`. */
  forbidden(path: string): void;
  /** `key`, at `path`, is not one the table at `parent` takes (`known`). */
  unknown(path: string, key: string, parent: string, known: KnownKeys): void;
  /** A purpose's table is read (the check tells one data-purposes does not list). */
  purpose(path: string, id: string): void;
  /** The list at `path` holds over {@link MAX_COOKIES} declarations: the rest is ignored. */
  tooMany(path: string): void;
}

/**
 * Whether a purpose the JSON config describes is one `configured` (data-purposes) does not
 * list: it is never shown and its cookies are never cleared, which the full check tells.
 *
 * @example
 * unlisted('video', ['analytics']) // true
 */
export const unlisted = (id: string, configured?: readonly string[]): boolean =>
  !!configured && id !== 'necessary' && !configured.includes(id);

/**
 * A report that only notes whether the rules met anything the full check tells: the UI file
 * reads the config with it and loads the check file only when `found` (a config without a
 * problem costs no request). It words nothing, so the UI file carries no message text.
 *
 * @example
 * const flag = problemFlag(['analytics']);
 * readShownConfig({ cookie: [] }, flag);
 * flag.found // true
 */
export function problemFlag(configured?: readonly string[]): JsonReport & { found: boolean } {
  const found = () => void (flag.found = true);
  const flag = {
    found: false,
    wrong: found,
    forbidden: found,
    unknown: found,
    tooMany: found,
    purpose: (_path: string, id: string) => unlisted(id, configured) && found(),
  };
  return flag;
}

const PURPOSE_KEYS = ['label', 'description', 'cookies'];
const COOKIE_KEYS = ['name', 'provider', 'duration', 'description'];
const TOP_KEYS = ['purposes', 'texts', '$schema'];

const takes = (known: KnownKeys, key: string) =>
  known === 'purpose'
    ? PURPOSE_ID.test(key)
    : known === 'lang' || known === 'localized'
      ? LANG.test(key) || (known === 'localized' && key === '*')
      : known.includes(key);

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT;

/**
 * Keeps only what the JSON config may hold: purpose labels, descriptions and
 * cookie declarations, and text overrides per language. Only own properties
 * are read; `__proto__`, `constructor` and `prototype` are refused; the
 * tables are null-prototype objects. Each value it drops is handed to
 * `report`, if given. Never throws for any value JSON or a typed option can hold.
 *
 * @example
 * readShownConfig({ purposes: { analytics: { label: 'Stats', cookies: ['_ga'] } }, texts: { de: { title: 'Cookies' } } });
 * // { purposes: { analytics: { label: { '*': 'Stats' }, description: {}, cookies: [{ name: '_ga' }] } }, texts: { de: { title: 'Cookies' } } }
 */
export function readShownConfig(value: unknown, report?: JsonReport): CleanJsonConfig {
  const purposes: Record<string, PurposeInfo> = Object.create(null);
  const texts: Record<string, Record<string, string>> = Object.create(null);

  /** The entries of the table at `path` whose keys it takes; anything else goes to `report`. */
  const known = (table: unknown, path: string, keys: KnownKeys, expected: Expected = 'object') => {
    const entries: Array<[string, unknown]> = [];
    if (table !== undefined && !isRecord(table)) report?.wrong(path, expected);
    else
      for (const key of Object.keys(table ?? {})) {
        const at = path ? `${path}.${key}` : key;
        if (FORBIDDEN_KEYS.includes(key)) report?.forbidden(at);
        else if (takes(keys, key)) entries.push([key, table![key]]);
        else report?.unknown(at, key, path, keys);
      }
    return entries;
  };

  /** A text, or `{ lang: text }`: `*` holds the text given for every language. */
  const localized = (path: string, text: unknown): LocalizedText => {
    const out: Record<string, string> = Object.create(null);
    for (const [lang, t] of known(typeof text === 'string' ? { '*': text } : text, path, 'localized', 'localized'))
      if (isText(t)) out[lang.toLowerCase()] = t;
      else report?.wrong(path + (lang === '*' ? '' : `.${lang}`), 'text');
    return out;
  };

  const cookie = (path: string, item: unknown): CookieInfo[] => {
    const name = typeof item === 'string' ? item : own(item, 'name');
    if (typeof name !== 'string' || !COOKIE_NAME.test(name)) return (report?.wrong(path, 'cookie'), []);
    const info: CookieInfo = { name };
    if (isRecord(item))
      for (const [key, text] of known(item, path, COOKIE_KEYS))
        if (!isText(text)) report?.wrong(`${path}.${key}`, 'text');
        else if (key !== 'name') info[key as 'provider'] = text;
    return [info];
  };

  if (value !== undefined && !isRecord(value)) return (report?.wrong('', 'object'), { purposes, texts });
  known(value, '', TOP_KEYS);
  // `$schema` is for editors (docs/config.schema.json); it must still be a string to be one.
  const schema = own(value, '$schema');
  if (schema !== undefined && typeof schema !== 'string') report?.wrong('$schema', 'schema');

  for (const [id, info] of known(own(value, 'purposes'), 'purposes', 'purpose')) {
    const path = `purposes.${id}`;
    known(info ?? null, path, PURPOSE_KEYS);
    if (!isRecord(info)) continue;
    report?.purpose(path, id);
    const list = own(info, 'cookies');
    if (list !== undefined && !Array.isArray(list)) report?.wrong(`${path}.cookies`, 'list');
    if (Array.isArray(list) && list.length > MAX_COOKIES) report?.tooMany(`${path}.cookies`);
    purposes[id] = {
      label: localized(`${path}.label`, own(info, 'label')),
      description: localized(`${path}.description`, own(info, 'description')),
      cookies: (Array.isArray(list) ? list.slice(0, MAX_COOKIES) : []).flatMap((item, n) => cookie(`${path}.cookies[${n}]`, item)),
    };
  }

  for (const [lang, table] of known(own(value, 'texts'), 'texts', 'lang')) {
    const path = `texts.${lang}`;
    const clean: Record<string, string> = Object.create(null);
    for (const [key, text] of known(table ?? null, path, TEXT_KEYS))
      if (isText(text)) clean[key] = text;
      else report?.wrong(`${path}.${key}`, 'text');
    if (isRecord(table)) texts[lang.toLowerCase()] = clean;
  }
  return { purposes, texts };
}
