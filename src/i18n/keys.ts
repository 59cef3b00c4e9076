/**
 * The names of every text, without the texts: the JSON config's validator
 * (src/config/json-config.ts, in the UI files and the audit CLI) checks
 * `texts.<lang>.<key>` against them and suggests the nearest for a misspelt
 * key. `en.ts` is checked against this list both ways.
 */
export const TEXT_KEYS = [
  'title',
  'body',
  'optOutBody',
  'acceptAll',
  'rejectAll',
  'customize',
  'policy',
  'dialogTitle',
  'dialogBody',
  'save',
  'close',
  'saved',
  'cookies',
  'gpc',
  'placeholder',
  'allow',
  'analytics',
  'analyticsInfo',
  'ads',
  'adsInfo',
  'customization',
  'customizationInfo',
  'login',
  'loginInfo',
] as const;

export type TextKey = (typeof TEXT_KEYS)[number];
