/** `consent-gate/server`: reading the consent cookie on a server, no DOM needed (docs/server.md#parseconsentcookie). */
export { parseConsentCookie, type ParseOptions } from './consent/parse-consent-cookie';
export type { ConsentState, Decision } from './types';
// The consent receipts service (docs/receipts.md): handler, Node adapter, SQLite and PostgreSQL stores.
export * from './receipts/index';
