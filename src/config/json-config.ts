/**
 * The JSON config's full check: every problem told once, with a hint for an
 * unknown or misplaced key (issue 18). Its own file, `consent-gate-check.min.js`
 * (an `import()` chunk in the ESM build), loaded by the UI only when its own
 * reading of the config met a problem to tell (docs/configuration.md#when-the-json-config-is-checked);
 * the audit CLI imports it too. What it keeps is what the UI file's silent
 * reader keeps: both apply the rules of `json-rules.ts`.
 */
import type { Warn } from '../util/warn';
import { nearest } from './json-hints';
import { type CleanJsonConfig, type Expected, type JsonReport, type KnownKeys, MAX_TEXT, readShownConfig, unlisted } from './json-rules';
import { LANG, MAX_COOKIES } from './keys';

export { parseJsonText, safeEntries } from './json-core';

const MAX_WARNINGS = 20;

const EXPECTED: Record<Expected, string> = {
  object: 'an object',
  text: `a text of at most ${MAX_TEXT} characters`,
  localized: 'a text or { language code: text }',
  list: 'a list',
  cookie: 'a cookie name (or { name }) without ";", "=" or spaces',
  schema: 'a text',
};

const LANGS = 'language codes such as en or de-AT';
/** What a table takes when its keys are a pattern, for a key with no hint. */
const KNOWN_HERE: Record<Exclude<KnownKeys, readonly string[]>, string> = {
  purpose: 'purpose ids as in data-purposes',
  lang: LANGS,
  localized: LANGS + ', or *',
};

const quote = (path: string) => JSON.stringify(path.length > 60 ? path.slice(0, 60) + '…' : path);

/**
 * Keeps only what the JSON config may hold (docs/configuration.md,
 * docs/config.schema.json), as the UI file's reader does, and tells each
 * problem with its path: every unknown or misplaced key with where it most
 * likely belongs (a top-level `cookies` would otherwise be dropped silently
 * and withdrawal would delete nothing), wrong types, prototype keys, a
 * purpose `configured` (data-purposes) does not list. At most 20 warnings,
 * then one that points to the docs.
 *
 * @example
 * cleanJsonConfig({ cookies: { analytics: ['_ga'] } }, warn);
 * // warns: the JSON config key "cookies" is not known and is ignored; did you mean purposes.<id>.cookies?
 */
export function cleanJsonConfig(value: unknown, warn: Warn, configured?: readonly string[]): CleanJsonConfig {
  let told = 0;
  const tell = (path: string, problem: string) => {
    if (++told <= MAX_WARNINGS) warn(`the JSON config ${path ? `key ${quote(path)} ` : ''}${problem}`);
    else if (told === MAX_WARNINGS + 1) warn('the JSON config has more problems than these; see docs/configuration.md');
  };
  const report: JsonReport = {
    wrong: (path, expected) => tell(path, `must be ${EXPECTED[expected]}; ignoring it`),
    forbidden: (path) => tell(path, 'is not allowed and is ignored'),
    unknown(path, key, parent, known) {
      const hint = (known !== 'localized' && nearest(key, parent)) || (!parent && LANG.test(key) ? `texts.${key}` : '');
      const here = typeof known === 'string' ? KNOWN_HERE[known] : known.join(', ');
      tell(path, `is not known and is ignored; ${hint ? `did you mean ${hint}?` : `known here: ${here}`}`);
    },
    purpose(path, id) {
      if (unlisted(id, configured)) tell(path, 'is not in data-purposes: it is never shown and its cookies are never cleared');
    },
    tooMany: (path) => tell(path, `lists over ${MAX_COOKIES} cookies; ignoring the rest`),
  };
  return readShownConfig(value, report);
}
