#!/usr/bin/env node
/**
 * The gate's own cost in headless Chromium (the browser tests' flags, via
 * bench/browser.mjs): per tagged element from Accept all to all ran (100 and
 * 1,000 inline scripts), start-up main-thread time of the built script with
 * 0, 100 and 1,000 tagged elements, and the MutationObserver's overhead on a
 * page that inserts 10,000 untagged nodes, with and without consent-gate.
 * Each scenario is validated (the gate blocked, then ran everything in order)
 * before its figures count. Medians of RUNS fresh contexts (default 15).
 *
 *   node bench/gate-cost.mjs [--runs N]     prints markdown, writes bench/gate-results.json
 *   import { run } from './gate-cost.mjs'   await run({ browser, runs }) -> the same object
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { freshPage, launch } from './browser.mjs';
import { acceptPage, head, OBSERVERS, observerPage, startupPage } from './gate/pages.mjs';
import { startServer } from './server.mjs';
import { fmt, summary } from './stats.mjs';

const SCRIPT = new URL('../dist/consent-gate.min.js', import.meta.url);
const RESULTS = new URL('./gate-results.json', import.meta.url);
const NODES = 10_000;

async function visit(browser, url, measure) {
  const { context, page, errors } = await freshPage(browser);
  try {
    await page.goto(url);
    const value = await measure(page);
    if (errors.length) throw new Error(`page error: ${errors[0]}`);
    return value;
  } finally {
    await context.close();
  }
}

const inOrder = (ran, n) => ran.length === n && ran.every((v, i) => v === i);

/** Accept all -> the last of n tagged scripts ran; validates that none ran before and all ran once, in order. */
const acceptMs = (n) => async (page) => {
  await page.waitForFunction(() => window.consentGate && document.querySelector('consent-gate')?.shadowRoot?.querySelector('[role=dialog]'));
  const result = await page.evaluate(() => {
    const before = window.ran.length;
    const t0 = performance.now();
    window.consentGate.accept();
    return { before, ms: window.lastRan - t0, ran: window.ran };
  });
  if (result.before !== 0 || !inOrder(result.ran, n)) throw new Error(`gate-cost: accept with ${n} elements did not block and then run all in order`);
  return result.ms;
};

const startupMs = (n) => async (page) => {
  const { ms, blocked } = await page.evaluate(() => ({ ms: window.t1 - window.t0, blocked: !!window.consentGate && window.ran.length === 0 }));
  if (!blocked) throw new Error(`gate-cost: start-up with ${n} elements did not start or did not block`);
  return ms;
};

/** Reference: the same n scripts inserted by plain code, no gate: what running them costs anyway. */
const plainMs = (n) => (page) =>
  page.evaluate((n) => {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) document.body.appendChild(document.createElement('script')).text = `mark(${i})`;
    return { ms: window.lastRan - t0, ran: window.ran };
  }, n).then(({ ms, ran }) => {
    if (!inOrder(ran, n)) throw new Error('gate-cost: the reference page did not run its scripts');
    return ms;
  });

/**
 * Inserts NODES untagged elements (one by one, or as one fragment), then reads
 * the clock after the observer's callback (a later microtask) and after a
 * forced layout of the result (most of what a visitor waits for; waiting for a
 * frame instead measured the machine's frame scheduling more than the page).
 */
const observerMs = (variant, style) => async (page) => {
  const { script, layout, handled } = await page.evaluate(async ({ count, style, gated }) => {
    const main = document.querySelector('main');
    const t0 = performance.now();
    if (style === 'fragment') main.innerHTML = '<div>x</div>'.repeat(count);
    else for (let i = 0; i < count; i++) main.appendChild(document.createElement('div')).textContent = String(i);
    await new Promise((resolve) => queueMicrotask(resolve));
    const script = performance.now() - t0;
    void main.getBoundingClientRect().height;
    const layout = performance.now() - t0;
    if (!gated) return { script, layout, handled: true };
    // Proof the observer is live: a tagged script inserted now waits, and runs on consent.
    const s = Object.assign(document.createElement('script'), { type: 'text/plain', text: 'mark(0)' });
    s.setAttribute('data-consent', 'analytics');
    main.appendChild(s);
    await new Promise((resolve) => setTimeout(resolve));
    const waited = window.ran.length === 0;
    window.consentGate.accept();
    return { script, layout, handled: waited && window.ran.length === 1 };
  }, { count: NODES, style, gated: variant === 'with' });
  if (!handled) throw new Error('gate-cost: the observer did not hold back and then run a tagged script');
  return { script, layout };
};

