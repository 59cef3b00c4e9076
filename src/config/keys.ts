/**
 * The names the configuration is made of, in one place: the data attributes as
 * option keys (docs/attributes.md#attributes) and the built-in purposes. Read by
 * the attribute reader, the settings and the JSON config's key hints.
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
