/**
 * The names the configuration is made of, in one place: the data attributes as
 * option keys (docs/attributes.md#attributes) and the built-in purposes. Read by
 * the attribute reader, the settings, the core's JSON reader, the JSON config's
 * rules (json-rules.ts) and the full check's key hints (json-hints.ts).
 */

/** The data attributes, as option keys (`data-cookie-name` is `cookieName`). */
export const OPTION_KEYS = [
  'purposes',
  'mode',
  'policyUrl',
  'revision',
  'expires',
  'cookieName',
  'cookieDomain',
  'lang',
  'position',
  'theme',
  'gpc',
  'googleConsentMode',
  'googleConsentWait',
  'logUrl',
  'reloadOnWithdraw',
] as const;

/** The purposes a page gets without `data-purposes`. */
export const DEFAULT_PURPOSES = ['analytics', 'ads', 'customization', 'login'] as const;

/**
 * The attribute a site owner writes for an option key, for warnings that name it
 * and for reading the tag (`cookieName` -> `data-cookie-name`).
 *
 * @example
 * attributeName('googleConsentMode') // 'data-google-consent-mode'
 */
export const attributeName = (key: string): string => 'data-' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/** A purpose id (docs/attributes.md#purposes): a letter, then up to 31 letters, digits, `_` or `-`. */
export const PURPOSE_ID = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;

/** A language code as the JSON config's texts take it (`en`, `de-AT`, `pt-BR`). */
export const LANG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** Keys that could reach a prototype: never read from a config, at any depth. */
export const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];

/** At most this many cookie declarations per purpose are read. */
export const MAX_COOKIES = 200;

/** A cookie name (or `*`-pattern) as a declaration may give it: 1 to 256 characters, no `;`, `=` or whitespace. */
export const COOKIE_NAME = /^[^;=\s]{1,256}$/;
