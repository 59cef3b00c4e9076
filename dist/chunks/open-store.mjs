function createBatcher(store, { maxBatch = 500 } = {}) {
  let queue = [];
  let running = false;
  const flush = async () => {
    running = true;
    while (queue.length) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      try {
        await store.append(batch.map((item) => item.receipt));
        for (const item of batch) item.done();
      } catch (error) {
        for (const item of batch) item.failed(error);
      }
    }
    running = false;
  };
  return (receipt) => new Promise((done, failed) => {
    queue.push({ receipt, done, failed });
    if (!running) {
      running = true;
      setTimeout(() => void flush(), 0);
    }
  });
}

function truncateIp(address) {
  const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/i.exec(address);
  if (v4) {
    const parts = v4.slice(1).map(Number);
    return parts.every((n) => n <= 255) ? `${parts[0]}.${parts[1]}.${parts[2]}.0` : null;
  }
  const groups = expandIpv6(address.replace(/%.*$/, ""));
  if (!groups) return null;
  return `${groups[0]}:${groups[1]}:${groups[2]}::`;
}
function expandIpv6(address) {
  if (!/^[0-9a-f:]{2,39}$/i.test(address)) return null;
  const halves = address.toLowerCase().split("::");
  if (halves.length > 2) return null;
  const split = (s) => s ? s.split(":") : [];
  const head = split(halves[0]);
  const tail = halves.length === 2 ? split(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => g.replace(/^0+(?=.)/, ""));
}

