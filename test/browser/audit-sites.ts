/**
 * Sites for the audit tests: one loopback server answering for real-looking host
 * names (the browser maps them to it with --host-resolver-rules): the shop
 * `www.crumb-bakery.com`, Mixpanel's CDN and API, and jsDelivr serving
 * vanilla-cookieconsent. The tracker code is the real SDK from npm.
 */
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { run } from '../../src/cli/audit/command';
import type { AuditRecord } from '../../src/cli/audit/types';

const ROOT = new URL('../..', import.meta.url).pathname;
export const SHOP = 'www.crumb-bakery.com';
const HOSTS = [SHOP, 'cdn.mxpnl.com', 'api-js.mixpanel.com', 'cdn.jsdelivr.net'];
export const MIXPANEL_TOKEN = 'f00dcafe0123456789abcdef01234567';

/** Mixpanel's own embed: its snippet (from the package) and init, as its docs tell site owners. */
export function mixpanelEmbed(): string {
  const snippet = readFileSync(join(ROOT, 'node_modules/mixpanel-browser/dist/mixpanel-jslib-snippet.min.js'), 'utf8');
  return `var MIXPANEL_CUSTOM_LIB_URL = 'http://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js';
${snippet}
mixpanel.init('${MIXPANEL_TOKEN}', { api_host: 'http://api-js.mixpanel.com', track_pageview: true, batch_requests: false });`;
}

/** A shop page with the consent-gate script tag; `head` after it, `body` in the body. */
export function shopPage({ head = '', body = '', config = '' }: { head?: string; body?: string; config?: string }): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Crumb &amp; Co.</title>
${config ? `<script type="application/json" id="consent-gate-config">${config}</script>` : ''}
<script src="/dist/consent-gate.min.js" data-purposes="analytics ads customization login"></script>
${head}
</head><body><main><h1>Crumb &amp; Co.</h1><p>Bread worth getting up for.</p></main>${body}</body></html>`;
}

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

function file(path: string): { body: Buffer; type: string } | null {
  const full = normalize(join(ROOT, path));
  if (!full.startsWith(ROOT) || !existsSync(full) || !statSync(full).isFile()) return null;
  return { body: readFileSync(full), type: TYPES[full.slice(full.lastIndexOf('.') + 1)] ?? 'application/octet-stream' };
}

export interface Sites {
  /** The browser switch that sends every host above to this server. */
  hostRules: string;
  /** Pages of the shop by path. */
  pages: Map<string, string>;
  /** `host path` of every request, in arrival order. */
  log: string[];
  close(): Promise<void>;
}

export async function startSites(): Promise<Sites> {
  const pages = new Map<string, string>();
  const log: string[] = [];
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', 'http://x');
    log.push(`${host} ${url.pathname}`);
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    if (host === SHOP) {
      const page = pages.get(url.pathname);
      if (page) return send(200, TYPES.html, page);
      const found = url.pathname.startsWith('/dist/') ? file(url.pathname) : null;
      return found ? send(200, found.type, found.body) : send(404, 'text/plain', 'not found');
    }
    if (host === 'cdn.mxpnl.com' && url.pathname === '/libs/mixpanel-2-latest.min.js') {
      return send(200, TYPES.js, file('node_modules/mixpanel-browser/dist/mixpanel.min.js')!.body);
    }
    if (host === 'api-js.mixpanel.com') {
      // Mixpanel's API answers 1 for an accepted batch, and lets the page's origin read it.
      req.resume();
      const origin = req.headers.origin ?? '*';
      return send(200, 'application/json', '1', {
        'access-control-allow-origin': origin,
        'access-control-allow-credentials': 'true',
        'access-control-allow-headers': 'content-type',
      });
    }
    if (host === 'cdn.jsdelivr.net' && url.pathname.startsWith('/npm/vanilla-cookieconsent@3/dist/')) {
      const found = file('node_modules/vanilla-cookieconsent/dist/' + url.pathname.split('/dist/')[1]);
      return found ? send(200, found.type, found.body) : send(404, 'text/plain', 'not found');
    }
    send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    hostRules: `--host-resolver-rules=${HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')}`,
    pages,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** What one in-process run of `consent-gate audit` printed and wrote. */
export interface AuditRun {
  status: number;
  out: string;
  err: string;
  record: AuditRecord;
  dir: string;
}

/** Runs the audit command in this process against `url`, with the JSON record written to a temp dir. */
export async function auditSite(url: string, sites: Sites, extra: string[] = []): Promise<AuditRun> {
  const dir = mkdtempSync(join(tmpdir(), 'audit-'));
  let out = '';
  let err = '';
  // A file argument written CONFIG or HTML lands in the run's temp dir.
  const files = extra.map((a) => (a === 'CONFIG' ? join(dir, 'consent-gate-config.json') : a === 'HTML' ? join(dir, 'audit.html') : a));
  const status = await run([url, '--browser-arg', sites.hostRules, '--json', join(dir, 'audit.json'), ...files], {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
  });
  const record = JSON.parse(readFileSync(join(dir, 'audit.json'), 'utf8')) as AuditRecord;
  return { status, out, err, record, dir };
}

/** The documented schema of the JSON record (docs/audit.schema.json), compiled once per test file. */
export function recordValidator(): (data: unknown) => string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(s) && !Number.isNaN(Date.parse(s)));
  const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'docs/audit.schema.json'), 'utf8')));
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}
