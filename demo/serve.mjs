/**
 * The demo server behind `npm start`: the bakery page rendered for the
 * switcher's query, the built consent-gate scripts from dist/, and local fake
 * trackers. Only node:http and node:fs; no network needed.
 *
 * @example
 * const { url, close } = await startDemo({ port: 0 }); // a free port, for tests
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
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
  '/privacy': DEMO + 'privacy.html',
};
// The notice's files, one per built-in language, next to the core (docs/loading.md).
for (const lang of ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl']) FILES[`/consent-gate-ui.${lang}.min.js`] = DIST + `consent-gate-ui.${lang}.min.js`;
for (const name of ['site.css', 'log.js', 'consent-panel.js', 'site.js']) FILES['/assets/' + name] = DEMO + 'assets/' + name;
for (const name of ['stats.js', 'ads.js', 'store-memory.js', 'remember-email.js', 'chat.js', 'video.html'])
  FILES['/trackers/' + name] = DEMO + 'trackers/' + name;

const HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

function send(res, status, type, body, extra = {}) {
  res.writeHead(status, { ...HEADERS, 'content-type': type, ...extra });
  res.end(body);
}

function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed', { allow: 'GET, HEAD' });
  if (url.pathname === '/') return send(res, 200, TYPES.html, renderPage(readChoices(url.searchParams)));
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
 * Resolves to the server, its URL, every request path seen, and `close()`.
 */
export function startDemo({ port = 8080, host = '127.0.0.1' } = {}) {
  const requests = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '/');
    try {
      handle(req, res);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'text/plain', 'server error');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const url = `http://${host}:${server.address().port}`;
      resolve({ server, url, requests, close: () => new Promise((done) => server.close(() => done())) });
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
    ({ url }) => console.log(`consent-gate demo: ${url}/  (Ctrl+C to stop)`),
    (error) => {
      console.error(error.code === 'EADDRINUSE' ? `port ${port} is in use: try PORT=8081 npm start` : error);
      process.exit(1);
    },
  );
}
