/**
 * Static server for the benchmark on 127.0.0.1 (random port): the candidate
 * pages, the tracker files (one held back LATE_DELAY ms), and the repository's
 * files (dist/ and the peers in node_modules/). Everything is sent with
 * `no-store`, so every run loads every byte like a first visit does.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};
const ALLOWED = ['/dist/', '/node_modules/'];

/** Starts the server with `routes` (path -> { body, type?, delay? }); `log` holds every requested path. */
export async function startServer(routes) {
  const log = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    log.push(path);
    const route = routes[path];
    if (route) {
      const send = () => {
        res.writeHead(200, { 'content-type': route.type ?? TYPES['.html'], 'cache-control': 'no-store' });
        res.end(route.body);
      };
      if (route.delay) setTimeout(send, route.delay);
      else send();
      return;
    }
    const file = normalize(join(ROOT, decodeURIComponent(path)));
    const inside = ALLOWED.some((dir) => file.startsWith(join(ROOT, dir)));
    if (!inside || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
