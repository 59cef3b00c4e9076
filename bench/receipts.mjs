#!/usr/bin/env node
/**
 * Receipts service throughput on this machine: `node bench/receipts.mjs`
 * (after `npm run build`). For SQLite (a file, WAL, synchronous=FULL) and
 * PostgreSQL (a throwaway local cluster, fsync on), it starts the real
 * `consent-gate receipts` command, loads it over loopback with keep-alive
 * clients sending unique receipts for a fixed time, and prints receipts per
 * second, p50/p99 latency (request sent -> 204, i.e. committed), and the
 * database size per million receipts (from a bulk load of real-looking rows).
 * The load generator runs on the same machine, so it takes CPU from the
 * service: the figures are a floor.
 *
 * Options: --seconds N (default 10), --clients N (default 16), --only sqlite|postgres, --size-rows N (default 100000)
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startCluster } from '../test/node/receipts-pg-cluster.mjs';
import { startService } from '../test/node/receipts-service.mjs';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    clients: { type: 'string', default: '16' },
    only: { type: 'string' },
    'size-rows': { type: 'string', default: '100000' },
  },
});
const SECONDS = Number(values.seconds);
const CLIENTS = Number(values.clients);
const SIZE_ROWS = Number(values['size-rows']);
const ORIGIN = 'https://www.example.com';
const DIST = new URL('../dist/', import.meta.url);
if (!existsSync(new URL('cli.mjs', DIST))) {
  console.error('dist/ is missing: run npm run build first');
  process.exit(1);
}
const api = await import(new URL('server.mjs', DIST).href);

let n = 0;
const PURPOSES = ['analytics', 'ads', 'customization', 'login'];
/** A receipt like the script sends: four purposes, a real-looking page path. */
function body() {
  n++;
  const purposes = Object.fromEntries(PURPOSES.map((p, i) => [p, ((n >> i) & 1) === 1]));
  return JSON.stringify({
    id: (0x4000000000000000n + BigInt(n) * 7919n).toString(16).padStart(16, '0'),
    previous: n % 5 === 0 ? (0x4000000000000000n + BigInt(n - 1) * 7919n).toString(16) : null,
    timestamp: Date.now(),
    revision: '12',
    mode: 'opt-in',
    purposes,
    method: ['notice', 'dialog', 'api', 'placeholder'][n % 4],
    lang: 'en',
    shown: 'ab'.repeat(32),
    url: ORIGIN + '/products/sourdough-loaf-' + (n % 500),
    version: '0.1.0',
  });
}

