export { p as parseConsentCookie } from './chunks/parse-consent-cookie.mjs';
export { M as MAX_BODY_BYTES, a as METHODS, c as createReceiptService, o as openStore, p as parseReceipt, t as toNodeListener, b as truncateIp } from './chunks/open-store.mjs';
export { openSqliteStore } from './chunks/sqlite.mjs';
export { openPostgresStore } from './chunks/postgres.mjs';
export { c as canonicalJson, s as shownDigest } from './chunks/shown-digest.mjs';
export { L as RECEIPTS_SCHEMA_VERSION } from './chunks/store.mjs';
import './chunks/own.mjs';
