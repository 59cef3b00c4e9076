import type { ReceiptMethod } from './receipt';

/** A receipt as kept: the body's fields plus what the server adds. Never updated once written. */
export interface StoredReceipt {
  /** The decision id (unique: a receipt sent twice is kept once). */
  consentId: string;
  previousId: string | null;
  /** Decision time on the visitor's clock, ms since the epoch. */
  decidedAt: number;
  /** When the service committed it, ms since the epoch (server clock). */
  receivedAt: number;
  revision: string;
  mode: 'opt-in' | 'opt-out';
  /** Every configured purpose, granted or refused, keys sorted. */
  purposes: Record<string, boolean>;
  method: ReceiptMethod;
  lang: string;
  /** SHA-256 (hex) of what the visitor was shown; `null` from a page without Web Crypto (plain http). */
  shown: string | null;
  origin: string;
  path: string;
  version: string;
  /** Only when the site owner turned it on: IPv4 /24 or IPv6 /48, the rest zero. */
  ip: string | null;
  /** Only when the site owner turned it on. */
  userAgent: string | null;
}

/** Received-time range for export, ms since the epoch; `from` inclusive, `to` exclusive. */
export interface TimeRange {
  from?: number;
  to?: number;
}

/**
 * Where receipts are kept. Append-only: rows are added and, for retention,
 * purged by age; nothing else changes a row. Both implementations keep the
 * same schema and pass the same test suite.
 */
export interface ReceiptStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Commits the receipts in one transaction; a consent id already kept is skipped. Resolves to how many were new. */
  append(receipts: readonly StoredReceipt[]): Promise<number>;
  /** Every receipt linked to this consent id (its chain of earlier and later decisions), oldest first. */
  chain(consentId: string): Promise<StoredReceipt[]>;
  /** Receipts by received time, oldest first, read in pages. */
  export(range: TimeRange): AsyncIterable<StoredReceipt>;
  /** Deletes receipts received before `before` (ms); resolves to how many. */
  purge(before: number): Promise<number>;
  count(): Promise<number>;
  /** The schema version the database is at (migrated on open). */
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}

/** Column order shared by both databases. */
export const COLUMNS = [
  'consent_id',
  'previous_id',
  'decided_at',
  'received_at',
  'revision',
  'mode',
  'purposes',
  'method',
  'lang',
  'shown_sha256',
  'origin',
  'path',
  'version',
  'ip',
  'user_agent',
] as const;

/** A receipt as one row's values, in COLUMNS order. */
export function toRow(r: StoredReceipt): Array<string | number | null> {
  return [
    r.consentId,
    r.previousId,
    r.decidedAt,
    r.receivedAt,
    r.revision,
    r.mode,
    JSON.stringify(r.purposes),
    r.method,
    r.lang,
    r.shown,
    r.origin,
    r.path,
    r.version,
    r.ip,
    r.userAgent,
  ];
}

/** A database row back to a receipt. BIGINT columns may come back as strings (pg): read them as numbers. */
export function fromRow(row: Record<string, unknown>): StoredReceipt {
  return {
    consentId: String(row.consent_id),
    previousId: row.previous_id == null ? null : String(row.previous_id),
    decidedAt: Number(row.decided_at),
    receivedAt: Number(row.received_at),
    revision: String(row.revision),
    mode: row.mode as StoredReceipt['mode'],
    purposes: JSON.parse(String(row.purposes)) as Record<string, boolean>,
    method: row.method as ReceiptMethod,
    lang: String(row.lang),
    shown: row.shown_sha256 == null ? null : String(row.shown_sha256),
    origin: String(row.origin),
    path: String(row.path),
    version: String(row.version),
    ip: row.ip == null ? null : String(row.ip),
    userAgent: row.user_agent == null ? null : String(row.user_agent),
  };
}

/** Rows read per page when exporting: bounded memory for any table size. */
export const EXPORT_PAGE = 1000;
