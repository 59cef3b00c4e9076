import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/receipts/postgres';
import { LATEST_VERSION, SCHEMA_TABLE } from '../../src/receipts/schema';
import { openSqliteStore } from '../../src/receipts/sqlite';
import type { ReceiptStore, StoredReceipt } from '../../src/receipts/store';
import { startCluster, type Cluster } from './receipts-pg-cluster.mjs';

/** One kind of database: how to open a fresh one, reopen it, and run raw SQL on it. */
interface Backend {
  name: string;
  setUp(): Promise<void>;
  tearDown(): Promise<void>;
  /** A new empty database each call. */
  fresh(): Promise<{ open(): Promise<ReceiptStore>; raw(sql: string): Promise<unknown> }>;
}

let n = 0;
const receipt = (over: Partial<StoredReceipt> = {}): StoredReceipt => ({
  consentId: (++n).toString(16).padStart(16, '0'),
  previousId: null,
  decidedAt: 1_767_225_600_000 + n,
  receivedAt: 1_767_225_601_000 + n,
  revision: '3',
  mode: 'opt-in',
  purposes: { ads: false, analytics: true },
  method: 'notice',
  lang: 'de',
  shown: 'f'.repeat(64),
  origin: 'https://www.example.com',
  path: '/café',
  version: '0.1.0',
  ip: null,
  userAgent: null,
  ...over,
});

const sqlite: Backend = (() => {
  let dir = '';
  return {
    name: 'SQLite (a file, WAL)',
    setUp: async () => {
      dir = mkdtempSync(join(tmpdir(), 'consent-gate-sqlite-'));
    },
    tearDown: async () => rmSync(dir, { recursive: true, force: true }),
    fresh: async () => {
      const file = join(dir, `r${++n}.db`);
      return {
        open: () => openSqliteStore(file),
        raw: async (sql) => {
          const Driver = (await import('better-sqlite3')).default;
          const db = new Driver(file);
          try {
            return db.exec(sql);
          } finally {
            db.close();
          }
        },
      };
    },
  };
})();

const postgres: Backend = (() => {
  let cluster: Cluster;
  return {
    name: 'PostgreSQL (a throwaway cluster)',
    setUp: async () => {
      cluster = await startCluster();
    },
    tearDown: async () => cluster?.stop(),
    fresh: async () => {
      const pg = (await import('pg')).default;
      const name = `receipts_${++n}`;
      const admin = new pg.Client({ connectionString: cluster.url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = cluster.url.replace(/\/postgres$/, '/' + name);
      return {
        open: () => openPostgresStore(url),
        raw: async (sql) => {
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          try {
            return await client.query(sql);
          } finally {
            await client.end();
          }
        },
      };
    },
  };
})();

describe.each([sqlite, postgres])('the receipt store on $name', (backend) => {
  beforeAll(() => backend.setUp(), 60_000);
  afterAll(() => backend.tearDown(), 30_000);

  it('creates the schema on first open, at the latest version, and keeps rows across reopening', async () => {
    const db = await backend.fresh();
    const first = await db.open();
    expect(await first.schemaVersion()).toBe(LATEST_VERSION);
    const r = receipt({ ip: '203.0.113.0', userAgent: 'Mozilla/5.0 (X11) «ü»' });
    expect(await first.append([r])).toBe(1);
    await first.close();
    const again = await db.open();
    expect(await again.schemaVersion()).toBe(LATEST_VERSION);
    expect(await again.chain(r.consentId)).toEqual([r]);
    await again.close();
  });

  it('keeps a receipt sent twice once, the first copy unchanged', async () => {
    const store = await (await backend.fresh()).open();
    const r = receipt();
    expect(await store.append([r, receipt(), r])).toBe(2);
    expect(await store.append([{ ...r, purposes: { ads: true, analytics: true } }])).toBe(0);
    expect(await store.chain(r.consentId)).toEqual([r]);
    expect(await store.count()).toBe(2);
    await store.close();
  });

  it('returns every receipt linked to a consent id, oldest first, and none of another visitor', async () => {
    const store = await (await backend.fresh()).open();
    const a = receipt();
    const b = receipt({ previousId: a.consentId, method: 'dialog' });
    const c = receipt({ previousId: b.consentId, purposes: { ads: false, analytics: false }, method: 'api' });
    const other = receipt();
    // A later decision from a second tab branching off the first one belongs to the same visitor.
    const branch = receipt({ previousId: a.consentId });
    await store.append([other, a, b]);
    await store.append([c, branch]);
    for (const id of [a.consentId, b.consentId, c.consentId]) expect(await store.chain(id)).toEqual([a, b, c, branch]);
    expect(await store.chain(other.consentId)).toEqual([other]);
    expect(await store.chain('0'.repeat(16))).toEqual([]);
    await store.close();
  });

  it('ends the search on a made-up loop of previous ids', async () => {
    const store = await (await backend.fresh()).open();
    const x = receipt();
    const y = receipt({ previousId: x.consentId });
    await store.append([{ ...x, previousId: y.consentId }, y]);
    expect((await store.chain(x.consentId)).map((r) => r.consentId)).toEqual([x.consentId, y.consentId]);
    await store.close();
  });

  it('exports by received time, oldest first, over more than one page', async () => {
    const store = await (await backend.fresh()).open();
    const rows = Array.from({ length: 2500 }, (_, i) => receipt({ receivedAt: 1_800_000_000_000 + Math.floor(i / 3) }));
    await store.append(rows);
    const all: StoredReceipt[] = [];
    for await (const r of store.export({})) all.push(r);
    expect(all).toEqual(rows);
    const part: string[] = [];
    for await (const r of store.export({ from: 1_800_000_000_100, to: 1_800_000_000_200 })) part.push(r.consentId);
    expect(part).toEqual(rows.filter((r) => r.receivedAt >= 1_800_000_000_100 && r.receivedAt < 1_800_000_000_200).map((r) => r.consentId));
    expect(part).toHaveLength(300);
    await store.close();
  });

  it('purges only receipts received before the cut-off', async () => {
    const store = await (await backend.fresh()).open();
    const old = receipt({ receivedAt: 1_000_000_000_000 });
    const recent = receipt({ receivedAt: 2_000_000_000_000 });
    await store.append([old, recent]);
    expect(await store.purge(1_500_000_000_000)).toBe(1);
    expect(await store.count()).toBe(1);
    expect(await store.chain(recent.consentId)).toEqual([recent]);
    expect(await store.chain(old.consentId)).toEqual([]);
    await store.close();
  });

  it('refuses, in the database itself, any UPDATE and any DELETE other than a purge', async () => {
    const db = await backend.fresh();
    const store = await db.open();
    const r = receipt();
    await store.append([r]);
    await expect(db.raw(`UPDATE receipts SET purposes = '{"ads":true}'`)).rejects.toThrow(/append-only/);
    await expect(db.raw('DELETE FROM receipts')).rejects.toThrow(/append-only/);
    expect(await store.chain(r.consentId)).toEqual([r]);
    await store.close();
  });

  it('refuses to open a database written by a newer consent-gate', async () => {
    const db = await backend.fresh();
    await (await db.open()).close();
    await db.raw(`INSERT INTO ${SCHEMA_TABLE} (version, applied_at) VALUES (${LATEST_VERSION + 1}, 0)`);
    await expect(db.open()).rejects.toThrow(/newer than this consent-gate/);
  });
});
