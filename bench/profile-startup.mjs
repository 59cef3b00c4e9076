#!/usr/bin/env node
/**
 * `node bench/profile-startup.mjs [--runs N] [--sizes 0,100,1000]`: what the
 * core's start-up costs on every page view, first visit and returning
 * visitor, on pages with 0, 100 and 1,000 tagged elements (inline scripts
 * over the four purposes, and as many `<img data-src>`). Two views:
 *  - CDP Performance metrics of the shipped dist/consent-gate.min.js page
 *    against the same page without a tool (script, style, layout, task ms);
 *  - a V8 sampling profile (50 µs) of an unminified build of src/script.ts,
 *    whose self time is attributed to source modules through esbuild's
 *    `// src/...` markers, without throttling (throttling pauses the thread and the sampler blames whatever runs).
 * The first visit includes the UI file's own start-up (it is loaded at once);
 * the returning visitor's page loads no UI. Prints markdown; nothing is written.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { freshPage, launch } from './browser.mjs';
import { rawCss } from './raw-css.mjs';
import { startServer } from './server.mjs';
import { summary, fmt } from './stats.mjs';
import { pageHtml, PURPOSES } from './trackers.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', 10));
const SIZES = arg('sizes', '0,100,1000').split(',').map(Number);
const ROOT = new URL('..', import.meta.url).pathname;
const UI_FILES = readdirSync(ROOT + 'dist').filter((f) => /^consent-gate-ui\.\w+\.min\.js$/.test(f));
/** The hashes the release build bakes in, so the unminified core loads the shipped UI files. */
const HASHES = Object.fromEntries(
  UI_FILES.map((f) => [
    f.split('.')[1],
    'sha384-' +
      createHash('sha384')
        .update(readFileSync(ROOT + 'dist/' + f))
        .digest('base64'),
  ]),
);

/** `n` tagged elements: half inline scripts that mark when they run, half images, over the four purposes. */
const tagged = (n) =>
  Array.from({ length: n }, (_, i) => {
    const purpose = PURPOSES[i % PURPOSES.length];
    return i % 2
      ? `<img data-consent="${purpose}" data-src="/t/p.gif?${i}" alt="" width="1" height="1">`
      : `<script type="text/plain" data-consent="${purpose}">mark('s${i}')</script>`;
  }).join('\n');
const page = (n, script) =>
  pageHtml({
    title: `${n} tagged`,
    head: script ? `<script src="${script}" data-purposes="analytics ads customization login"></script>` : '',
    trackers: tagged(n),
  });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function unminifiedBuild() {
  const out = await build({
    entryPoints: [ROOT + 'src/script.ts'],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { __UI_FILES__: JSON.stringify(HASHES) },
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

async function visit(browser, url, { returning, profile, throttle, n }) {
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
    if (returning && url.includes('consent-gate'))
      await page.waitForFunction(`window.__ran.length >= ${Math.ceil(n / 2)}`, undefined, { timeout: 30_000, polling: 50 }).catch(() => {});
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
      } else if (f.url)
        add(other, f.url.includes('/t/') || f.url.includes('/page/') ? 'page and trackers' : f.url.replace(/^.*\//, ''), ms);
      else add(other, f.functionName || '(unknown)', ms);
    }
  }
  const n = profiles.length;
  const top = (map, k) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([key, ms]) => `| ${key} | ${(ms / n).toFixed(2)} |`);
  return { top, byModule, byFunction, other, n };
}

const unminified = await unminifiedBuild();
const routes = {
  '/t/p.gif': { body: Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'), type: 'image/gif' },
};
routes['/bench-profile/consent-gate.js'] = { body: unminified, type: 'text/javascript' };
for (const f of UI_FILES) routes[`/bench-profile/${f}`] = { body: readFileSync(ROOT + 'dist/' + f), type: 'text/javascript' };
for (const n of SIZES) {
  routes[`/page/no-tool-${n}`] = { body: page(n, null) };
  routes[`/page/consent-gate-${n}`] = { body: page(n, '/dist/consent-gate.min.js') };
  routes[`/page/consent-gate-unminified-${n}`] = { body: page(n, '/bench-profile/consent-gate.js') };
}
const server = await startServer(routes);
const browser = await launch();
const out = [`### consent-gate start-up profile, ${new Date().toISOString().slice(0, 16)} UTC, ${RUNS} runs per row`];

for (const throttle of [1, 4]) {
  out.push(
    '',
    `#### Performance metrics, ${throttle}x CPU (ms, median (min–max))`,
    '| tagged elements | page | visit | script | style | layout | main-thread task |',
    '|---|---|---|---|---|---|---|',
  );
  for (const n of SIZES)
    for (const returning of [false, true]) {
      for (const id of ['no-tool', 'consent-gate']) {
        const rows = [];
        for (let i = 0; i < RUNS; i++) rows.push(await visit(browser, `${server.url}/page/${id}-${n}`, { returning, throttle, n }));
        const col = (k) => fmt(summary(rows.map((r) => r[k])));
        out.push(
          `| ${n} | ${id} | ${returning ? 'returning' : 'first'} | ${col('script')} | ${col('style')} | ${col('layout')} | ${col('task')} |`,
        );
      }
    }
}

const lineToModule = moduleMap(unminified);
for (const n of SIZES)
  for (const returning of [false, true]) {
    const profiles = [];
    for (let i = 0; i < RUNS; i++) {
      profiles.push(
        (await visit(browser, `${server.url}/page/consent-gate-unminified-${n}`, { returning, profile: true, throttle: 1, n })).profile,
      );
    }
    const a = attribute(profiles, '/bench-profile/consent-gate.js', lineToModule);
    const ours = [...a.byModule.values()].reduce((s, v) => s + v, 0) / a.n;
    out.push(
      '',
      `#### Sampled self time of the core, ${n} tagged elements, ${returning ? 'returning visitor' : 'first visit'}, no throttling, unminified build (mean ms per page view; the core in total ${ours.toFixed(2)} ms)`,
    );
    out.push('| source module | ms |', '|---|---|', ...a.top(a.byModule, 10));
    out.push('', '| function — module | ms |', '|---|---|', ...a.top(a.byFunction, 10));
    out.push('', '| outside the core | ms |', '|---|---|', ...a.top(a.other, 8));
  }

await browser.close();
await server.close();
console.log(out.join('\n'));
