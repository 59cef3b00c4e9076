export { c as createConsentGate } from './chunks/index.mjs';
export { g as parseConsentCookie } from './chunks/parse-consent-cookie.mjs';
