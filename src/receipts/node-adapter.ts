import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { ReceiptHandler } from './service';

/**
 * Mounts a WHATWG handler in Node's `http` (or Express, which passes the
 * same objects): the request becomes a `Request` (body streamed, never
 * buffered here), the `Response` is written back, and the socket's address
 * is passed as `clientAddress`.
 *
 * @example
 * createServer(toNodeListener(createReceiptService({ store, origins, token }))).listen(8787);
 */
export function toNodeListener(handler: ReceiptHandler): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void serve(handler, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"internal error"}');
      else res.destroy();
    });
  };
}

async function serve(handler: ReceiptHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  // The path only, on a fixed base: the Host header never decides what is served.
  const target = (req.url ?? '/').startsWith('/') ? req.url! : '/';
  const abort = new AbortController();
  res.on('close', () => abort.abort());
  const request = new Request('http://localhost' + target, {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    signal: abort.signal,
    // Node's fetch needs this for a streamed request body.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit);
  const response = await handler(request, { clientAddress: req.socket.remoteAddress });
  const head: Record<string, string> = Object.fromEntries(response.headers);
  // Answered before the body was read to its end (413, 429…): the rest of it would be read as the
  // next request on this connection, so the connection ends with this response.
  if (hasBody && !req.complete) head.connection = 'close';
  res.writeHead(response.status, head);
  if (!response.body || method === 'HEAD') {
    res.end();
    return;
  }
  const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>);
  body.on('error', () => res.destroy());
  body.pipe(res);
}
