/** English texts: the reference every other language follows key for key. */
export const en = {
  title: 'Your privacy choices',
  body: 'We use cookies and similar tools for the purposes below. Nothing optional runs until you choose. You can change your mind at any time.',
  optOutBody: 'We use cookies and similar tools for the purposes below. You can refuse any of them now or at any time.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  policy: 'Privacy policy',
  dialogTitle: 'Privacy settings',
  dialogBody: 'Choose what this site may use. Necessary cookies are always on: the site cannot work without them.',
  save: 'Save choices',
  close: 'Close',
  cookies: 'Cookies',
  provider: 'Provider',
  duration: 'Duration',
  gpc: 'Your browser sends a Global Privacy Control signal, so ad tracking starts refused.',
  placeholder: 'This content is blocked until you allow: {purposes}.',
  allow: 'Allow {purposes}',
  analytics: 'Analytics',
  analyticsInfo: 'Counts visits and how the site is used, so we can improve it.',
  ads: 'Ad tracking',
  adsInfo: 'Measures and personalises ads and attributes sales to them.',
  adsOptOut: 'Do not sell or share my information',
  customization: 'Customization',
  customizationInfo: 'Remembers your content choices, such as region or layout.',
  login: 'Login',
  loginInfo: 'Stores your login details and email for faster checkout.',
};

/** Every text the notice, the dialog and the placeholders show. */
export type Texts = Record<keyof typeof en, string>;
