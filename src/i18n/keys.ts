/**
 * The names of every text, without the texts: the core needs them (to name a
 * misplaced JSON config key) while the texts themselves ship only in the UI
 * files (docs/loading.md). `en.ts` is checked against this list both ways.
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
