#!/usr/bin/env node
/**
 * `node bench/script-floor.mjs [--runs N] [--throttle 1,4]`: how low a
 * returning visitor's added script time can go on the bench page, whatever the
 * tool. Beside consent-gate and vanilla-cookieconsent it times "floor", the
 * least a gate must do on a returning visit and nothing more: one cookie read,
 * then each tagged script made live in document order (the next one after the
 * previous external script's `load`), from a few lines inline at the end of
 * <body>. No config, no notice, no checks, no observer, no file to fetch, no
 * API: a lower bound, not a product. Same pages, trackers, browser and
 * measurement (bench/visitor-cost.mjs: CDP `ScriptDuration` over a bare
 * DevTools pipe, minus the page whose trackers are plain scripts) as
 * `npm run bench`, in one run. bench/README.md#the-floor-of-a-returning-visit.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { consentGate, vanillaCookieconsent, noTool, ungated } from './candidates/index.mjs';
import { startServer } from './server.mjs';
import { ORDER, pageHtml, taggedTags, trackerRoutes } from './trackers.mjs';
import { visitorCosts } from './visitor-cost.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('runs', 11));
const throttles = arg('throttle', '1,4').split(',').map(Number);

/** The whole "floor" gate: a cookie test, then the held scripts one after another. */
const FLOOR = `function floorRun() {
  var held = [].slice.call(document.querySelectorAll('script[type="text/plain"][data-consent]'));
  (function next() {
    var el = held.shift();
    if (!el) return;
    var live = document.createElement('script');
    var src = el.getAttribute('src');
    if (src) { live.src = src; live.async = false; live.onload = live.onerror = next; }
    else live.text = el.text;
    el.replaceWith(live);
    if (!src) next();
  })();
}
if (/(^|;\\s*)floor=1(;|$)/.test(document.cookie)) floorRun();`;

const floor = {
  id: 'floor',
  html: () =>
    pageHtml({
      title: 'floor',
      trackers: taggedTags(),
      bodyEnd: `<button id="floor-accept" onclick="document.cookie = 'floor=1; path=/'; floorRun()">Accept all</button>
<script>${FLOOR}</script>`,
    }),
  notice: `document.getElementById('floor-accept')`,
  accept: `document.getElementById('floor-accept')`,
};

const candidates = [consentGate, vanillaCookieconsent, floor];
const routes = trackerRoutes();
for (const file of ['dist/consent-gate.min.js', 'dist/consent-gate-ui.en.min.js'])
  routes[`/${file}`] = { body: readFileSync(new URL(`../${file}`, import.meta.url)), type: 'text/javascript; charset=utf-8' };
for (const c of [...candidates, noTool, ungated]) routes[`/page/${c.id}`] = { body: c.html() };

const server = await startServer(routes);
const started = new Date();
try {
  const validation = Object.fromEntries(candidates.map((c) => [c.id, { status: 'ok', expected: ORDER.length }]));
  const costs = await visitorCosts({ base: server.url, candidates, validation, runs, throttles, log: (m) => console.error(m) });
  console.log(`### Returning visit: added script time, ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  console.log(`${cpus()[0]?.model.trim()} x${cpus().length}, ${costs.browser}, ${runs} runs; median (min–max) ms`);
  console.log('\n| candidate | ' + throttles.map((t) => `${t}x`).join(' | ') + ' |');
  console.log('|---|' + throttles.map(() => '---|').join(''));
  const cell = (s) => (s?.median == null ? 'n/a' : `${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})`);
  for (const c of candidates)
    console.log(`| ${c.id} | ` + throttles.map((t) => cell(costs[t][c.id]?.returningScriptMs)).join(' | ') + ' |');
  const vanilla = (t) => costs[t][vanillaCookieconsent.id]?.returningScriptMs?.median;
  console.log('| 0.4x vanilla-cookieconsent (issue 14) | ' + throttles.map((t) => (vanilla(t) * 0.4).toFixed(1)).join(' | ') + ' |');
} finally {
  await server.close();
}
