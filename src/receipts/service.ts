import { createBatcher } from './batcher';
import { truncateIp } from './client-address';
import { exportFormats, receiptJson, type ExportFormat } from './export-format';
import { createRateLimit } from './rate-limit';
import { MAX_BODY_BYTES, parseReceipt, splitUrl } from './receipt';
import type { ReceiptStore, StoredReceipt } from './store';

/** Settings of the receipts service. */
export interface ReceiptServiceOptions {
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
export interface ConnectionInfo {
  /** The client's address (for the rate limit, and the truncated IP when kept). */
  clientAddress?: string;
}

/** A WHATWG fetch handler: Node (through `toNodeListener`), Deno, Bun, workers, Hono… */
export type ReceiptHandler = (request: Request, info?: ConnectionInfo) => Promise<Response>;

const JSON_TYPE = 'application/json; charset=utf-8';
const BASE_HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { ...BASE_HEADERS, 'content-type': JSON_TYPE, ...headers } });
const error = (status: number, reason: string, headers: Record<string, string> = {}) => json(status, { error: reason }, headers);

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
export function createReceiptService(options: ReceiptServiceOptions): ReceiptHandler {
  const { store, token, keepIp = false, keepUserAgent = false, now = Date.now, onError = () => {} } = options;
  if (typeof token !== 'string' || token.length < 16) throw new Error('the receipts token must be at least 16 characters');
  const origins = new Set(options.origins.map(normalizeOrigin));
  if (!origins.size) throw new Error('name at least one site origin that sends receipts');
  const allowed = createRateLimit({ perMinute: options.rateLimit ?? 120, now });
  const write = createBatcher(store);
  const tokenDigest = digestOf(token);

  const cors = (origin: string | null): Record<string, string> =>
    origin && origins.has(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : { vary: 'Origin' };

  const authorize = async (request: Request): Promise<Response | null> => {
    const header = request.headers.get('authorization') ?? '';
    const match = /^Bearer +(\S+)\s*$/i.exec(header);
    if (!match) return error(401, 'bearer token required', { 'www-authenticate': 'Bearer' });
    return equal(await digestOf(match[1]!), await tokenDigest) ? null : error(403, 'wrong token');
  };

  const receive = async (request: Request, info: ConnectionInfo | undefined): Promise<Response> => {
    const origin = request.headers.get('origin');
    if (origin !== null && !origins.has(origin)) return error(403, 'origin not allowed', cors(null));
    const headers = cors(origin);
    const length = Number(request.headers.get('content-length') ?? 0);
    if (length > MAX_BODY_BYTES) return error(413, 'body larger than 4096 bytes', headers);
    const client = info?.clientAddress ?? 'unknown';
    if (!allowed(client)) return error(429, 'too many receipts from this address', { ...headers, 'retry-after': '60' });
    const bytes = await readLimited(request, MAX_BODY_BYTES);
    if (!bytes) return error(413, 'body larger than 4096 bytes', headers);
    const parsed = parseReceipt(bytes);
    if (!parsed.ok) return error(400, parsed.reason, headers);
    const r = parsed.receipt;
    const page = splitUrl(r.url);
    if (!origins.has(page.origin)) return error(403, 'the page origin is not allowed', headers);
    if (origin !== null && origin !== page.origin) return error(400, 'url: the page origin differs from the Origin header', headers);
    const receipt: StoredReceipt = {
      consentId: r.id,
      previousId: r.previous,
      decidedAt: r.timestamp,
      receivedAt: now(),
      revision: r.revision,
      mode: r.mode,
      purposes: r.purposes,
      method: r.method,
      lang: r.lang,
      shown: r.shown,
      origin: page.origin,
      path: page.path,
      version: r.version,
      ip: keepIp && info?.clientAddress ? truncateIp(info.clientAddress) : null,
      userAgent: keepUserAgent ? (request.headers.get('user-agent') ?? '').slice(0, 512) || null : null,
    };
    try {
      await write(receipt);
    } catch (e) {
      onError(e);
      return error(503, 'the receipt could not be stored', headers);
    }
    return new Response(null, { status: 204, headers: { ...BASE_HEADERS, ...headers } });
  };

  const exportAll = (url: URL): Response => {
    const range = { from: timeParam(url, 'from'), to: timeParam(url, 'to') };
    if (Number.isNaN(range.from) || Number.isNaN(range.to))
      return error(400, 'from and to: a date (2026-01-31), a date-time or ms since the epoch');
    const format = (url.searchParams.get('format') ?? 'ndjson') as ExportFormat;
    if (!Object.prototype.hasOwnProperty.call(exportFormats, format)) return error(400, 'format: ndjson or csv');
    const { type, head, line } = exportFormats[format];
    const rows = store.export({ from: range.from, to: range.to })[Symbol.asyncIterator]();
    const encoder = new TextEncoder();
    let started = false;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (!started) {
          started = true;
          if (head) return controller.enqueue(encoder.encode(head));
        }
        try {
          const next = await rows.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(line(next.value)));
        } catch (e) {
          onError(e);
          controller.error(e);
        }
      },
      async cancel() {
        await rows.return?.();
      },
    });
    return new Response(body, { status: 200, headers: { ...BASE_HEADERS, 'content-type': type } });
  };

  return async (request, info) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return error(400, 'bad request address');
    }
    const path = url.pathname;
    const method = request.method;
    try {
      if (path === '/health') {
        if (method !== 'GET' && method !== 'HEAD') return error(405, 'method not allowed', { allow: 'GET, HEAD' });
        return json(200, { ok: true, store: store.kind, schema: await store.schemaVersion() });
      }
      if (path === '/receipts') {
        if (method === 'POST') return await receive(request, info);
        if (method === 'OPTIONS') {
          const origin = request.headers.get('origin');
          return new Response(null, {
            status: 204,
            headers: {
              ...BASE_HEADERS,
              ...cors(origin),
              'access-control-allow-methods': 'POST',
              'access-control-allow-headers': 'content-type',
              'access-control-max-age': '86400',
            },
          });
        }
        if (method === 'GET') return (await authorize(request)) ?? exportAll(url);
        return error(405, 'method not allowed', { allow: 'GET, POST, OPTIONS' });
      }
      const one = /^\/receipts\/([^/]+)$/.exec(path);
      if (one) {
        if (method !== 'GET') return error(405, 'method not allowed', { allow: 'GET' });
        const denied = await authorize(request);
        if (denied) return denied;
        if (!/^[0-9a-f]{16}$/.test(one[1]!)) return error(400, 'consent id: 16 hex digits expected');
        const receipts = await store.chain(one[1]!);
        return receipts.length ? json(200, { receipts: receipts.map(receiptJson) }) : error(404, 'no receipt with this consent id');
      }
      return error(404, 'not found');
    } catch (e) {
      onError(e);
      return error(500, 'internal error');
    }
  };
}

/** `https://Example.com:443/` -> `https://example.com`; the form browsers send in Origin. */
function normalizeOrigin(origin: string): string {
  const url = new URL(origin);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`not an http(s) origin: ${origin}`);
  return url.origin;
}

/** A date, a date-time or ms since the epoch; undefined when absent, NaN when unreadable. */
function timeParam(url: URL, name: string): number | undefined {
  const value = url.searchParams.get(name);
  if (value === null || value === '') return undefined;
  if (/^\d{1,15}$/.test(value)) return Number(value);
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : NaN;
}

/** The body, or null once it passes `limit` bytes (then reading stops). */
async function readLimited(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** Tokens are compared as digests: equal length, so the comparison time does not tell the token. */
async function digestOf(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}
