/** The receipts service for `consent-gate/server` (Node >= 20; the handler also runs in Deno, Bun and workers). */
export { createReceiptService, type ReceiptServiceOptions, type ReceiptHandler, type ConnectionInfo } from './service';
export { toNodeListener } from './node-adapter';
export { openStore } from './open-store';
export { openSqliteStore, type SqliteOptions } from './sqlite';
export { openPostgresStore, type PostgresOptions } from './postgres';
export type { ReceiptStore, StoredReceipt, TimeRange } from './store';
export { parseReceipt, type ReceiptBody, type ReceiptMethod, type ParseResult, METHODS, MAX_BODY_BYTES } from './receipt';
export { shownDigest, canonicalJson, type ShownContent } from './shown-digest';
export { truncateIp } from './client-address';
export { LATEST_VERSION as RECEIPTS_SCHEMA_VERSION } from './schema';
