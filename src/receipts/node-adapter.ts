import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_BODY_BYTES } from './receipt';
import type { ReceiptHandler } from './service';

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
export function toNodeListener(handler: ReceiptHandler): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void serve(handler, req, res).catch(() => {
      if (!res.headersSent)
        res.writeHead(500, { 'content-type': 'application/json', connection: 'close' }).end('{"error":"internal error"}');
      else res.destroy();
    });
  };
}

/** The body up to `limit` bytes; `complete` is false when it was longer (reading stopped there). */
function readUpTo(req: IncomingMessage, limit: number): Promise<{ body: Buffer; complete: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData).off('end', onEnd).pause();
        resolve({ body: Buffer.concat(chunks).subarray(0, limit), complete: false });
      }
    };
    const onEnd = () => resolve({ body: Buffer.concat(chunks), complete: true });
    req.on('data', onData).once('end', onEnd).once('error', reject);
  });
}

/**
 * Reads and discards the rest of a body too large to keep, up to `limit` bytes, so the client
 * (still sending) gets the 413 instead of a reset connection. Past the limit, the connection is
 * reset all the same: nobody sends a megabyte as a receipt.
 */
function discard(req: IncomingMessage, limit: number): Promise<void> {
  return new Promise((resolve) => {
    if (req.complete) return resolve();
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) done();
    };
    const done = () => {
      req.off('data', onData).off('end', done).off('error', done).pause();
      resolve();
    };
    req.on('data', onData).once('end', done).once('error', done).resume();
  });
}

async function serve(handler: ReceiptHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  let complete = true;
  let body: Buffer | undefined;
  if (hasBody) {
    // Length unknown or small: read it. Announced as too large: not read at all, the handler answers 413.
    const announced = Number(req.headers['content-length'] ?? 0);
    if (announced > MAX_BODY_BYTES) complete = false;
    else ({ body, complete } = await readUpTo(req, MAX_BODY_BYTES + 1));
  }
  // The path only, on a fixed base: the Host header never decides what is served.
  const target = (req.url ?? '/').startsWith('/') ? req.url! : '/';
  const request = new Request('http://localhost' + target, {
    method,
    headers,
    body: hasBody ? ((body ?? new Uint8Array(0)) as unknown as BodyInit) : undefined,
  });
  const response = await handler(request, { clientAddress: req.socket.remoteAddress });
  if (!complete) await discard(req, 1 << 20);
  const head: Record<string, string> = Object.fromEntries(response.headers);
  // Answered before the body was read to its end (413): the rest of it would be read as the
  // next request on this connection, so the connection ends with this response.
  if (!complete || (hasBody && !req.complete)) head.connection = 'close';
  if (!response.body || method === 'HEAD') {
    res.writeHead(response.status, head).end();
    return;
  }
  if (/json/.test(head['content-type'] ?? '')) {
    res.writeHead(response.status, head).end(Buffer.from(await response.arrayBuffer()));
    return;
  }
  res.writeHead(response.status, head);
  // Loaded here: `consent-gate/server` imports nothing at load, for those who only read cookies with it.
  const { Readable } = await import('node:stream');
  const stream = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>);
  stream.on('error', () => res.destroy());
  res.on('close', () => stream.destroy());
  stream.pipe(res);
}
