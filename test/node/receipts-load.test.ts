import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/receipts/sqlite';
import { startService } from './receipts-service.mjs';

const ORIGIN = 'https://shop.example';
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'consent-gate-load-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
const body = () =>
  JSON.stringify({
    id: (0x1000000000000000n + BigInt(process.pid) * 0x100000000n + BigInt(++counter)).toString(16),
    previous: null,
    timestamp: Date.now(),
    revision: '1',
    mode: 'opt-in',
    purposes: { ads: counter % 2 === 0, analytics: true },
    method: 'notice',
    lang: 'en',
    shown: 'e'.repeat(64),
    url: ORIGIN + '/',
    version: '0.1.0',
  });

/**
 * `clients` loops, each sending one receipt after another until `until()` says stop.
 * Returns the ids answered 204, and every other outcome (status or error) counted.
 */
async function load(url: string, clients: number, until: () => boolean, acknowledged: string[] = []) {
  const other = new Map<string, number>();
  const loop = async () => {
    while (!until()) {
      const text = body();
      try {
        const res = await fetch(url + '/receipts', { method: 'POST', body: text, headers: { origin: ORIGIN } });
        await res.arrayBuffer();
        if (res.status === 204) acknowledged.push(JSON.parse(text).id);
        else other.set(String(res.status), (other.get(String(res.status)) ?? 0) + 1);
      } catch {
        other.set('error', (other.get('error') ?? 0) + 1);
        // The service is gone (the crash test): stop this client.
        return;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, loop));
  return { acknowledged, other };
}

async function storedIds(file: string): Promise<string[]> {
  const store = await openSqliteStore(file);
  const ids: string[] = [];
  for await (const r of store.export({})) ids.push(r.consentId);
  await store.close();
  return ids;
}

describe('nothing lost under load (SQLite, loopback)', () => {
  it('matches every 204 of 8 clients over 8 seconds with exactly one row', async () => {
    const file = join(dir, 'load.db');
    const service = await startService({ db: `sqlite:${file}`, origin: ORIGIN, tokenFile: join(dir, 'token-load') });
    const end = Date.now() + 8_000;
    const { acknowledged, other } = await load(service.url, 8, () => Date.now() > end);
    expect(await service.stop()).toEqual({ code: 0, signal: null });
    expect(Object.fromEntries(other)).toEqual({});
    // How many is the bench's business (bench/receipts.mjs); here: enough for many group commits.
    expect(acknowledged.length).toBeGreaterThan(50);
    const ids = await storedIds(file);
    expect(ids.length).toBe(acknowledged.length);
    expect(new Set(ids)).toEqual(new Set(acknowledged));
  }, 40_000);

  it('keeps every receipt that got a 204 when the service is killed (SIGKILL) during load and restarted', async () => {
    const file = join(dir, 'crash.db');
    const tokenFile = join(dir, 'token-crash');
    const service = await startService({ db: `sqlite:${file}`, origin: ORIGIN, tokenFile });
    let killed = false;
    const acked: string[] = [];
    const running = load(service.url, 8, () => killed, acked);
    // Kill once a good number of receipts is acknowledged, with more in flight.
    await expect.poll(() => acked.length, { timeout: 20_000, interval: 20 }).toBeGreaterThan(100);
    const exit = await service.kill();
    killed = true;
    const { acknowledged } = await running;
    expect(exit.signal).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThan(100);
    // Restarted on the same file: the WAL is recovered, the schema is there, and so is every acknowledged receipt.
    const again = await startService({ db: `sqlite:${file}`, origin: ORIGIN, tokenFile });
    expect((await fetch(again.url + '/health')).status).toBe(200);
    await again.stop();
    const stored = new Set(await storedIds(file));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  }, 40_000);
});
