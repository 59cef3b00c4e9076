import { hasOwn } from '../util/own';
import type { Warn } from '../util/warn';
import { COOKIE_NAME, FORBIDDEN_KEYS, LANG, MAX_COOKIES, PURPOSE_ID } from './keys';

/**
 * What the core (loaded on every page view) takes from the JSON config: only
 * what it acts on. Labels, descriptions and texts are shown by the UI only:
 * the UI file reads them silently (`json-rules.ts`), and the full check with
 * its key hints is a file of its own (`json-config.ts`, loaded by the UI when
 * its reading of the config met a problem to tell; docs/configuration.md#when-the-json-config-is-checked).
 */
export interface CoreJsonConfig {
  /** Cookie names (or `*`-patterns) declared per purpose: cleared when the purpose is refused. */
  readonly cookies: Readonly<Record<string, readonly string[]>>;
  /** Languages (lower case) the config gives texts for: the core picks the language among them. */
  readonly langs: readonly string[];
  /** The config as given, for the UI to read and the check to warn about (both read own properties only). */
  readonly raw: unknown;
}

const MAX_JSON_CHARS = 200_000;

/**
 * Parses the text of the inline `<script type="application/json">` block.
 * Never throws: malformed or oversized JSON is reported and yields `undefined`.
 *
 * @example
 * parseJsonText('{"texts":{}}', warn) // { texts: {} }
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

/** A plain object (not an array, not null): the only shape a config table may have. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An own property only: `Object.prototype.texts = …` set by a polluting script is never config. */
export const own = (value: unknown, key: string): unknown => (isRecord(value) && hasOwn(value, key) ? value[key] : undefined);

/**
 * Own string-keyed entries of a plain object, without keys that could reach a prototype.
 *
 * @example
 * safeEntries(JSON.parse('{"__proto__": 1, "a": 2}')) // [['a', 2]]
 */
export function safeEntries(value: unknown): Array<[string, unknown]> {
  return isRecord(value) ? Object.keys(value).flatMap((key) => (FORBIDDEN_KEYS.includes(key) ? [] : [[key, value[key]]])) : [];
}

/**
 * Takes from the JSON config the declared cookie names per purpose and the
 * languages it gives texts for, silently: what is not valid is skipped here
 * and told by the check file, whose rules (`json-rules.ts`) agree (a purpose id
 * as in data-purposes, a name without `;`, `=` or whitespace, at most 200 per
 * purpose). Own properties only, never a `__proto__`, `constructor` or
 * `prototype` key; the tables are null-prototype objects. Never throws for
 * any value JSON or a typed option can hold.
 *
 * @example
 * readJsonConfig({ purposes: { analytics: { cookies: ['_ga', { name: '_gid' }] } }, texts: { de: {} } });
 * // { cookies: { analytics: ['_ga', '_gid'] }, langs: ['de'], raw: … }
 */
export function readJsonConfig(value: unknown): CoreJsonConfig {
  const cookies: Record<string, string[]> = Object.create(null);
  for (const [id, info] of safeEntries(own(value, 'purposes'))) {
    const list = own(info, 'cookies');
    if (PURPOSE_ID.test(id) && Array.isArray(list))
      cookies[id] = list
        .slice(0, MAX_COOKIES)
        .map((item) => (typeof item === 'string' ? item : own(item, 'name')))
        .filter((name): name is string => typeof name === 'string' && COOKIE_NAME.test(name));
  }
  const langs = new Set<string>();
  for (const [lang, table] of safeEntries(own(value, 'texts'))) if (LANG.test(lang) && isRecord(table)) langs.add(lang.toLowerCase());
  return { cookies, langs: [...langs], raw: value };
}
