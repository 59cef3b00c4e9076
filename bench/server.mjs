/**
 * Static server for the benchmark on 127.0.0.1 (random port): the candidate
 * pages, the tracker files (one held back LATE_DELAY ms), and the repository's
 * files (dist/ and the peers in node_modules/). Everything is sent with
 * `no-store`, so every run loads every byte like a first visit does, and
 * text is sent gzip -9 to a browser that accepts it, as a production server
 * would: the bytes a visit downloads are read from the browser's own
 * Resource Timing (`encodedBodySize`), so they are the bytes as served.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = new URL('..', import.meta.url).pathname;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};
const ALLOWED = ['/dist/', '/node_modules/'];

/** gzip -9 of each body sent, computed once. */
const gzipped = new Map();
function send(req, res, type, body) {
  const headers = { 'content-type': type, 'cache-control': 'no-store', vary: 'accept-encoding' };
  if (/^(text\/|application\/json)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    if (!gzipped.has(body)) gzipped.set(body, gzipSync(body, { level: 9 }));
    res.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(gzipped.get(body));
  } else res.writeHead(200, headers).end(body);
}

/** Starts the server with `routes` (path -> { body, type?, delay? }); `log` holds every requested path. */
export async function startServer(routes) {
  const log = [];
  const files = new Map();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    log.push(path);
    const route = routes[path];
    if (route) {
      const send_ = () => send(req, res, route.type ?? TYPES['.html'], route.body);
      if (route.delay) setTimeout(send_, route.delay);
      else send_();
      return;
    }
    const file = normalize(join(ROOT, decodeURIComponent(path)));
    const inside = ALLOWED.some((dir) => file.startsWith(join(ROOT, dir)));
    if (!inside || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (!files.has(file)) files.set(file, readFileSync(file));
    send(req, res, TYPES[extname(file)] ?? 'application/octet-stream', files.get(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
