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
import { pathToFileURL } from 'node:url';
import { freshPage, launch } from './browser.mjs';
import { startServer } from './server.mjs';
import { fmt, summary } from './stats.mjs';

const SCRIPT = new URL('../dist/consent-gate.min.js', import.meta.url);
const RESULTS = new URL('./gate-results.json', import.meta.url);
const NODES = 10_000;

const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>gate cost</title>'
  + '<script>window.ran = []; window.mark = (i) => { window.ran.push(i); window.lastRan = performance.now(); };</script>';
const tagged = (n) => Array.from({ length: n }, (_, i) => `<script type="text/plain" data-consent="analytics">mark(${i})</script>`).join('');

/** The built script inline at the end of <body>, between two clock reads: its parse, compile and run, nothing else. */
function startupPage(n, code) {
  const inline = code.replace(/<\/script/gi, '<\\/script');
  return `${head}</head><body>${tagged(n)}<script>window.t0 = performance.now()</script>`
    + `<script data-purposes="analytics ads">${inline}</script><script>window.t1 = performance.now()</script></body></html>`;
}

const acceptPage = (n) => `${head}<script src="/dist/consent-gate.min.js"></script></head><body>${tagged(n)}</body></html>`;
const observerPage = (gated) => `${head}${gated ? '<script src="/dist/consent-gate.min.js"></script>' : ''}</head><body><main></main></body></html>`;

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

/** Inserts NODES untagged elements one by one, then waits for the observer's callback (a later microtask). */
const observerMs = (gated) => async (page) => {
  const { ms, handled } = await page.evaluate(async ({ count, gated }) => {
    const main = document.querySelector('main');
    const t0 = performance.now();
    for (let i = 0; i < count; i++) main.appendChild(document.createElement('div')).textContent = String(i);
    await new Promise((resolve) => queueMicrotask(resolve));
    const ms = performance.now() - t0;
    if (!gated) return { ms, handled: true };
    // Proof the observer is live: a tagged script inserted now waits, and runs on consent.
    const s = document.createElement('script');
    s.type = 'text/plain';
    s.setAttribute('data-consent', 'analytics');
    s.text = 'mark(0)';
    main.appendChild(s);
    await new Promise((resolve) => setTimeout(resolve));
    const waited = window.ran.length === 0;
    window.consentGate.accept();
    return { ms, handled: waited && window.ran.length === 1 };
  }, { count: NODES, gated });
  if (!handled) throw new Error('gate-cost: the observer did not hold back and then run a tagged script');
  return ms;
};

async function series(browser, runs, url, measure) {
  const values = [];
  for (let i = 0; i < runs; i++) values.push(await visit(browser, url, measure));
  return summary(values);
}

function markdown(r) {
  const per = (s, n) => (s.median === null ? 'n/a' : ((s.median / n) * 1000).toFixed(1));
  return [
    `Medians of ${r.runs} fresh visits (min–max), ms unless stated.`,
    '',
    '| scenario | 0 | 100 elements | 1,000 elements | per element (µs, 1,000) |',
    '|---|---|---|---|---|',
    `| Accept all -> all tagged scripts ran | | ${fmt(r.acceptMs[100])} | ${fmt(r.acceptMs[1000])} | ${per(r.acceptMs[1000], 1000)} |`,
    `| start-up main thread (first visit) | ${fmt(r.startupMs[0])} | ${fmt(r.startupMs[100])} | ${fmt(r.startupMs[1000])} | ${r.startupPerElementUs?.toFixed(1) ?? 'n/a'} |`,
    '',
    `| ${NODES.toLocaleString('en')} untagged nodes inserted | without consent-gate | with consent-gate | overhead |`,
    '|---|---|---|---|',
    `| insert + observer callback | ${fmt(r.observer.withoutMs)} | ${fmt(r.observer.withMs)} | ${r.observerOverheadPercent?.toFixed(1) ?? 'n/a'}% |`,
  ].join('\n');
}

/** Runs every scenario; `browser` is reused when given (npm run bench), else launched and closed here. */
export async function run({ browser, runs = 15 } = {}) {
  const own = browser ? null : await launch();
  const b = browser ?? own;
  const code = readFileSync(SCRIPT, 'utf8');
  const routes = {};
  const server = await startServer(routes);
  const page = (path, html) => ((routes[path] = { body: html }), server.url + path);
  try {
    const result = { runs, nodes: NODES, acceptMs: {}, startupMs: {}, observer: {} };
    for (const n of [100, 1000]) result.acceptMs[n] = await series(b, runs, page(`/accept-${n}.html`, acceptPage(n)), acceptMs(n));
    for (const n of [0, 100, 1000]) result.startupMs[n] = await series(b, runs, page(`/startup-${n}.html`, startupPage(n, code)), startupMs(n));
    for (const gated of [false, true])
      result.observer[gated ? 'withMs' : 'withoutMs'] = await series(b, runs, page(`/observer-${gated}.html`, observerPage(gated)), observerMs(gated));
    const { withMs, withoutMs } = result.observer;
    result.observerOverheadPercent = ((withMs.median - withoutMs.median) / withoutMs.median) * 100;
    result.startupPerElementUs = ((result.startupMs[1000].median - result.startupMs[0].median) / 1000) * 1000;
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
