/**
 * The names of every text, without the texts: the JSON config's rules
 * (src/config/json-rules.ts, in the UI files, the check file and the audit
 * CLI) take `texts.<lang>.<key>` for these only, and the check's hints
 * (src/config/json-hints.ts) suggest the nearest for a misspelt key.
 * `en.ts` is checked against this list both ways.
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
