export { p as parseConsentCookie } from './chunks/server-1vgcj0Ba.mjs';
