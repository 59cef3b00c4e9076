export { c as createConsentGate } from './chunks/index.mjs';
export { p as parseConsentCookie } from './chunks/parse-consent-cookie.mjs';
import './chunks/own.mjs';
import './chunks/cookie-cleanup.mjs';
