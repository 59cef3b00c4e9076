export { c as ConsentState, D as Decision, P as ParseOptions, p as parseConsentCookie } from './chunks/parse-consent-cookie.js';
import { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The consent receipt: what the script sends (`data-log-url`) and what the
 * receipts service keeps. One module for both sides, so the page and the
 * server agree on every field.
 */
/** How a decision was made. */
declare const METHODS: readonly ["notice", "dialog", "placeholder", "api", "gpc"];
type ReceiptMethod = (typeof METHODS)[number];
/** The body the script POSTs (JSON sent as `text/plain`). */
interface ReceiptBody {
    /** The decision's random id (16 hex digits), as in the consent cookie. */
    id: string;
    /** The id of the decision this one replaced in the same browser, or `null` for a first decision. */
    previous: string | null;
    /** Decision time on the visitor's clock, ms since the epoch. */
    timestamp: number;
    revision: string;
    mode: 'opt-in' | 'opt-out';
    /** Every configured purpose: granted (`true`) or refused (`false`). */
    purposes: Record<string, boolean>;
    method: ReceiptMethod;
    /** The language of the texts shown. */
    lang: string;
    /** SHA-256 (hex) of what the visitor was shown (see `shownDigest`); `null` on a page that is no secure context (plain http), where browsers give no Web Crypto. */
    shown: string | null;
    /** The page: origin and path, never query or fragment. */
    url: string;
    /** The consent-gate version that made the decision. */
    version: string;
}
/** The largest body the service reads. A real receipt is a few hundred bytes. */
declare const MAX_BODY_BYTES = 4096;
type ParseResult = {
    ok: true;
    receipt: ReceiptBody;
} | {
    ok: false;
    reason: string;
};
/**
 * Reads a receipt body strictly: valid UTF-8, one JSON object with exactly
 * the known fields, each of its type and shape. Anything else is refused with
 * a short reason (the service answers 400 with it); nothing is coerced.
 *
 * @example
 * parseReceipt(new TextEncoder().encode('{"id":1}')) // { ok: false, reason: 'id: 16 hex digits expected' }
 */
declare function parseReceipt(bytes: Uint8Array): ParseResult;

/** A receipt as kept: the body's fields plus what the server adds. Never updated once written. */
interface StoredReceipt {
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
interface TimeRange {
    from?: number;
    to?: number;
}
/**
 * Where receipts are kept. Append-only: rows are added and, for retention,
 * purged by age; nothing else changes a row. Both implementations keep the
 * same schema and pass the same test suite.
 */
interface ReceiptStore {
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

/** Settings of the receipts service. */
interface ReceiptServiceOptions {
    store: ReceiptStore;
    /** The site origins allowed to send receipts (`https://www.example.com`): CORS, and the origin of each receipt's page. */
    origins: readonly string[];
    /** The bearer token that reads receipts (`Authorization: Bearer <token>`); at least 16 characters. */
    token: string;
    /** Receipts per minute per client address; `0` for no limit. Default 120. */
    rateLimit?: number;
    /** Keep the client address, truncated to /24 (IPv4) or /48 (IPv6). Off by default. */
    keepIp?: boolean;
    /** Keep the User-Agent header. Off by default. */
    keepUserAgent?: boolean;
    /** The server clock, ms since the epoch. */
    now?: () => number;
    /** Told once per failed write (the database is down or full); the client gets 503. */
    onError?: (error: unknown) => void;
}
/** What the platform knows about the connection; the Node adapter fills it. */
interface ConnectionInfo {
    /** The client's address (for the rate limit, and the truncated IP when kept). */
    clientAddress?: string;
}
/** A WHATWG fetch handler: Node (through `toNodeListener`), Deno, Bun, workers, Hono… */
type ReceiptHandler = (request: Request, info?: ConnectionInfo) => Promise<Response>;
/**
 * The receipts service as one request handler: `POST /receipts` keeps a
 * receipt (204 once committed), `GET /receipts/{consentId}` and
 * `GET /receipts?from=&to=&format=` read them with the bearer token,
 * `GET /health` answers without it. See docs/openapi.yaml.
 *
 * @example
 * import { createServer } from 'node:http';
 * import { createReceiptService, openStore, toNodeListener } from 'consent-gate/server';
 * const store = await openStore('sqlite:./consent-receipts.db');
 * const handler = createReceiptService({ store, origins: ['https://www.example.com'], token });
 * createServer(toNodeListener(handler)).listen(8787, '127.0.0.1');
 */
declare function createReceiptService(options: ReceiptServiceOptions): ReceiptHandler;

/**
 * Mounts the WHATWG handler in Node's `http` (or Express, which passes the
 * same objects): the request becomes a `Request`, the `Response` is written
 * back, and the socket's address is passed as `clientAddress`. Request bodies
 * are read here as a buffer of at most 4 KB + 1 byte (receipts are small; a
 * longer body is cut there and the handler answers 413): a buffer costs far
 * less than a web stream per request. JSON answers are written as buffers,
 * exports are streamed.
 *
 * @example
 * createServer(toNodeListener(createReceiptService({ store, origins, token }))).listen(8787);
 */
declare function toNodeListener(handler: ReceiptHandler): (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Opens the store a `--db` address names: `sqlite:<file>` (relative to the
 * working directory; `sqlite:./consent-receipts.db`) or `postgres://…` /
 * `postgresql://…` (a libpq connection URI).
 *
 * @example
 * const store = await openStore('sqlite:./consent-receipts.db');
 */
declare function openStore(address: string): Promise<ReceiptStore>;

/** Options of the SQLite store. */
interface SqliteOptions {
    /**
     * `FULL` (default): every commit is on disk before the service answers 204,
     * also across a power cut. `NORMAL`: survives a crash of the service, not of
     * the machine; faster on slow disks.
     */
    synchronous?: 'FULL' | 'NORMAL';
}
/**
 * The embedded store: one SQLite file in WAL mode, through better-sqlite3 (an
 * optional dependency, loaded only here). Migrates the schema on open.
 *
 * @example
 * const store = await openSqliteStore('./consent-receipts.db');
 * await store.append([receipt]);
 */
declare function openSqliteStore(file: string, { synchronous }?: SqliteOptions): Promise<ReceiptStore>;

/** Options of the PostgreSQL store. */
interface PostgresOptions {
    /** Connections in the pool (default 4). */
    max?: number;
}
/**
 * The store for more than one machine: PostgreSQL through `pg` (an optional
 * dependency, loaded only here), with the same schema as SQLite. Migrates on
 * open under an advisory lock, so several services may start at once.
 *
 * @example
 * const store = await openPostgresStore('postgres://receipts@db.internal/receipts');
 */
declare function openPostgresStore(connectionString: string, { max }?: PostgresOptions): Promise<ReceiptStore>;

/** A cookie declared for a purpose, as the dialog lists it. */
type ShownCookie = string | {
    name: string;
    provider?: string;
    duration?: string;
    description?: string;
};
/** Exactly what the visitor could read before deciding. */
interface ShownContent {
    /** Every text of the chosen language (notice, dialog, buttons), by key. */
    texts: Readonly<Record<string, string>>;
    /** The purposes in the order shown, with their label, description and declared cookies. */
    purposes: ReadonlyArray<{
        id: string;
        label: string;
        description: string;
        cookies: readonly ShownCookie[];
    }>;
    policyUrl: string | null;
}
/** JSON with object keys sorted at every level: one byte sequence for one content, on every engine. */
declare const canonicalJson: (value: unknown) => string;
/**
 * The SHA-256 (hex) of what the visitor was shown: the canonical JSON of
 * `{ texts, purposes, policyUrl }`, UTF-8 encoded, hashed with Web Crypto. Pure
 * (same input, same digest, on every engine), so the page computes it for the
 * receipt and a site owner recomputes it on a server from a kept copy of the
 * configuration, to show which texts a receipt's `shown` stands for (see
 * docs/receipts.md). Rejects where `crypto.subtle` is missing: browsers give
 * it to secure contexts only (https, localhost).
 *
 * @example
 * await shownDigest({ texts: { title: 'Cookies' }, purposes: [], policyUrl: null }) // 64 hex digits
 */
declare function shownDigest({ texts, purposes, policyUrl }: ShownContent, subtle?: SubtleCrypto): Promise<string>;

/**
 * The visitor's address cut to its network, when a site owner keeps it at
 * all: IPv4 to /24 (`203.0.113.77` -> `203.0.113.0`), IPv6 to /48
 * (`2001:db8:1234:5678::1` -> `2001:db8:1234::`). An IPv4-mapped IPv6 address
 * is cut as IPv4. Anything that is not an address gives `null`.
 *
 * @example
 * truncateIp('203.0.113.77') // '203.0.113.0'
 */
declare function truncateIp(address: string): string | null;

/** The version of the newest migration above (a node test keeps the two equal). */
declare const LATEST_VERSION = 1;

export { MAX_BODY_BYTES, METHODS, LATEST_VERSION as RECEIPTS_SCHEMA_VERSION, canonicalJson, createReceiptService, openPostgresStore, openSqliteStore, openStore, parseReceipt, shownDigest, toNodeListener, truncateIp };
export type { ConnectionInfo, ParseResult, PostgresOptions, ReceiptBody, ReceiptHandler, ReceiptMethod, ReceiptServiceOptions, ReceiptStore, ShownContent, SqliteOptions, StoredReceipt, TimeRange };
