/**
 * Real-browser test harness: a static server on 127.0.0.1 (random port) over
 * the repository, with pages defined by tests, delayed responses and a log of
 * every request; and headless Chromium (found by src/cli/find-browser.ts) driven by playwright-core.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { BROWSER_HELP, CHROMIUM_ARGS, findBrowser } from '../../src/cli/find-browser';

const ROOT = new URL('../..', import.meta.url).pathname;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
};

export interface Route {
  body: string | Buffer;
  type?: string;
  status?: number;
  headers?: Record<string, string>;
  /** Milliseconds before the response is sent. */
  delay?: number;
  /** Hold the response until a request for this other path has arrived (proves parallel fetches without timing). */
  after?: string;
  /** A streamed response (then `body` is ignored): each chunk is written once a request for its `after` path has arrived. */
  chunks?: Array<{ body: string; after?: string }>;
}

export interface TestServer {
  url: string;
  /** Every request path (with query) in arrival order. */
  log: string[];
  /** Request bodies by path, for beacons and POSTs. */
  bodies: Map<string, string[]>;
  route(path: string, route: Route): void;
  /** Shorthand: an HTML page at `path`. */
  page(path: string, html: string, headers?: Record<string, string>): string;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Route>();
  const log: string[] = [];
  const bodies = new Map<string, string[]>();
  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    log.push(url.pathname + url.search);
    if (req.method === 'POST') {
      const body = await readBody(req);
      bodies.set(url.pathname, [...(bodies.get(url.pathname) ?? []), body]);
      res.writeHead(204).end();
      return;
    }
    const route = routes.get(url.pathname);
    if (route) {
      const send = () => {
        res.writeHead(route.status ?? 200, {
          'content-type': route.type ?? 'text/html; charset=utf-8',
          'cache-control': 'no-store',
          ...route.headers,
        });
        res.end(route.body);
      };
      const requested = (path: string) => log.some((p) => p.split('?')[0] === path);
      const holdUntil = route.after;
      const chunks = route.chunks;
      if (chunks) {
        res.writeHead(route.status ?? 200, {
          'content-type': route.type ?? 'text/html; charset=utf-8',
          'cache-control': 'no-store',
          ...route.headers,
        });
        const write = (i: number): void => {
          if (i === chunks.length) return void res.end();
          const { body, after } = chunks[i]!;
          const poll = () => (!after || requested(after) ? (res.write(body), write(i + 1)) : setTimeout(poll, 5));
          poll();
        };
        write(0);
      } else if (holdUntil) {
        const poll = () => (requested(holdUntil) ? send() : setTimeout(poll, 5));
        poll();
      } else if (route.delay) setTimeout(send, route.delay);
      else send();
      return;
    }
    const file = normalize(join(ROOT, decodeURIComponent(url.pathname)));
    if (!file.startsWith(ROOT) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // CORS on the static files, as CDNs send it: what a UI file's integrity check needs from a page of
    // another origin (a sandboxed frame's origin is opaque, so every file is cross-origin there).
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'access-control-allow-origin': '*',
    });
    createReadStream(file).pipe(res);
  };
  const server = createServer((req, res) => void serve(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    log,
    bodies,
    route: (path, route) => void routes.set(path, route),
    page(path, html, headers) {
      routes.set(path, { body: html, headers });
      return url + path;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export { CHROMIUM_ARGS };

/** Headless Chromium from the one lookup `npm test` set up (src/cli/find-browser.ts), with optional extra switches. */
export function launch(extraArgs: string[] = []): Promise<Browser> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error(BROWSER_HELP);
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
}

/** A fresh context (no cookies) and page that records console warnings and page errors. */
export async function openPage(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}) {
  const context: BrowserContext = await browser.newContext(options);
  const page: Page = await context.newPage();
  const warnings: string[] = [];
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, warnings, errors };
}

/**
 * A page that loads the built script with the given attributes. `body` goes
 * after the script tag; `head` before it.
 */
export function sitePage({
  attrs = '',
  head = '',
  body = '',
  script = '/dist/consent-gate.min.js',
  lang = 'en',
}: {
  attrs?: string;
  head?: string;
  body?: string;
  script?: string;
  lang?: string;
}): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>fixture</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.ran = []; window.mark = (n) => window.ran.push(n);</script>
${head}
<script src="${script}" ${attrs}></script>
</head><body><main><h1>Fixture</h1><a href="#x" id="page-link">A page link</a></main>
${body}
</body></html>`;
}

/**
 * One static server and one Chromium for a test file: started before its
 * tests (then `ready` gets them, to keep and to add routes), closed after.
 */
export function useSite(ready: (server: TestServer, browser: Browser) => void | Promise<void>): void {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launch()]);
    await ready(server, browser);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}
