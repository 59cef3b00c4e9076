import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type Service } from './receipts-service.mjs';

const ORIGIN = 'https://www.example.com';
let dir = '';
let service: Service;
let token = '';
let n = 0;

const receipt = (over: Record<string, unknown> = {}) => ({
  id: (0xa000000000000000n + BigInt(++n)).toString(16),
  previous: null,
  timestamp: 1_767_225_600_000,
  revision: '3',
  mode: 'opt-in',
  purposes: { ads: false, analytics: true },
  method: 'dialog',
  lang: 'en',
  shown: 'c'.repeat(64),
  url: ORIGIN + '/checkout',
  version: '0.1.0',
  ...over,
});

const post = (
  body: string | Uint8Array,
  headers: Record<string, string> = { origin: ORIGIN, 'content-type': 'text/plain;charset=UTF-8' },
) => fetch(service.url + '/receipts', { method: 'POST', body: body as BodyInit, headers });
const auth = () => ({ authorization: `Bearer ${token}` });
const exported = async () => {
  const text = await (await fetch(service.url + '/receipts?format=ndjson', { headers: auth() })).text();
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'consent-gate-http-'));
  service = await startService({ db: `sqlite:${join(dir, 'r.db')}`, origin: ORIGIN, tokenFile: join(dir, 'token') });
  token = readFileSync(join(dir, 'token'), 'utf8').trim();
}, 60_000);
afterAll(async () => {
  await service?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the receipts service over HTTP (the consent-gate receipts command)', () => {
  it('answers /health with the store and schema, and created a private token file', async () => {
    const res = await fetch(service.url + '/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, store: 'sqlite', schema: 1 });
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('stores a receipt (204, CORS for the site), keeps a repeat once, and shows it to the token holder only', async () => {
    const r = receipt();
    const res = await post(JSON.stringify(r));
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect((await post(JSON.stringify(r))).status).toBe(204);
    const read = (headers: Record<string, string>) => fetch(`${service.url}/receipts/${r.id}`, { headers });
    expect((await read({})).status).toBe(401);
    expect((await read({ authorization: 'Bearer not-the-token-at-all' })).status).toBe(403);
    const ok = await read(auth());
    expect(ok.status).toBe(200);
    const { receipts } = await ok.json();
    expect(receipts).toHaveLength(1);
    expect(receipts[0]).toMatchObject({
      consentId: r.id,
      previousId: null,
      decidedAt: new Date(r.timestamp).toISOString(),
      revision: '3',
      mode: 'opt-in',
      purposes: r.purposes,
      method: 'dialog',
      lang: 'en',
      shown: r.shown,
      origin: ORIGIN,
      path: '/checkout',
      version: '0.1.0',
      ip: null,
      userAgent: null,
    });
    expect(Date.parse(receipts[0].receivedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await exported()).filter((e) => e.consentId === r.id)).toHaveLength(1);
  });

  it('exports as CSV with the purposes granted and refused', async () => {
    const r = receipt({ purposes: { ads: true, analytics: false, login: true } });
    expect((await post(JSON.stringify(r))).status).toBe(204);
    const res = await fetch(`${service.url}/receipts?format=csv&from=2000-01-01`, { headers: auth() });
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe(
      'received_at,decided_at,consent_id,previous_id,revision,mode,method,granted,refused,lang,shown_sha256,origin,path,version,ip,user_agent',
    );
    expect(lines.find((l) => l.includes(r.id))).toContain(`,ads login,analytics,`);
    expect((await fetch(`${service.url}/receipts?format=xml`, { headers: auth() })).status).toBe(400);
    expect((await fetch(`${service.url}/receipts`)).status).toBe(401);
  });

  it('refuses hundreds of hostile bodies with a 4xx each, stores none of them, and keeps answering', { timeout: 30_000 }, async () => {
    const before = (await exported()).length;
    const good = receipt();
    const fields = Object.keys(good);
    const sqlish = [
      "'; DROP TABLE receipts; --",
      '" OR 1=1 --',
      "0x'); DELETE FROM receipts; --",
      '\\x00\u0000',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, meant literally
      '${7*7}',
      '<script>alert(1)</script>',
    ];
    const wrongValues: unknown[] = [null, true, 0, -1, 1e308, '', [], {}, [1, 2], { a: 1 }, 'x'.repeat(3000), ...sqlish];
    const bodies: Array<string | Uint8Array> = [];
    // (`previous` and `shown` may be null: a first decision, a page without Web Crypto.)
    for (const field of fields) {
      for (const value of wrongValues)
        if (!(value === null && (field === 'previous' || field === 'shown'))) bodies.push(JSON.stringify({ ...good, [field]: value }));
    }
    for (const field of fields) {
      const without: Record<string, unknown> = { ...good };
      delete without[field];
      bodies.push(JSON.stringify(without));
    }
    for (const key of ['__proto__', 'constructor', 'extra', 'ip', 'userAgent', 'receivedAt', ''])
      bodies.push(JSON.stringify({ ...good, [key]: 1 }));
    bodies.push(JSON.stringify({ ...good, purposes: { __proto__: true } }).replace('"purposes":{}', '"purposes":{"__proto__":true}'));
    bodies.push(JSON.stringify({ ...good, purposes: Object.fromEntries(Array.from({ length: 21 }, (_, i) => ['p' + i, true])) }));
    bodies.push(JSON.stringify({ ...good, purposes: { "ads'--": true } }));
    bodies.push(JSON.stringify({ ...good, url: ORIGIN + "/x?q=' OR 1=1" }), JSON.stringify({ ...good, url: 'https://evil.example/x' }));
    bodies.push(JSON.stringify({ ...good, previous: good.id }));
    let nested = '1';
    for (let i = 0; i < 1500; i++) nested = `{"a":${nested}}`;
    bodies.push(nested, '['.repeat(2000) + ']'.repeat(2000), JSON.stringify([good]), JSON.stringify(JSON.stringify(good)));
    bodies.push('', ' ', 'null', 'true', '42', '"receipt"', '{', '{"id":', 'x'.repeat(5000), JSON.stringify(good).slice(0, -1));
    bodies.push(JSON.stringify({ ...good, junk: 'y'.repeat(5000) }));
    const bytes = new TextEncoder().encode(JSON.stringify(good));
    for (const bad of [[0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82]]) {
      const copy = new Uint8Array(bytes.length + bad.length);
      copy.set(bytes.subarray(0, 10));
      copy.set(bad, 10);
      copy.set(bytes.subarray(10), 10 + bad.length);
      bodies.push(copy);
    }
    expect(bodies.length).toBeGreaterThan(200);
    const statuses = await Promise.all(
      bodies.map(async (body, i) => {
        const res = await post(body);
        const text = await res.text();
        if (res.status >= 400 && res.status < 500 && res.status !== 413)
          expect(JSON.parse(text).error, `body ${i}`).toEqual(expect.any(String));
        return res.status;
      }),
    );
    expect(statuses.filter((s) => s < 400 || s >= 500)).toEqual([]);
    expect(new Set(statuses)).toEqual(new Set([400, 403, 413]));
    // No origin allowed for the page, no matter the body:
    expect((await post(JSON.stringify(receipt()), { origin: 'https://evil.example' })).status).toBe(403);
    expect((await post(JSON.stringify(receipt({ url: 'http://www.example.com/' })))).status).toBe(403);
    expect((await exported()).length).toBe(before);
    expect((await fetch(service.url + '/health')).status).toBe(200);
    expect((await post(JSON.stringify(receipt()))).status).toBe(204);
  });

  it('answers 413 to a body over 4 KB sent without a length, and 404/405 to anything else', async () => {
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1000)));
        controller.close();
      },
    });
    const res = await fetch(service.url + '/receipts', {
      method: 'POST',
      body: stream,
      headers: { origin: ORIGIN },
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect((await fetch(service.url + '/receipts/' + 'a'.repeat(16), { method: 'DELETE', headers: auth() })).status).toBe(405);
    expect((await fetch(service.url + '/receipts', { method: 'PUT' })).status).toBe(405);
    expect((await fetch(service.url + '/admin')).status).toBe(404);
    expect((await fetch(service.url + '/receipts/%27%20OR%201=1', { headers: auth() })).status).toBe(400);
  });
});

