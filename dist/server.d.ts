export { D as Decision, P as ParseOptions, p as parseConsentCookie } from './chunks/server-BsIIoNM3.js';
