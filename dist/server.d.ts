export { D as Decision, P as ParseOptions, p as parseConsentCookie } from './chunks/server.js';
