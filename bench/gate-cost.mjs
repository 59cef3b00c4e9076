#!/usr/bin/env node
/**
 * The gate's own cost in headless Chromium (the browser tests' flags, via
 * bench/browser.mjs): per tagged element from Accept all to all ran (100 and
 * 1,000 inline scripts, beside the same scripts inserted by plain code),
 * start-up cost with 0, 100 and 1,000 tagged elements (the page with minus
 * without consent-gate), and the MutationObserver's overhead on a page that
 * inserts 10,000 untagged nodes (without any observer, with a no-op one, with
 * consent-gate). Wall times come from performance.now() in the page; CPU
 * times from CDP `ThreadTime` (main thread), which other load on the machine
 * does not inflate. Each scenario is validated (the gate blocked, then ran
 * everything once and in order) before its figures count. Cases are
 * interleaved; medians of RUNS fresh contexts (default 15).
 *
 *   node bench/gate-cost.mjs [--runs N]     prints markdown, writes bench/gate-results.json
 *   import { run } from './gate-cost.mjs'   await run({ browser, runs }) -> the same object (+ markdown)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { freshPage, launch } from './browser.mjs';
import { acceptPage, head, OBSERVERS, observerPage, startupPage } from './gate/pages.mjs';
import { startServer } from './server.mjs';
import { summary } from './stats.mjs';
import { markdown } from './gate/table.mjs';

const SCRIPT = new URL('../dist/consent-gate.min.js', import.meta.url);
const RESULTS = new URL('./gate-results.json', import.meta.url);
const NODES = 10_000;

/** Main-thread CPU time of the page so far, in ms (CDP `ThreadTime`): unlike the wall clock, it does not grow when other processes load the machine. */
async function cpu(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ThreadTime').value * 1000;
}

async function visit(browser, url, measure) {
  const { context, page, cdp, errors } = await freshPage(browser);
  try {
    await cdp.send('Performance.enable');
    await page.goto(url);
    const value = await measure(page, cdp);
    if (errors.length) throw new Error(`page error: ${errors[0]}`);
    return value;
  } finally {
    await context.close();
  }
}

/** Runs `step` in the page and returns its result with the main-thread CPU time it took. */
async function timed(page, cdp, step, arg) {
  const before = await cpu(cdp);
  const result = await page.evaluate(step, arg);
  return { ...result, cpu: (await cpu(cdp)) - before };
}

const inOrder = (ran, n) => ran.length === n && ran.every((v, i) => v === i);

/** Accept all -> the last of n tagged scripts ran; validates that none ran before and all ran once, in order. */
const accepting = (n) => async (page, cdp) => {
  await page.waitForFunction(
    () => window.consentGate && document.querySelector('consent-gate')?.shadowRoot?.querySelector('[role=dialog]'),
  );
  const r = await timed(page, cdp, () => {
    const before = window.ran.length;
    const t0 = performance.now();
    window.consentGate.accept();
    return { before, wall: window.lastRan - t0, ran: window.ran };
  });
  if (r.before !== 0 || !inOrder(r.ran, n)) throw new Error(`gate-cost: accept with ${n} elements did not block and then run all in order`);
  return { wall: r.wall, cpu: r.cpu };
};

/** Reference: the same n scripts inserted by plain code, no gate: what running them costs anyway. */
const plainly = (n) => async (page, cdp) => {
  const r = await timed(
    page,
    cdp,
    (n) => {
      const t0 = performance.now();
      for (let i = 0; i < n; i++) document.body.appendChild(document.createElement('script')).text = `mark(${i})`;
      return { wall: window.lastRan - t0, ran: window.ran };
    },
    n,
  );
  if (!inOrder(r.ran, n)) throw new Error('gate-cost: the reference page did not run its scripts');
  return { wall: r.wall, cpu: r.cpu };
};

/** The whole page load: wall time of the inline script, and main-thread CPU time of the page until `load`. */
const starting = (n, gated) => async (page, cdp) => {
  const r = await page.evaluate(() => ({ wall: window.t1 - window.t0, started: !!window.consentGate, ran: window.ran.length }));
  if (r.started !== gated || r.ran !== 0) throw new Error(`gate-cost: start-up page with ${n} elements is not what it should be`);
  return { wall: r.wall, cpu: await cpu(cdp) };
};

/**
 * Inserts NODES untagged elements (one by one, or as one fragment), then reads
 * the clock after the observer's callback (a later microtask) and after a
 * forced layout of the result (most of what a visitor waits for; waiting for a
 * frame instead measured the machine's frame scheduling more than the page).
 */