const iso = (ms) => new Date(ms).toISOString();
function receiptJson(r) {
  return { ...r, decidedAt: iso(r.decidedAt), receivedAt: iso(r.receivedAt) };
}
const CSV_HEAD = "received_at,decided_at,consent_id,previous_id,revision,mode,method,granted,refused,lang,shown_sha256,origin,path,version,ip,user_agent\r\n";
function cell(value) {
  if (value === null) return "";
  const safe = /^[=+\-@\t\r]/.test(value) ? "'" + value : value;
  return /[",\r\n]/.test(safe) ? '"' + safe.replace(/"/g, '""') + '"' : safe;
}
const names = (purposes, granted) => Object.keys(purposes).filter((p) => purposes[p] === granted).join(" ");
const exportFormats = {
  ndjson: {
    type: "application/x-ndjson; charset=utf-8",
    head: "",
    line: (r) => JSON.stringify(receiptJson(r)) + "\n"
  },
  csv: {
    type: "text/csv; charset=utf-8",
    head: CSV_HEAD,
    line: (r) => [
      iso(r.receivedAt),
      iso(r.decidedAt),
      r.consentId,
      r.previousId,
      r.revision,
      r.mode,
      r.method,
      names(r.purposes, true),
      names(r.purposes, false),
      r.lang,
      r.shown,
      r.origin,
      r.path,
      r.version,
      r.ip,
      r.userAgent
    ].map(cell).join(",") + "\r\n"
  }
};

function createRateLimit({ perMinute, now }) {
  if (!(perMinute > 0)) return () => true;
  const buckets = /* @__PURE__ */ new Map();
  const perMs = perMinute / 6e4;
  let swept = now();
  return (client) => {
    const t = now();
    if (t - swept > 6e4) {
      for (const [key, b2] of buckets) if (t - b2.at > 6e4) buckets.delete(key);
      swept = t;
    }
    const b = buckets.get(client) ?? { tokens: perMinute, at: t };
    b.tokens = Math.min(perMinute, b.tokens + (t - b.at) * perMs);
    b.at = t;
    buckets.set(client, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  };
}

const METHODS = ["notice", "dialog", "placeholder", "api", "gpc"];
const MAX_BODY_BYTES = 4096;
const ID = /^[0-9a-f]{16}$/;
const HEX64 = /^[0-9a-f]{64}$/;
const REVISION = /^[A-Za-z0-9_.-]{1,32}$/;
const PURPOSE = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;
const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;
const VERSION = /^\d{1,4}\.\d{1,4}\.\d{1,4}([-+][0-9A-Za-z.-]{1,20})?$/;
const FIELDS = ["id", "previous", "timestamp", "revision", "mode", "purposes", "method", "lang", "shown", "url", "version"];
const EARLIEST = 9466848e5;
const LATEST = 41024448e5;
const fail = (reason) => ({ ok: false, reason });
const own = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
function parseReceipt(bytes) {
  if (bytes.length > MAX_BODY_BYTES) return fail("body larger than 4096 bytes");
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail("body is not UTF-8");
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return fail("body is not JSON");
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return fail("body is not a JSON object");
  const o = value;
  for (const key of Object.keys(o)) if (!FIELDS.includes(key)) return fail(`unknown field ${JSON.stringify(key.slice(0, 40))}`);
  for (const key of FIELDS) if (!own(o, key)) return fail(`${key}: missing`);
  const str = (v, re) => typeof v === "string" && re.test(v);
  if (!str(o.id, ID)) return fail("id: 16 hex digits expected");
  if (o.previous !== null && !str(o.previous, ID)) return fail("previous: 16 hex digits or null expected");
  if (o.previous === o.id) return fail("previous: equals id");
  const t = o.timestamp;
  if (typeof t !== "number" || !Number.isInteger(t) || t < EARLIEST || t > LATEST) return fail("timestamp: ms since the epoch expected");
  if (!str(o.revision, REVISION)) return fail('revision: letters, digits, "._-", at most 32');
  if (o.mode !== "opt-in" && o.mode !== "opt-out") return fail("mode: opt-in or opt-out expected");
  if (!METHODS.includes(o.method)) return fail("method: one of " + METHODS.join(", "));
  if (!str(o.lang, LANG)) return fail("lang: a language code expected");
  if (o.shown !== null && !str(o.shown, HEX64)) return fail("shown: SHA-256 as 64 hex digits (or null) expected");
  if (!str(o.version, VERSION)) return fail("version: a version number expected");
  const p = o.purposes;
  if (!p || typeof p !== "object" || Array.isArray(p)) return fail("purposes: an object expected");
  const keys = Object.keys(p);
  if (keys.length < 1 || keys.length > 20) return fail("purposes: 1 to 20 purposes expected");
  const purposes = {};
  for (const key of keys.sort()) {
    const granted = p[key];
    if (!PURPOSE.test(key) || typeof granted !== "boolean") return fail("purposes: purpose id -> true or false expected");
    purposes[key] = granted;
  }
  const url = pageUrl(o.url);
  if (!url) return fail("url: an http(s) page address without query or fragment expected");
  return {
    ok: true,
    receipt: {
      id: o.id,
      previous: o.previous,
      timestamp: t,
      revision: o.revision,
      mode: o.mode,
      purposes,
      method: o.method,
      lang: o.lang,
      shown: o.shown,
      url,
      version: o.version
    }
  };
}
function pageUrl(value) {
  if (typeof value !== "string" || value.length > 2048) return null;
  let url;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  return url.origin + url.pathname === value ? value : null;
}
function splitUrl(url) {
  const u = new URL(url);
  return { origin: u.origin, path: u.pathname };
}

const JSON_TYPE = "application/json; charset=utf-8";
const BASE_HEADERS = { "cache-control": "no-store", "x-content-type-options": "nosniff" };
const json = (status, body, headers = {}) => new Response(JSON.stringify(body), { status, headers: { ...BASE_HEADERS, "content-type": JSON_TYPE, ...headers } });
const error = (status, reason, headers = {}) => json(status, { error: reason }, headers);
function createReceiptService(options) {
  const { store, token, keepIp = false, keepUserAgent = false, now = Date.now, onError = () => {
  } } = options;
  if (typeof token !== "string" || token.length < 16) throw new Error("the receipts token must be at least 16 characters");
  const origins = new Set(options.origins.map(normalizeOrigin));
  if (!origins.size) throw new Error("name at least one site origin that sends receipts");
  const allowed = createRateLimit({ perMinute: options.rateLimit ?? 120, now });
  const write = createBatcher(store);
  const tokenDigest = digestOf(token);
  const cors = (origin) => origin && origins.has(origin) ? { "access-control-allow-origin": origin, vary: "Origin" } : { vary: "Origin" };
  const authorize = async (request) => {
    const header = request.headers.get("authorization") ?? "";
    const match = /^Bearer +(\S+)\s*$/i.exec(header);
    if (!match) return error(401, "bearer token required", { "www-authenticate": "Bearer" });
    return equal(await digestOf(match[1]), await tokenDigest) ? null : error(403, "wrong token");
  };
  const receive = async (request, info) => {
    const origin = request.headers.get("origin");
    if (origin !== null && !origins.has(origin)) return error(403, "origin not allowed", cors(null));
    const headers = cors(origin);
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > MAX_BODY_BYTES) return error(413, "body larger than 4096 bytes", headers);
    const client = info?.clientAddress ?? "unknown";
    if (!allowed(client)) return error(429, "too many receipts from this address", { ...headers, "retry-after": "60" });
    const bytes = await readLimited(request, MAX_BODY_BYTES);
    if (!bytes) return error(413, "body larger than 4096 bytes", headers);
    const parsed = parseReceipt(bytes);
    if (!parsed.ok) return error(400, parsed.reason, headers);
    const r = parsed.receipt;
    const page = splitUrl(r.url);
    if (!origins.has(page.origin)) return error(403, "the page origin is not allowed", headers);
    if (origin !== null && origin !== page.origin) return error(400, "url: the page origin differs from the Origin header", headers);
    const receipt = {
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
      userAgent: keepUserAgent ? (request.headers.get("user-agent") ?? "").slice(0, 512) || null : null
    };
    try {
      await write(receipt);
    } catch (e) {
      onError(e);
      return error(503, "the receipt could not be stored", headers);
    }
    return new Response(null, { status: 204, headers: { ...BASE_HEADERS, ...headers } });
  };
  const exportAll = (url) => {
    const range = { from: timeParam(url, "from"), to: timeParam(url, "to") };
    if (Number.isNaN(range.from) || Number.isNaN(range.to))
      return error(400, "from and to: a date (2026-01-31), a date-time or ms since the epoch");
    const format = url.searchParams.get("format") ?? "ndjson";
    if (!Object.prototype.hasOwnProperty.call(exportFormats, format)) return error(400, "format: ndjson or csv");
    const { type, head, line } = exportFormats[format];
    const rows = store.export({ from: range.from, to: range.to })[Symbol.asyncIterator]();
    const encoder = new TextEncoder();
    let started = false;
    const body = new ReadableStream({
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
      }
    });
    return new Response(body, { status: 200, headers: { ...BASE_HEADERS, "content-type": type } });
  };
  return async (request, info) => {
    let url;
    try {
      url = new URL(request.url);
    } catch {
      return error(400, "bad request address");
    }
    const path = url.pathname;
    const method = request.method;
    try {
      if (path === "/health") {
        if (method !== "GET" && method !== "HEAD") return error(405, "method not allowed", { allow: "GET, HEAD" });
        return json(200, { ok: true, store: store.kind, schema: await store.schemaVersion() });
      }
      if (path === "/receipts") {
        if (method === "POST") return await receive(request, info);
        if (method === "OPTIONS") {
          const origin = request.headers.get("origin");
          return new Response(null, {
            status: 204,
            headers: {
              ...BASE_HEADERS,
              ...cors(origin),
              "access-control-allow-methods": "POST",
              "access-control-allow-headers": "content-type",
              "access-control-max-age": "86400"
            }
          });
        }
        if (method === "GET") return await authorize(request) ?? exportAll(url);
        return error(405, "method not allowed", { allow: "GET, POST, OPTIONS" });
      }
      const one = /^\/receipts\/([^/]+)$/.exec(path);
      if (one) {
        if (method !== "GET") return error(405, "method not allowed", { allow: "GET" });
        const denied = await authorize(request);
        if (denied) return denied;
        if (!/^[0-9a-f]{16}$/.test(one[1])) return error(400, "consent id: 16 hex digits expected");
        const receipts = await store.chain(one[1]);
        return receipts.length ? json(200, { receipts: receipts.map(receiptJson) }) : error(404, "no receipt with this consent id");
      }
      return error(404, "not found");
    } catch (e) {
      onError(e);
      return error(500, "internal error");
    }
  };
}
function normalizeOrigin(origin) {
  const url = new URL(origin);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`not an http(s) origin: ${origin}`);
  return url.origin;
}
function timeParam(url, name) {
  const value = url.searchParams.get(name);
  if (value === null || value === "") return void 0;
  if (/^\d{1,15}$/.test(value)) return Number(value);
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : NaN;
}
async function readLimited(request, limit) {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks = [];
  let size = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {
      });
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
async function digestOf(text) {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
}
function equal(a, b) {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

function toNodeListener(handler) {
  return (req, res) => {
    void serve(handler, req, res).catch(() => {
      if (!res.headersSent)
        res.writeHead(500, { "content-type": "application/json", connection: "close" }).end('{"error":"internal error"}');
      else res.destroy();
    });
  };
}
function readUpTo(req, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData).off("end", onEnd).pause();
        resolve({ body: Buffer.concat(chunks).subarray(0, limit), complete: false });
      }
    };
    const onEnd = () => resolve({ body: Buffer.concat(chunks), complete: true });
    req.on("data", onData).once("end", onEnd).once("error", reject);
  });
}
function discard(req, limit) {
  return new Promise((resolve) => {
    if (req.complete) return resolve();
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size > limit) done();
    };
    const done = () => {
      req.off("data", onData).off("end", done).off("error", done).pause();
      resolve();
    };
    req.on("data", onData).once("end", done).once("error", done).resume();
  });
}
async function serve(handler, req, res) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === void 0 || name.startsWith(":")) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  let complete = true;
  let body;
  if (hasBody) {
    const announced = Number(req.headers["content-length"] ?? 0);
    if (announced > MAX_BODY_BYTES) complete = false;
    else ({ body, complete } = await readUpTo(req, MAX_BODY_BYTES + 1));
  }
  const target = (req.url ?? "/").startsWith("/") ? req.url : "/";
  const request = new Request("http://localhost" + target, {
    method,
    headers,
    body: hasBody ? body ?? new Uint8Array(0) : void 0
  });
  const response = await handler(request, { clientAddress: req.socket.remoteAddress });
  if (!complete) await discard(req, 1 << 20);
  const head = Object.fromEntries(response.headers);
  if (!complete || hasBody && !req.complete) head.connection = "close";
  if (!response.body || method === "HEAD") {
    res.writeHead(response.status, head).end();
    return;
  }
  if (/json/.test(head["content-type"] ?? "")) {
    res.writeHead(response.status, head).end(Buffer.from(await response.arrayBuffer()));
    return;
  }
  res.writeHead(response.status, head);
  const { Readable } = await import('node:stream');
  const stream = Readable.fromWeb(response.body);
  stream.on("error", () => res.destroy());
  res.on("close", () => stream.destroy());
  stream.pipe(res);
}

async function openStore(address) {
  if (/^postgres(ql)?:\/\//i.test(address)) {
    const { openPostgresStore } = await import('./postgres.mjs');
    return openPostgresStore(address);
  }
  const file = /^sqlite:/i.test(address) ? address.slice("sqlite:".length).replace(/^\/\/(?=\/)/, "") : "";
  if (!file) throw new Error(`--db must be sqlite:<file> or postgres://\u2026, got ${JSON.stringify(address)}`);
  const { openSqliteStore } = await import('./sqlite.mjs');
  return openSqliteStore(file);
}

export { MAX_BODY_BYTES as M, METHODS as a, truncateIp as b, createReceiptService as c, exportFormats as e, openStore as o, parseReceipt as p, toNodeListener as t };
