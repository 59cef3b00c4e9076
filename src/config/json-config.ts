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

function cleanString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= MAX_TEXT ? value : undefined;
}

function cleanLocalized(value: unknown): LocalizedText {
  const out: Record<string, string> = Object.create(null);
  const single = cleanString(value);
  if (single !== undefined) out['*'] = single;
  for (const [lang, text] of safeEntries(value)) {
    const clean = cleanString(text);
    if (clean !== undefined) out[lang.toLowerCase()] = clean;
  }
  return out;
}

function cleanCookie(value: unknown): CookieInfo | null {
  const name = cleanString(typeof value === 'string' ? value : isRecord(value) ? value.name : undefined);
  if (!name || name.length > 256) return null;
  if (!isRecord(value)) return { name };
  const info: CookieInfo = { name };
  for (const key of ['provider', 'duration', 'description'] as const) {
    const text = cleanString(value[key]);
    if (text !== undefined) info[key] = text;
  }
  return info;
}

/**
 * Keeps only what the JSON config may hold (docs/attributes.md#the-json-config): purpose labels,
 * descriptions and cookie declarations, and text overrides per language.
 * Unknown keys are ignored; wrong types are reported once and dropped.
 */
export function cleanJsonConfig(value: unknown, warn: Warn): CleanJsonConfig {
  const purposes: Record<string, PurposeInfo> = Object.create(null);
  const texts: Record<string, Record<string, string>> = Object.create(null);
  if (value === undefined) return { purposes, texts };
  if (!isRecord(value)) {
    warn('the JSON config must be an object; ignoring it');
    return { purposes, texts };
  }
  for (const [id, info] of safeEntries(value.purposes)) {
    if (!isRecord(info)) continue;
    const cookies = Array.isArray(info.cookies) ? info.cookies.slice(0, 200) : [];
    purposes[id] = {
      label: cleanLocalized(info.label),
      description: cleanLocalized(info.description),
      cookies: cookies.map(cleanCookie).filter((c): c is CookieInfo => c !== null),
    };
  }
  for (const [lang, table] of safeEntries(value.texts)) {
    const clean: Record<string, string> = Object.create(null);
    for (const [key, text] of safeEntries(table)) {
      const s = cleanString(text);
      if (s !== undefined) clean[key] = s;
    }
    texts[lang.toLowerCase()] = clean;
  }
  return { purposes, texts };
}