const inserting = (variant, style) => async (page, cdp) => {
  const r = await timed(
    page,
    cdp,
    async ({ count, style }) => {
      const main = document.querySelector('main');
      const t0 = performance.now();
      if (style === 'fragment') main.innerHTML = '<div>x</div>'.repeat(count);
      else for (let i = 0; i < count; i++) main.appendChild(document.createElement('div')).textContent = String(i);
      await new Promise((resolve) => queueMicrotask(resolve));
      const script = performance.now() - t0;
      void main.getBoundingClientRect().height;
      return { script, layout: performance.now() - t0 };
    },
    { count: NODES, style },
  );
  if (variant === 'with' && !(await observerIsLive(page)))
    throw new Error('gate-cost: the observer did not hold back and then run a tagged script');
  return r;
};

/** Proof the gate's observer still works after the insertions: a tagged script inserted now waits, and runs on consent. */
const observerIsLive = (page) =>
  page.evaluate(async () => {
    const s = Object.assign(document.createElement('script'), { type: 'text/plain', text: 'mark(0)' });
    s.setAttribute('data-consent', 'analytics');
    document.querySelector('main').appendChild(s);
    await new Promise((resolve) => setTimeout(resolve));
    const waited = window.ran.length === 0;
    window.consentGate.accept();
    return waited && window.ran.length === 1;
  });

/**
 * `runs` rounds of fresh visits, one per case in each round, so a change in
 * machine load hits every case alike. A measure returning an object yields
 * one summary per key.
 */
async function interleaved(browser, runs, cases) {
  const values = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let i = 0; i < runs; i++)
    for (const [k, [url, measure]] of Object.entries(cases)) values[k].push(await visit(browser, url, measure));
  const sum = (list) =>
    typeof list[0] === 'number' ? summary(list) : Object.fromEntries(Object.keys(list[0]).map((k) => [k, summary(list.map((v) => v[k]))]));
  return Object.fromEntries(Object.entries(values).map(([k, list]) => [k, sum(list)]));
}

const overhead = (gated, plain) => ((gated.median - plain.median) / plain.median) * 100;
async function measureAll(b, runs, page, code) {
  const r = {
    runs,
    nodes: NODES,
    loadAverage: [loadavg()[0]],
    acceptMs: {},
    plainMs: {},
    startup: {},
    startupCpuMs: {},
    observer: {},
    overheadPercent: {},
  };
  const plain = page('/plain.html', `${head}</head><body></body></html>`);
  for (const n of [100, 1000]) {
    const t = await interleaved(b, runs, { gate: [page(`/accept-${n}.html`, acceptPage(n)), accepting(n)], plain: [plain, plainly(n)] });
    [r.acceptMs[n], r.plainMs[n]] = [t.gate, t.plain];
  }
  for (const n of [0, 100, 1000]) {
    r.startup[n] = await interleaved(b, runs, {
      gated: [page(`/startup-${n}.html`, startupPage(n, code)), starting(n, true)],
      plain: [page(`/startup-${n}-plain.html`, startupPage(n, null)), starting(n, false)],
    });
    r.startupCpuMs[n] = r.startup[n].gated.cpu.median - r.startup[n].plain.cpu.median;
  }
  r.startupCpuPerElementUs = ((r.startupCpuMs[1000] - r.startupCpuMs[0]) / 1000) * 1000;
  for (const style of ['one-by-one', 'fragment']) {
    const o = await interleaved(
      b,
      runs,
      Object.fromEntries(Object.keys(OBSERVERS).map((v) => [v, [page(`/observer-${v}.html`, observerPage(v)), inserting(v, style)]])),
    );
    r.observer[style] = o;
    r.overheadPercent[style] = Object.fromEntries(['script', 'layout', 'cpu'].map((k) => [k, overhead(o.with[k], o.without[k])]));
  }
  // The figure bench/targets.mjs checks: node-by-node insertion, main-thread CPU up to the forced layout (load-proof).
  r.observerOverheadPercent = r.overheadPercent['one-by-one'].cpu;
  r.loadAverage.push(loadavg()[0]);
  return r;
}

/** Runs every scenario; `browser` is reused when given (npm run bench), else launched and closed here. */
export async function run({ browser, runs = 15 } = {}) {
  const own = browser ? null : await launch();
  const b = browser ?? own;
  const routes = {};
  const server = await startServer(routes);
  const page = (path, html) => ((routes[path] = { body: html }), server.url + path);
  try {
    const result = await measureAll(b, runs, page, readFileSync(SCRIPT, 'utf8'));
    result.markdown = markdown(result);
    writeFileSync(RESULTS, JSON.stringify({ date: new Date().toISOString(), chromium: b.version(), ...result }, null, 2) + '\n');
    return result;
  } finally {
    await server.close();
    await own?.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--runs');
  const result = await run({ runs: i > 0 ? Number(process.argv[i + 1]) : 15 });
  console.log(result.markdown);
}
