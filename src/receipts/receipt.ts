/**
 * The consent receipt: what the script sends (`data-log-url`) and what the
 * receipts service keeps. One module for both sides, so the page and the
 * server agree on every field.
 */

/** How a decision was made. */
export const METHODS = ['notice', 'dialog', 'placeholder', 'api', 'gpc'] as const;
export type ReceiptMethod = (typeof METHODS)[number];

/** The body the script POSTs (JSON sent as `text/plain`). */
export interface ReceiptBody {
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
export const MAX_BODY_BYTES = 4096;

const ID = /^[0-9a-f]{16}$/;
const HEX64 = /^[0-9a-f]{64}$/;
const REVISION = /^[A-Za-z0-9_.-]{1,32}$/;
const PURPOSE = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;
const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;
const VERSION = /^\d{1,4}\.\d{1,4}\.\d{1,4}([-+][0-9A-Za-z.-]{1,20})?$/;
const FIELDS = ['id', 'previous', 'timestamp', 'revision', 'mode', 'purposes', 'method', 'lang', 'shown', 'url', 'version'];
/** 2000-01-01 and 2100-01-01: a decision time outside is no clock, it is a made-up number. */
const EARLIEST = 946_684_800_000;
const LATEST = 4_102_444_800_000;

export type ParseResult = { ok: true; receipt: ReceiptBody } | { ok: false; reason: string };

const fail = (reason: string): ParseResult => ({ ok: false, reason });
const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/**
 * Reads a receipt body strictly: valid UTF-8, one JSON object with exactly
 * the known fields, each of its type and shape. Anything else is refused with
 * a short reason (the service answers 400 with it); nothing is coerced.
 *
 * @example
 * parseReceipt(new TextEncoder().encode('{"id":1}')) // { ok: false, reason: 'id: 16 hex digits expected' }
 */
export function parseReceipt(bytes: Uint8Array): ParseResult {
  if (bytes.length > MAX_BODY_BYTES) return fail('body larger than 4096 bytes');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail('body is not UTF-8');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('body is not JSON');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return fail('body is not a JSON object');
  const o = value as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!FIELDS.includes(key)) return fail(`unknown field ${JSON.stringify(key.slice(0, 40))}`);
  for (const key of FIELDS) if (!own(o, key)) return fail(`${key}: missing`);
  const str = (v: unknown, re: RegExp) => typeof v === 'string' && re.test(v);
  if (!str(o.id, ID)) return fail('id: 16 hex digits expected');
  if (o.previous !== null && !str(o.previous, ID)) return fail('previous: 16 hex digits or null expected');
  if (o.previous === o.id) return fail('previous: equals id');
  const t = o.timestamp;
  if (typeof t !== 'number' || !Number.isInteger(t) || t < EARLIEST || t > LATEST) return fail('timestamp: ms since the epoch expected');
  if (!str(o.revision, REVISION)) return fail('revision: letters, digits, "._-", at most 32');
  if (o.mode !== 'opt-in' && o.mode !== 'opt-out') return fail('mode: opt-in or opt-out expected');
  if (!METHODS.includes(o.method as ReceiptMethod)) return fail('method: one of ' + METHODS.join(', '));
  if (!str(o.lang, LANG)) return fail('lang: a language code expected');
  if (o.shown !== null && !str(o.shown, HEX64)) return fail('shown: SHA-256 as 64 hex digits (or null) expected');
  if (!str(o.version, VERSION)) return fail('version: a version number expected');
  const p = o.purposes;
  if (!p || typeof p !== 'object' || Array.isArray(p)) return fail('purposes: an object expected');
  const keys = Object.keys(p);
  if (keys.length < 1 || keys.length > 20) return fail('purposes: 1 to 20 purposes expected');
  const purposes: Record<string, boolean> = {};
  for (const key of keys.sort()) {
    const granted = (p as Record<string, unknown>)[key];
    if (!PURPOSE.test(key) || typeof granted !== 'boolean') return fail('purposes: purpose id -> true or false expected');
    purposes[key] = granted;
  }
  const url = pageUrl(o.url);
  if (!url) return fail('url: an http(s) page address without query or fragment expected');
  return {
    ok: true,
    receipt: {
      id: o.id as string,
      previous: o.previous as string | null,
      timestamp: t,
      revision: o.revision as string,
      mode: o.mode,
      purposes,
      method: o.method as ReceiptMethod,
      lang: o.lang as string,
      shown: o.shown as string | null,
      url,
      version: o.version as string,
    },
  };
}

/** An `http(s)://host[:port]/path` address, exactly as `origin + pathname` prints it; else null. */
function pageUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.origin + url.pathname === value ? value : null;
}

/** Splits a validated page address into origin and path. */
export function splitUrl(url: string): { origin: string; path: string } {
  const u = new URL(url);
  return { origin: u.origin, path: u.pathname };
}
