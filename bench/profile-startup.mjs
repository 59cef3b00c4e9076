#!/usr/bin/env node
/**
 * `node bench/profile-startup.mjs [--runs N]`: what consent-gate's start-up
 * costs on every page view, first visit and returning visitor. Two views:
 *  - CDP Performance metrics of the shipped dist/consent-gate.min.js page
 *    against the same page without a tool (script, style, layout, task ms);
 *  - a V8 sampling profile (50 µs) of an unminified build of src/script.ts,
 *    whose self time is attributed to source modules through esbuild's
 *    `// src/...` markers, without throttling (throttling pauses the thread and the sampler blames whatever runs).
 * Prints markdown; nothing is written.
 */
import { build } from 'esbuild';
import { freshPage, launch } from './browser.mjs';
import { rawCss } from './raw-css.mjs';
import { consentGate } from './candidates/consent-gate.mjs';
import { noTool } from './candidates/baselines.mjs';
import { startServer } from './server.mjs';
import { summary, fmt } from './stats.mjs';
import { ORDER, trackerRoutes } from './trackers.mjs';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 10;
const ROOT = new URL('..', import.meta.url).pathname;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function unminifiedBuild() {
  const out = await build({
    entryPoints: [ROOT + 'src/script.ts'],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    write: false,
    plugins: [rawCss],
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

/** Line number -> source module, from esbuild's `// path` comments. */
function moduleMap(code) {
  const starts = [];
  code.split('\n').forEach((line, i) => {
    const m = /^\s*\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
    if (m) starts.push([i, m[1].replace(/^node_modules\/([^/]+)\/.*/, '$1 (dependency)')]);
  });
  return (line) => {
    let name = '(bundle prologue)';
    for (const [start, mod] of starts) if (start <= line) name = mod;
    return name;
  };
}

const COOKIE = () => `1~1~${Math.floor(Date.now() / 1000).toString(36)}~0123456789abcdef~analytics.ads.customization.login`;

async function visit(browser, url, { returning, profile, throttle }) {
  const { context, page, cdp } = await freshPage(browser, { throttle });
  try {
    if (returning) await context.addCookies([{ name: 'consent_gate', value: COOKIE(), url }]);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
    }
    await page.goto(url, { waitUntil: 'load' });
    if (returning) await page.waitForFunction(`window.__ran.length >= ${ORDER.length}`, undefined, { timeout: 10_000, polling: 50 }).catch(() => {});
    await sleep(700);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map(({ name, value }) => [name, value * 1000]));
    const result = { script: m.ScriptDuration, style: m.RecalcStyleDuration, layout: m.LayoutDuration, task: m.TaskDuration };
    if (profile) result.profile = (await cdp.send('Profiler.stop')).profile;
    return result;
  } finally {
    await context.close();
  }
}

/** Self time per source module and per function of our script, plus the other buckets. */
function attribute(profiles, scriptPath, lineToModule) {
  const byModule = new Map();
  const byFunction = new Map();
  const other = new Map();
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  for (const p of profiles) {
    const nodes = new Map(p.nodes.map((n) => [n.id, n]));
    const dt = new Map();
    p.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
    for (const [id, ms] of dt) {
      const f = nodes.get(id).callFrame;
      if (f.url.endsWith(scriptPath)) {
        const mod = lineToModule(f.lineNumber);
        add(byModule, mod, ms);
        add(byFunction, `${f.functionName || '(anonymous)'} — ${mod}`, ms);
      } else if (f.url) add(other, f.url.includes('/t/') || f.url.includes('/page/') ? 'page and trackers' : f.url, ms);
      else add(other, f.functionName || '(unknown)', ms);
    }
  }
  const n = profiles.length;
  const top = (map, k) => [...map].sort((a, b) => b[1] - a[1]).slice(0, k).map(([key, ms]) => `| ${key} | ${(ms / n).toFixed(2)} |`);
  return { top, byModule, byFunction, other, n };
}

const unminified = await unminifiedBuild();
const routes = trackerRoutes();
routes['/page/consent-gate'] = { body: consentGate.html() };
routes['/page/no-tool'] = { body: noTool.html() };
routes['/bench-profile/consent-gate.js'] = { body: unminified, type: 'text/javascript' };
routes['/page/consent-gate-unminified'] = { body: consentGate.html().replace('/dist/consent-gate.min.js', '/bench-profile/consent-gate.js') };
const server = await startServer(routes);
const browser = await launch();
const out = [`### consent-gate start-up profile, ${new Date().toISOString().slice(0, 16)} UTC, ${RUNS} runs per row`];

for (const throttle of [1, 4]) {
  out.push('', `#### Performance metrics, ${throttle}x CPU (ms, median (min–max))`, '| page | visit | script | style | layout | main-thread task |', '|---|---|---|---|---|---|');
  for (const returning of [false, true]) {
    for (const id of ['no-tool', 'consent-gate']) {
      const rows = [];
      for (let i = 0; i < RUNS; i++) rows.push(await visit(browser, `${server.url}/page/${id}`, { returning, throttle }));
      const col = (k) => fmt(summary(rows.map((r) => r[k])));
      out.push(`| ${id} | ${returning ? 'returning' : 'first'} | ${col('script')} | ${col('style')} | ${col('layout')} | ${col('task')} |`);
    }
  }
}

const lineToModule = moduleMap(unminified);
for (const returning of [false, true]) {
  const profiles = [];
  for (let i = 0; i < RUNS; i++) {
    profiles.push((await visit(browser, `${server.url}/page/consent-gate-unminified`, { returning, profile: true, throttle: 1 })).profile);
  }
  const a = attribute(profiles, '/bench-profile/consent-gate.js', lineToModule);
  const ours = [...a.byModule.values()].reduce((s, v) => s + v, 0) / a.n;
  out.push('', `#### Sampled self time, ${returning ? 'returning visitor' : 'first visit'}, no throttling, unminified build (mean ms per page view; ours in total ${ours.toFixed(2)} ms)`);
  out.push('| source module | ms |', '|---|---|', ...a.top(a.byModule, 12));
  out.push('', '| function — module | ms |', '|---|---|', ...a.top(a.byFunction, 12));
  out.push('', '| outside our code | ms |', '|---|---|', ...a.top(a.other, 8));
}

await browser.close();
await server.close();
console.log(out.join('\n'));
