import { TEXT_KEYS as KEYS } from '../i18n/keys';
import { DEFAULT_PURPOSES, OPTION_KEYS } from './keys';
import type { Warn } from '../util/warn';

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

const MAX_JSON_CHARS = 200_000;
const MAX_TEXT = 2_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parses the text of the inline `<script type="application/json">` block.
 * Never throws: malformed or oversized JSON is reported and yields `undefined`.
 */
export function parseJsonText(text: string | null | undefined, warn: Warn): unknown {
  if (text == null || !text.trim()) return undefined;
  if (text.length > MAX_JSON_CHARS) {
    warn(`the JSON config is over ${MAX_JSON_CHARS} characters; ignoring it`);
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    warn('the JSON config is not valid JSON; ignoring it', error);
    return undefined;
  }
}

/** Own string-keyed entries of a plain object, without keys that could reach a prototype. */
export function safeEntries(value: unknown): Array<[string, unknown]> {
  if (!isRecord(value)) return [];
  return Object.keys(value)
    .filter((key) => !FORBIDDEN_KEYS.has(key))
    .map((key) => [key, (value as Record<string, unknown>)[key]]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: `Object.prototype.texts = …` set by a polluting script is never config. */
function own(value: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

function cleanString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= MAX_TEXT ? value : undefined;
}

const BUILT_IN_PURPOSES: readonly string[] = DEFAULT_PURPOSES;
const TEXT_KEYS: readonly string[] = KEYS;
const ATTRIBUTES: readonly string[] = OPTION_KEYS;
const LANG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
const MAX_WARNINGS = 20;
const MAX_COOKIES = 200;
/** As `PURPOSE_ID` in settings.ts (not imported: settings imports this module). */
const PURPOSE_ID = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;
const quote = (key: string) => JSON.stringify(key.length > 40 ? key.slice(0, 40) + '…' : key);
const attributeOf = (key: string) => 'data-' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/** The known name closest to a misspelt one (same letters ignoring case, or at most two edits), if any. */
function closest(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const distance = (a: string, b: string) => {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const next = [i];
      for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row = next;
    }
    return row[b.length]!;
  };
  return (
    known.find((k) => k.toLowerCase() === lower) ??
    known.find((k) => Math.abs(k.length - key.length) <= 2 && distance(lower, k.toLowerCase()) <= 2)
  );
}

/** Where a key that is unknown at the top level most likely belongs. */
function topLevelHint(key: string): string {
  if (key === 'cookies') return 'cookie declarations go in purposes.<id>.cookies, e.g. purposes.analytics.cookies';
  if (key === 'label' || key === 'description') return `it belongs to a purpose: purposes.<id>.${key}`;
  if (BUILT_IN_PURPOSES.includes(key)) return `a purpose goes in purposes.${key}`;
  if (TEXT_KEYS.includes(key)) return `a text goes in texts.<lang>.${key}, e.g. texts.en.${key}`;
  if (ATTRIBUTES.includes(key)) return `set it on the script tag as ${attributeOf(key)}="…"`;
  if (LANG.test(key)) return `texts of a language go in texts.${key}`;
  const near = closest(key, ['purposes', 'texts']);
  return near ? `did you mean ${near}?` : 'the known keys are purposes and texts';
}

function purposeHint(path: string, key: string): string {
  if (/^(name|title)$/i.test(key)) return `the shown name goes in ${path}.label`;
  if (/^(info|text|details?)$/i.test(key)) return `the explanation goes in ${path}.description`;
  const near = closest(key, ['label', 'description', 'cookies']);
  return near ? `did you mean ${path}.${near}?` : 'the known keys are label, description and cookies';
}

function cookieHint(key: string): string {
  if (/^(expir|lifetime|max-?age|ttl)/i.test(key)) return 'the lifetime goes in duration';
  if (/^(vendor|company|owner|domain)$/i.test(key)) return 'who sets it goes in provider';
  const near = closest(key, ['name', 'provider', 'duration', 'description']);
  return near ? `did you mean ${near}?` : 'the known keys are name, provider, duration and description';
}

/**
 * Keeps only what the JSON config may hold (docs/configuration.md,
 * docs/config.schema.json): purpose labels, descriptions and cookie
 * declarations, and text overrides per language. Every unknown or misplaced
 * key is told with its path and where it most likely belongs (a top-level
 * `cookies` would otherwise be dropped silently and withdrawal would delete
 * nothing); wrong types are told and dropped. Only own properties are read.
 *
 * @example
 * cleanJsonConfig({ cookies: { analytics: ['_ga'] } }, warn);
 * // warns: the JSON config key "cookies" is not known and is ignored; cookie declarations go in purposes.<id>.cookies …
 */
export function cleanJsonConfig(value: unknown, warn: Warn, configured?: readonly string[]): CleanJsonConfig {
  const purposes: Record<string, PurposeInfo> = Object.create(null);
  const texts: Record<string, Record<string, string>> = Object.create(null);
  if (value === undefined) return { purposes, texts };
  if (!isRecord(value)) {
    warn('the JSON config must be an object; ignoring it');
    return { purposes, texts };
  }
  let told = 0;
  const tell = (message: string) => {
    if (++told <= MAX_WARNINGS) warn('the JSON config ' + message);
    else if (told === MAX_WARNINGS + 1) warn('the JSON config has more problems than these; see docs/configuration.md');
  };
  const unknown = (path: string, hint: string) => tell(`key ${quote(path)} is not known and is ignored; ${hint}`);
  const wrongType = (path: string, expected: string) => tell(`key ${quote(path)} must be ${expected}; ignoring it`);
  const forbidden = (key: string, path: string) =>
    FORBIDDEN_KEYS.has(key) && (tell(`key ${quote(path)} is not allowed and is ignored`), true);

  const localized = (path: string, text: unknown): LocalizedText => {
    const out: Record<string, string> = Object.create(null);
    if (text === undefined) return out;
    const single = cleanString(text);
    if (single !== undefined) out['*'] = single;
    else if (!isRecord(text)) wrongType(path, `a text, or an object of texts per language, at most ${MAX_TEXT} characters`);
    for (const [lang, t] of safeEntries(text)) {
      const clean = cleanString(t);
      if (clean === undefined) wrongType(`${path}.${lang}`, `a text of at most ${MAX_TEXT} characters`);
      else {
        if (!LANG.test(lang) && lang !== '*') unknown(`${path}.${lang}`, 'keys of a text are language codes such as en or de-AT');
        out[lang.toLowerCase()] = clean;
      }
    }
    return out;
  };

  const cookie = (path: string, item: unknown): CookieInfo | null => {
    const name = cleanString(typeof item === 'string' ? item : isRecord(item) ? own(item, 'name') : undefined);
    if (!name || name.length > 256 || /[;=\s]/.test(name)) {
      wrongType(path, 'a cookie name (or an object with one), without ";", "=" or spaces');
      return null;
    }
    if (!isRecord(item)) return { name };
    const info: CookieInfo = { name };
    for (const key of Object.keys(item)) {
      if (forbidden(key, `${path}.${key}`) || key === 'name') continue;
      if (key !== 'provider' && key !== 'duration' && key !== 'description') unknown(`${path}.${key}`, cookieHint(key));
      else {
        const text = cleanString(item[key]);
        if (text === undefined) wrongType(`${path}.${key}`, `a text of at most ${MAX_TEXT} characters`);
        else info[key] = text;
      }
    }
    return info;
  };

  for (const key of Object.keys(value)) {
    if (forbidden(key, key)) continue;
    if (key !== 'purposes' && key !== 'texts' && key !== '$schema') unknown(key, topLevelHint(key));
  }
  // `$schema` is for editors (docs/config.schema.json); it must still be a string to be one.
  if (own(value, '$schema') !== undefined && typeof own(value, '$schema') !== 'string')
    wrongType('$schema', 'the URL or path of the schema');

  const purposeTable = own(value, 'purposes');
  if (purposeTable !== undefined && !isRecord(purposeTable))
    wrongType('purposes', 'an object of purpose id: { label, description, cookies }');
  const purposeRecord = isRecord(purposeTable) ? purposeTable : {};
  for (const id of Object.keys(purposeRecord)) {
    const path = `purposes.${id}`;
    if (forbidden(id, path)) continue;
    const info = purposeRecord[id];
    if (!PURPOSE_ID.test(id)) {
      unknown(path, 'a purpose id is a letter then up to 31 letters, digits, "_" or "-", as in data-purposes');
      continue;
    }
    if (!isRecord(info)) {
      wrongType(path, 'an object with label, description and cookies');
      continue;
    }
    if (configured && id !== 'necessary' && !configured.includes(id))
      tell(`declares purpose ${quote(id)}, which data-purposes does not list; it is never shown and its cookies are never cleared`);
    for (const key of Object.keys(info))
      if (!forbidden(key, `${path}.${key}`) && !['label', 'description', 'cookies'].includes(key))
        unknown(`${path}.${key}`, purposeHint(path, key));
    const list = own(info, 'cookies');
    if (list !== undefined && !Array.isArray(list))
      wrongType(`${path}.cookies`, 'a list of cookie names or { name, provider, duration, description }');
    if (Array.isArray(list) && list.length > MAX_COOKIES)
      tell(`key ${quote(`${path}.cookies`)} lists more than ${MAX_COOKIES} cookies; the rest are ignored`);
    const cookies = Array.isArray(list) ? list.slice(0, MAX_COOKIES) : [];
    purposes[id] = {
      label: localized(`${path}.label`, own(info, 'label')),
      description: localized(`${path}.description`, own(info, 'description')),
      cookies: cookies.map((item, n) => cookie(`${path}.cookies[${n}]`, item)).filter((c): c is CookieInfo => c !== null),
    };
  }

  const textTable = own(value, 'texts');
  if (textTable !== undefined && !isRecord(textTable)) wrongType('texts', 'an object of language code: { text key: text }');
  const textRecord = isRecord(textTable) ? textTable : {};
  for (const lang of Object.keys(textRecord)) {
    const path = `texts.${lang}`;
    if (forbidden(lang, path)) continue;
    const table = textRecord[lang];
    if (!LANG.test(lang)) {
      unknown(
        path,
        TEXT_KEYS.includes(lang)
          ? `a text goes in texts.<lang>.${lang}, e.g. texts.en.${lang}`
          : 'keys of texts are language codes such as en or de-AT',
      );
      continue;
    }
    if (!isRecord(table)) {
      wrongType(path, 'an object of text key: text');
      continue;
    }
    const clean: Record<string, string> = Object.create(null);
    for (const key of Object.keys(table)) {
      if (forbidden(key, `${path}.${key}`)) continue;
      if (!TEXT_KEYS.includes(key)) {
        const near = closest(key, TEXT_KEYS);
        unknown(`${path}.${key}`, near ? `did you mean ${path}.${near}?` : `the text keys are ${TEXT_KEYS.join(', ')}`);
        continue;
      }
      const text = cleanString(table[key]);
      if (text === undefined) wrongType(`${path}.${key}`, `a text of at most ${MAX_TEXT} characters`);
      else clean[key] = text;
    }
    texts[lang.toLowerCase()] = clean;
  }
  return { purposes, texts };
}