/**
 * `runs` rounds of fresh visits, one per case in each round, so a change in
 * machine load hits every case alike. A measure returning an object yields
 * one summary per key.
 */
async function interleaved(browser, runs, cases) {
  const values = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) for (const [k, [url, measure]] of Object.entries(cases)) values[k].push(await visit(browser, url, measure));
  const sum = (list) => (typeof list[0] === 'number' ? summary(list) : Object.fromEntries(Object.keys(list[0]).map((k) => [k, summary(list.map((v) => v[k]))])));
  return Object.fromEntries(Object.entries(values).map(([k, list]) => [k, sum(list)]));
}

const overhead = (gated, plain) => ((gated.median - plain.median) / plain.median) * 100;
const pct = (v) => (v === undefined || v === null ? 'n/a' : `${v >= 0 ? '+' : ''}${v.toFixed(1)}%`);
const us = (ms, n) => (ms === null ? 'n/a' : ((ms / n) * 1000).toFixed(1));

function markdown(r) {
  const a = r.acceptMs;
  const p = r.plainMs;
  const lines = [
    `Medians of ${r.runs} fresh visits (min–max), in ms unless stated; cases interleaved; load average ${r.loadAverage.map((l) => l.toFixed(1)).join(' → ')}.`,
    '',
    '| tagged inline scripts | 100 | 1,000 | µs per script (1,000) |',
    '|---|---|---|---|',
    `| Accept all -> all ran (consent-gate) | ${fmt(a[100])} | ${fmt(a[1000])} | ${us(a[1000].median, 1000)} |`,
    `| reference: same scripts inserted by plain code | ${fmt(p[100])} | ${fmt(p[1000])} | ${us(p[1000].median, 1000)} |`,
    `| start-up main thread, first visit (0 tagged: ${fmt(r.startupMs[0])}) | ${fmt(r.startupMs[100])} | ${fmt(r.startupMs[1000])} | ${r.startupPerElementUs.toFixed(1)} |`,
    '',
    `| ${NODES.toLocaleString('en')} untagged nodes inserted | no observer | bare no-op observer | consent-gate | consent-gate overhead |`,
    '|---|---|---|---|---|',
  ];
  for (const style of ['one-by-one', 'fragment'])
    for (const clock of ['script', 'layout']) {
      const o = r.observer[style];
      const label = `${style === 'fragment' ? 'one innerHTML' : 'appendChild x10,000'}, ${clock === 'script' ? 'to observer done' : 'to layout done'}`;
      lines.push(`| ${label} | ${fmt(o.without[clock])} | ${fmt(o.bare[clock])} | ${fmt(o.with[clock])} | ${pct(r.overheadPercent[style][clock])} |`);
    }
  return lines.join('\n');
}

async function measureAll(b, runs, page, code) {
  const r = { runs, nodes: NODES, loadAverage: [loadavg()[0]], acceptMs: {}, plainMs: {}, startupMs: {}, observer: {}, overheadPercent: {} };
  const plain = page('/plain.html', `${head}</head><body></body></html>`);
  for (const n of [100, 1000]) {
    const t = await interleaved(b, runs, { gate: [page(`/accept-${n}.html`, acceptPage(n)), acceptMs(n)], plain: [plain, plainMs(n)] });
    [r.acceptMs[n], r.plainMs[n]] = [t.gate, t.plain];
  }
  r.startupMs = await interleaved(b, runs, Object.fromEntries([0, 100, 1000].map((n) => [n, [page(`/startup-${n}.html`, startupPage(n, code)), startupMs(n)]])));
  r.startupPerElementUs = ((r.startupMs[1000].median - r.startupMs[0].median) / 1000) * 1000;
  for (const style of ['one-by-one', 'fragment']) {
    const o = await interleaved(b, runs, Object.fromEntries(Object.keys(OBSERVERS).map((v) => [v, [page(`/observer-${v}.html`, observerPage(v)), observerMs(v, style)]])));
    r.observer[style] = o;
    r.overheadPercent[style] = { script: overhead(o.with.script, o.without.script), layout: overhead(o.with.layout, o.without.layout) };
  }
  // The figure bench/targets.mjs checks: one-by-one insertion, to the forced layout (what a visitor waits for).
  r.observerOverheadPercent = r.overheadPercent['one-by-one'].layout;
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
