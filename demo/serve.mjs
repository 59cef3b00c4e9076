/**
 * The demo server behind `npm start`: the bakery page rendered for the
 * switcher's query, the built consent-gate scripts from dist/, local fake
 * trackers, and the consent receipts service (dist/server.mjs) on a SQLite
 * file beside the site, which the page sends every decision's receipt to.
 * No network needed.
 *
 * @example
 * const { url, close } = await startDemo({ port: 0 }); // a free port, for tests
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readChoices, renderPage } from './render-page.mjs';

const DEMO = fileURLToPath(new URL('./', import.meta.url));
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const TYPES = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', html: 'text/html; charset=utf-8' };

/** A 1x1 transparent GIF: the ad pixel. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** Fixed files by URL path. Anything else is 404: no path from the URL ever reaches the file system. */
const FILES = {
  '/consent-gate.min.js': DIST + 'consent-gate.min.js',
  // The JSON config's check, loaded by the notice's file when a config has a problem (the demo's has none; served as a site owner would).
  '/consent-gate-check.min.js': DIST + 'consent-gate-check.min.js',
  '/privacy': DEMO + 'privacy.html',
};
// The notice's files, one per built-in language, next to the core (docs/loading.md).
for (const lang of ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl'])
  FILES[`/consent-gate-ui.${lang}.min.js`] = DIST + `consent-gate-ui.${lang}.min.js`;
for (const name of ['site.css', 'log.js', 'consent-panel.js', 'receipt-panel.js', 'site.js'])
  FILES['/assets/' + name] = DEMO + 'assets/' + name;
for (const name of ['stats.js', 'ads.js', 'store-memory.js', 'remember-email.js', 'chat.js', 'video.html'])
  FILES['/trackers/' + name] = DEMO + 'trackers/' + name;

const HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

function send(res, status, type, body, extra = {}) {
  res.writeHead(status, { ...HEADERS, 'content-type': type, ...extra });
  res.end(body);
}

/**
 * The receipts service on a SQLite file in a fresh temporary folder (removed on close), with a
 * reading token only this server knows. Null, with the reason told, when it cannot run here
 * (better-sqlite3 not installed, dist/ not built): the demo then runs without receipts.
 */
async function startReceipts() {
  if (!existsSync(DIST + 'server.mjs')) return { error: 'dist/server.mjs is missing: run npm run build' };
  const dir = mkdtempSync(join(tmpdir(), 'consent-gate-demo-'));
  const file = join(dir, 'consent-receipts.db');
  try {
    const api = await import(pathToFileURL(DIST + 'server.mjs').href);
    const store = await api.openSqliteStore(file);
    const token = randomBytes(24).toString('base64url');
    return {
      file,
      token,
      /** The service for the demo's own origins (known once it listens). */
      mount: (origins) => {
        const handler = api.createReceiptService({ store, origins, token });
        return { handler, listener: api.toNodeListener(handler) };
      },
      close: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** "Behind the scenes" reads the stored receipt back from the service, with the token added here. */
async function readReceipt(service, token, id, res) {
  const response = await service.handler(
    new Request(`http://localhost/receipts/${encodeURIComponent(id)}`, { headers: { authorization: `Bearer ${token}` } }),
  );
  send(res, response.status, response.headers.get('content-type') ?? 'application/json', Buffer.from(await response.arrayBuffer()));
}

function handle(req, res, receipts) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/receipts') {
    if (receipts.service) return receipts.service.listener(req, res);
    return send(res, 503, 'application/json', JSON.stringify({ error: 'the receipts service is off in this demo run' }));
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed', { allow: 'GET, HEAD' });
  const stored = /^\/demo\/receipts\/([0-9a-f]{16})$/.exec(url.pathname);
  if (stored) {
    if (!receipts.service)
      return send(res, 503, 'application/json', JSON.stringify({ error: 'the receipts service is off in this demo run' }));
    return void readReceipt(receipts.service, receipts.token, stored[1], res).catch(() => send(res, 500, 'text/plain', 'server error'));
  }
  if (url.pathname === '/') {
    return send(res, 200, TYPES.html, renderPage(readChoices(url.searchParams), { logUrl: receipts.service ? '/receipts' : null }));
  }
  if (url.pathname === '/trackers/pixel.gif') {
    // Like a real ad pixel, it sets its own cookie; consent-gate deletes it when ads are refused.
    const id = Math.random().toString(36).slice(2, 10);
    return send(res, 200, 'image/gif', PIXEL, { 'set-cookie': `_ad_px=${id}; Max-Age=2592000; Path=/; SameSite=Lax` });
  }
  const file = Object.prototype.hasOwnProperty.call(FILES, url.pathname) ? FILES[url.pathname] : undefined;
  if (!file || !existsSync(file)) {
    const hint = file?.startsWith(DIST) ? 'not built yet: run npm run build' : 'not found';
    return send(res, 404, 'text/plain; charset=utf-8', hint);
  }
  const ext = file.endsWith('/privacy.html') ? 'html' : file.slice(file.lastIndexOf('.') + 1);
  send(res, 200, TYPES[ext] ?? 'application/octet-stream', readFileSync(file));
}

/**
 * Starts the demo on 127.0.0.1. `port: 0` picks a free port.
 * Resolves to the server, its URL, every request path seen, the receipts
 * service's database file (or why it is off), and `close()`.
 */
export async function startDemo({ port = 8080, host = '127.0.0.1' } = {}) {
  const requests = [];
  const started = await startReceipts();
  const receipts = { service: null, token: started.token };
  const server = createServer((req, res) => {
    requests.push(req.url ?? '/');
    try {
      handle(req, res, receipts);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'text/plain', 'server error');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error) => {
      void started.close?.();
      reject(error);
    });
    server.listen(port, host, () => {
      const bound = server.address().port;
      const url = `http://${host}:${bound}`;
      // Receipts are accepted from the demo's own pages, by either loopback name.
      if (started.mount) receipts.service = started.mount([url, `http://localhost:${bound}`, `http://127.0.0.1:${bound}`]);
      const close = async () => {
        // A browser's idle keep-alive connections would hold close() open.
        const closed = new Promise((done) => server.close(() => done()));
        server.closeIdleConnections();
        await closed;
        await started.close?.();
      };
      resolve({ server, url, requests, receipts: { file: started.file ?? null, error: started.error ?? null }, close });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = process.env.PORT === undefined ? 8080 : Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a number from 0 to 65535, got ${JSON.stringify(process.env.PORT)}`);
    process.exit(1);
  }
  if (!existsSync(DIST + 'consent-gate.min.js')) console.warn('dist/ is missing: run npm run build (npm start does it for you)');
  startDemo({ port }).then(
    ({ url, receipts, close }) => {
      console.log(`consent-gate demo: ${url}/  (Ctrl+C to stop)`);
      for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void close().finally(() => process.exit(0)));
      if (receipts.file) {
        console.log(`consent receipts: stored in ${receipts.file} (SQLite, removed on stop); export them while the demo runs:`);
        console.log(`  node dist/cli.mjs receipts export --db sqlite:${receipts.file} --format csv`);
      } else console.log(`consent receipts: off in this run (${receipts.error})`);
    },
    (error) => {
      console.error(error.code === 'EADDRINUSE' ? `port ${port} is in use: try PORT=8081 npm start` : error);
      process.exit(1);
    },
  );
}
