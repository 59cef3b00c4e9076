#!/usr/bin/env node
/**
 * `npm run bench`: consent-gate against its peers in headless Chromium.
 * Validates every candidate first (bench/validate.mjs), then times fresh
 * visits without and with 4x CPU throttling, counts shipped bytes, runs the
 * gate's own micro-benchmark when bench/gate-cost.mjs exists, prints markdown
 * and writes bench/results.json. Options: --runs N (default 15),
 * --only id,id  --throttle 1,4
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { launch } from './browser.mjs';
import { shippedBytes, sizes } from './bytes.mjs';
import * as all from './candidates/index.mjs';
import { mainThreadCost, returningCost, ungatedCost, ungatedVisit, visitorJourney } from './measure.mjs';
import { startServer } from './server.mjs';
import { run as moduleWeights } from './module-weights.mjs';
import { summary } from './stats.mjs';
import { markdown } from './table.mjs';
import { targets } from './targets.mjs';
import { trackerRoutes } from './trackers.mjs';
import { validate } from './validate.mjs';
import { visitorCosts } from './visitor-cost.mjs';

function options(argv) {
  const get = (name) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    runs: Number(get('runs') ?? 15),
    // The bare-pipe script times (bench/visitor-cost.mjs) take about a minute a run: their own count.
    visitorRuns: Number(get('visitor-runs') ?? get('runs') ?? 15),
    only: get('only')?.split(','),
    throttles: (get('throttle') ?? '1,4').split(',').map(Number),
  };
}

const opts = options(process.argv.slice(2));
const everyone = [all.consentGate, all.consentGateDefer, all.vanillaCookieconsent, all.klaro, all.tarteaucitron, all.osano];
const candidates = everyone.filter((c) => !opts.only || opts.only.includes(c.id));
const timed = candidates.filter((c) => !c.bytesOnly);

const routes = trackerRoutes();
// One build for the whole run, even if dist/ is rebuilt meanwhile: served from memory, counted from memory.
const shipped = [
  'dist/consent-gate.min.js',
  ...readdirSync(new URL('../dist/', import.meta.url))
    .filter((f) => /^consent-gate-ui\.\w+\.min\.js$/.test(f))
    .map((f) => `dist/${f}`),
];
const snapshot = Object.fromEntries(shipped.map((f) => [f, readFileSync(new URL(`../${f}`, import.meta.url))]));
for (const [file, body] of Object.entries(snapshot)) routes[`/${file}`] = { body, type: 'text/javascript; charset=utf-8' };
for (const c of [...timed, all.noTool, all.ungated]) routes[`/page/${c.id}`] = { body: c.html() };

const server = await startServer(routes);
const browser = await launch();
const started = new Date();
const load = [loadavg()[0]];
const log = (...a) => console.error(...a);
const git = (...args) => {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};

const validation = {};
for (const c of timed) {
  validation[c.id] = await validate(browser, server, c);
  log(
    `validate ${c.id}: ${validation[c.id].status}${validation[c.id].problems.length ? ' - ' + validation[c.id].problems.join('; ') : ''}`,
  );
}

const results = {};
for (const throttle of opts.throttles) {
  const raw = Object.fromEntries(timed.map((c) => [c.id, { journeys: [], costs: [], returningCosts: [] }]));
  const baseline = { costs: [], ungated: [], ungatedCosts: [] };
  for (let run = 0; run < opts.runs; run++) {
    // Rotate the order each run so no candidate always goes first after the baselines.
    const order = timed.map((_, i) => timed[(i + run) % timed.length]);
    baseline.costs.push(await mainThreadCost(browser, server.url, 'no-tool', null, throttle));
    baseline.ungated.push(await ungatedVisit(browser, server.url, throttle));
    baseline.ungatedCosts.push(await ungatedCost(browser, server.url, throttle));
    for (const c of order) {
      const status = validation[c.id].status;
      if (status === 'failed') continue;
      const blocks = status === 'ok' || status === 'order lost';
      const { expected } = validation[c.id];
      raw[c.id].journeys.push(await visitorJourney(browser, server.url, c, throttle, { noticeOnly: !blocks, expected }));
      if (blocks) raw[c.id].costs.push(await mainThreadCost(browser, server.url, c.id, c.notice, throttle));
      if (blocks) raw[c.id].returningCosts.push(await returningCost(browser, server.url, c, throttle, expected));
    }
    log(`throttle ${throttle}x: run ${run + 1}/${opts.runs} done`);
  }
  load.push(loadavg()[0]);
  results[throttle] = {};
  for (const c of timed) {
    const { journeys, costs, returningCosts } = raw[c.id];
    const delta = (list, key, base, baseKey) =>
      list.map((v, i) => (v && typeof v[key] === 'number' && typeof base[i]?.[baseKey] === 'number' ? v[key] - base[i][baseKey] : null));
    results[throttle][c.id] = {
      noticeMs: summary(journeys.map((j) => j.noticeMs)),
      fcpMs: summary(journeys.map((j) => j.fcpMs)),
      addedScriptMs: summary(delta(costs, 'scriptMs', baseline.costs, 'scriptMs')),
      addedTaskMs: summary(delta(costs, 'taskMs', baseline.costs, 'taskMs')),
      returningAddedScriptMs: summary(delta(returningCosts, 'scriptMs', baseline.ungatedCosts, 'scriptMs')),
      returningAddedTaskMs: summary(delta(returningCosts, 'taskMs', baseline.ungatedCosts, 'taskMs')),
      // Bytes of the tool the browser downloaded (gzip as served): a first visit up to the notice, a returning one after all ran.
      firstBytes: summary(journeys.map((j) => j.firstBytes)),
      returningBytes: summary(journeys.map((j) => j.returningBytes)),
      fetched: {
        first: journeys.find((j) => j.firstFiles)?.firstFiles ?? null,
        returning: journeys.find((j) => j.returningFiles)?.returningFiles ?? null,
      },
      acceptMs: summary(journeys.map((j) => j.acceptMs)),
      returningMs: summary(journeys.map((j) => j.returningMs)),
      returningOverUngatedMs: summary(delta(journeys, 'returningMs', baseline.ungated, 'returningMs')),
      orderKept: journeys.filter((j) => j.orderKept && j.returningOrderKept).length,
      runs: journeys.length,
      errors: [...new Set(journeys.flatMap((j) => j.errors ?? []).concat(journeys.map((j) => j.error).filter(Boolean)))].slice(0, 3),
    };
  }
  results[throttle].baseline = {
    scriptMs: summary(baseline.costs.map((c) => c.scriptMs)),
    taskMs: summary(baseline.costs.map((c) => c.taskMs)),
    ungatedReturningMs: summary(baseline.ungated.map((u) => u.returningMs)),
    ungatedScriptMs: summary(baseline.ungatedCosts.map((c) => c.scriptMs)),
  };
}

const bytes = Object.fromEntries(
  candidates
    .filter((c) => !c.sameBytesAs)
    .map((c) => [
      c.id,
      {
        files: c.files,
        ...(snapshot[c.files[0]]
          ? c.files
              .map((f) => sizes(snapshot[f]))
              .reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }))
          : shippedBytes(c.files)),
      },
    ]),
);

// Script time with no DevTools domain in the way: its own browser, over a bare pipe.
const visitorCost = await visitorCosts({
  base: server.url,
  candidates: timed,
  validation,
  runs: opts.visitorRuns,
  throttles: opts.throttles,
  log,
});

// What each module of the core and of a UI file weighs.
const weights = await moduleWeights();

let gateCost = null;
if (existsSync(new URL('./gate-cost.mjs', import.meta.url))) {
  try {
    const { run } = await import('./gate-cost.mjs');
    gateCost = await run({ browser, runs: opts.runs });
  } catch (error) {
    gateCost = { error: String(error) };
  }
}

const environment = {
  date: started.toISOString(),
  cpu: `${cpus()[0]?.model ?? 'unknown'} x${cpus().length}`,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  commit: git('rev-parse', '--short', 'HEAD'),
  uncommittedSrc: git('status', '--porcelain', '--', 'src') !== '',
  chromium: browser.version(),
  runs: opts.runs,
  visitorRuns: opts.visitorRuns,
  throttles: opts.throttles,
  loadAverage1m: load.map((l) => Number(l.toFixed(2))),
};
await browser.close();
await server.close();

const report = {
  environment,
  candidates: candidates.map(({ id, name, version, canBlock, bytesOnly, convention }) => ({
    id,
    name,
    version,
    canBlock: !!canBlock,
    bytesOnly: !!bytesOnly,
    convention,
  })),
  validation,
  bytes,
  weights,
  timings: results,
  visitorCost,
  gateCost,
};
report.targets = targets(report);
writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(report, null, 2) + '\n');
console.log(markdown(report));
