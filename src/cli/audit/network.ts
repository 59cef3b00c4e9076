/**
 * Watches a browser context's traffic: when the network is quiet, which
 * third-party requests were made (and whether they carried a cookie), and which
 * response set which cookie (its Set-Cookie header, as the browser reports it).
 */
import type { BrowserContext, Request } from 'playwright-core';
import { plainUrl, sameSite } from './site';
import type { SetBy } from './types';

export interface RawRequest {
  host: string;
  url: string;
  type: string;
  cookie: boolean;
}

export interface NetworkWatch {
  /** Resolves `true` once no request has been in flight for `idleMs`, `false` after `timeoutMs`. */
  quiet(timeoutMs: number, idleMs?: number): Promise<boolean>;
  /** Forgets the requests recorded so far (a visit records what happens after its decision). */
  restart(): void;
  /** Third-party requests since the last restart, once their headers are known. */
  requests(): Promise<RawRequest[]>;
  /** Cookie name -> the first response that set it. */
  setBy: Map<string, SetBy>;
}

/**
 * @example
 * const watch = watchNetwork(context, 'www.bakery.com');
 * await page.goto(url);
 * await watch.quiet(10_000);
 */
export function watchNetwork(context: BrowserContext, siteHost: string): NetworkWatch {
  const inFlight = new Set<Request>();
  let lastChange = Date.now();
  let recorded: Array<Promise<RawRequest | null>> = [];
  const setBy = new Map<string, SetBy>();

  const done = (request: Request) => {
    inFlight.delete(request);
    lastChange = Date.now();
  };
  context.on('request', (request) => {
    inFlight.add(request);
    lastChange = Date.now();
    const url = plainUrl(request.url());
    if (!url) return;
    const host = new URL(url).hostname;
    if (sameSite(host, siteHost)) return;
    // The Cookie header is only known from the browser's extra info: ask for it, do not wait here.
    recorded.push(
      request.allHeaders().then(
        (headers) => ({ host, url, type: request.resourceType(), cookie: !!headers.cookie }),
        () => ({ host, url, type: request.resourceType(), cookie: false }),
      ),
    );
  });
  context.on('requestfinished', done);
  context.on('requestfailed', done);
  context.on('response', (response) => {
    const url = plainUrl(response.url());
    if (!url) return;
    response.headersArray().then(
      (headers) => {
        for (const { name, value } of headers) {
          if (name.toLowerCase() !== 'set-cookie') continue;
          for (const line of value.split('\n')) {
            const cookie = line.split(';')[0].split('=')[0].trim();
            if (cookie && !setBy.has(cookie)) setBy.set(cookie, { kind: 'response', url });
          }
        }
      },
      () => undefined,
    );
  });

  async function quiet(timeoutMs: number, idleMs = 500): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    lastChange = Math.max(lastChange, Date.now());
    while (Date.now() < deadline) {
      if (inFlight.size === 0 && Date.now() - lastChange >= idleMs) return true;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return false;
  }

  return {
    quiet,
    restart: () => void (recorded = []),
    // A request still waiting for its headers after 2 s is counted without knowing its cookie.
    requests: async () => {
      const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), 2000));
      const settled = await Promise.all(recorded.map((r) => Promise.race([r, late])));
      return settled.filter((r): r is RawRequest => r !== null);
    },
    setBy,
  };
}
