export { p as parseConsentCookie } from './chunks/server.mjs';