function post(agent, url, payload) {
  return new Promise((resolve, reject) => {
    const req = request(
      url + '/receipts',
      {
        method: 'POST',
        agent,
        headers: { origin: ORIGIN, 'content-type': 'text/plain;charset=UTF-8', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** CPU seconds (user + system) the given processes and their children have used so far, from /proc. */
function cpuSeconds(rootPids) {
  const stats = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Fields after the command name: state ppid … utime(14) stime(15), counted from the ')'.
      const text = readFileSync(`/proc/${name}/stat`, 'utf8');
      const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
      stats.push({ pid: Number(name), ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // A process that ended meanwhile.
    }
  }
  const wanted = new Set(rootPids);
  let ticks = 0;
  for (const s of stats) if (wanted.has(s.pid) || wanted.has(s.ppid)) ticks += s.ticks;
  return ticks / 100;
}

async function load(url, pids = []) {
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const latencies = [];
  let failed = 0;
  const run = async (until) => {
    while (performance.now() < until) {
      const started = performance.now();
      const status = await post(agent, url, body());
      if (status === 204) latencies.push(performance.now() - started);
      else failed++;
    }
  };
  // One second of warm-up (connections, JIT, SQLite page cache), not counted.
  const warm = performance.now() + 1000;
  await Promise.all(Array.from({ length: CLIENTS }, () => run(warm)));
  latencies.length = 0;
  const cpuBefore = cpuSeconds(pids);
  const start = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, () => run(start + SECONDS * 1000)));
  const elapsed = (performance.now() - start) / 1000;
  const cpu = cpuSeconds(pids) - cpuBefore;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  // Receipts per CPU-second of the service (and its database server): what one free core would take,
  // whatever else shares the machine while the bench runs.
  const perCpuSecond = cpu > 0 ? Math.round(latencies.length / cpu) : NaN;
  return { perSecond: Math.round(latencies.length / elapsed), p50: pct(50), p99: pct(99), count: latencies.length, failed, perCpuSecond };
}

/** Appends SIZE_ROWS real-looking receipts in batches of 500, like the service's group commits. */
async function fill(store) {
  const now = Date.now();
  let batch = [];
  for (let i = 0; i < SIZE_ROWS; i++) {
    const r = api.parseReceipt(new TextEncoder().encode(body())).receipt;
    const { origin, pathname } = new URL(r.url);
    batch.push({
      consentId: r.id,
      previousId: r.previous,
      decidedAt: r.timestamp,
      receivedAt: now + i,
      revision: r.revision,
      mode: r.mode,
      purposes: r.purposes,
      method: r.method,
      lang: r.lang,
      shown: r.shown,
      origin,
      path: pathname,
      version: r.version,
      ip: null,
      userAgent: null,
    });
    if (batch.length === 500 || i === SIZE_ROWS - 1) {
      await store.append(batch);
      batch = [];
    }
  }
}

const results = [];
const dir = mkdtempSync(join(tmpdir(), 'consent-gate-bench-'));
try {
  if (!values.only || values.only === 'sqlite') {
    const file = join(dir, 'bench.db');
    const service = await startService({ db: `sqlite:${file}`, origin: ORIGIN, tokenFile: join(dir, 'token') });
    const run = await load(service.url, [service.child.pid]);
    await service.stop();
    // Size: a fresh file, filled, closed (the WAL is checkpointed into the file on close).
    const sizeFile = join(dir, 'size.db');
    const store = await api.openSqliteStore(sizeFile);
    const empty = statSync(sizeFile).size;
    await fill(store);
    await store.close();
    results.push({ store: 'SQLite (WAL, synchronous=FULL)', ...run, perMillion: ((statSync(sizeFile).size - empty) / SIZE_ROWS) * 1e6 });
  }
  if (!values.only || values.only === 'postgres') {
    const cluster = await startCluster();
    try {
      const service = await startService({ db: cluster.url, origin: ORIGIN, tokenFile: join(dir, 'token') });
      const postmaster = Number(readFileSync(join(cluster.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
      const run = await load(service.url, [service.child.pid, postmaster]);
      await service.stop();
      // Size: the table with its indexes and TOAST, before and after SIZE_ROWS more rows.
      const store = await api.openPostgresStore(cluster.url);
      const pg = (await import('pg')).default;
      const client = new pg.Client({ connectionString: cluster.url });
      await client.connect();
      const bytes = async () => Number((await client.query("SELECT pg_total_relation_size('receipts') AS b")).rows[0].b);
      const before = await bytes();
      await fill(store);
      await client.query('VACUUM ANALYZE receipts');
      const perMillion = (((await bytes()) - before) / SIZE_ROWS) * 1e6;
      await client.end();
      await store.close();
      results.push({ store: 'PostgreSQL 15 (local, fsync on)', ...run, perMillion });
    } finally {
      await cluster.stop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const mb = (b) => (b / 1e6).toFixed(0) + ' MB';
console.log(
  `\nReceipts service, ${CLIENTS} keep-alive clients on loopback for ${SECONDS} s, ${cpus().length} cores (client and service share them), Node ${process.version}\n`,
);
const [one, five] = loadavg();
console.log(`Load average while it ran: ${one.toFixed(1)} (1 min), ${five.toFixed(1)} (5 min)\n`);
console.log('| store | receipts/s | p50 | p99 | 204s | other | receipts per CPU-second of the service | size per million receipts |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.store} | ${r.perSecond} | ${r.p50.toFixed(1)} ms | ${r.p99.toFixed(1)} ms | ${r.count} | ${r.failed} | ${r.perCpuSecond} | ${mb(r.perMillion)} |`,
  );
}
console.log(`\nReproduce: npm run build && node bench/receipts.mjs --seconds ${SECONDS} --clients ${CLIENTS}`);