describe('the handler in process (createReceiptService on a SQLite file)', () => {
  it('limits receipts per minute per client address, and keeps only the truncated address and agent when asked', async () => {
    const { createReceiptService } = await import('../../src/receipts/service');
    const { openSqliteStore } = await import('../../src/receipts/sqlite');
    const store = await openSqliteStore(join(dir, 'limits.db'));
    let now = 1_800_000_000_000;
    const handler = createReceiptService({
      store,
      origins: [ORIGIN],
      token: 'x'.repeat(20),
      rateLimit: 5,
      keepIp: true,
      keepUserAgent: true,
      now: () => now,
    });
    const send = (address: string, r = receipt()) =>
      handler(
        new Request('http://localhost/receipts', {
          method: 'POST',
          body: JSON.stringify(r),
          headers: { origin: ORIGIN, 'user-agent': 'Test/1.0' },
        }),
        {
          clientAddress: address,
        },
      ).then((res) => res.status);
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push(await send('203.0.113.77'));
    expect(statuses).toEqual([204, 204, 204, 204, 204, 429, 429]);
    expect(await send('2001:db8:1234:5678::9')).toBe(204);
    now += 12_000; // one more receipt's worth of the minute
    expect(await send('203.0.113.77')).toBe(204);
    expect(await send('203.0.113.77')).toBe(429);
    const rows = [];
    for await (const r of store.export({})) rows.push(r);
    expect(rows).toHaveLength(7);
    expect(new Set(rows.map((r) => r.ip))).toEqual(new Set(['203.0.113.0', '2001:db8:1234::']));
    expect(new Set(rows.map((r) => r.userAgent))).toEqual(new Set(['Test/1.0']));
    await store.close();
  });
});
