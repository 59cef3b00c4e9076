#!/usr/bin/env node
/**
 * `node bench/size-floor.mjs`: where the script-tag build's bytes go, in layers, each built
 * with the release's own rollup plugins (rollup.config.mjs: same resolve, esbuild, terser):
 *
 * 1. the floor: Preact (`render`, `Component`, JSX) and js-cookie, which the brief fixes as the
 *    stack, plus the stylesheet and the texts docs/languages.md requires, and no line of our logic;
 * 2. the real entry with `src/ui/mount.tsx` swapped for a stub that renders nothing: gate,
 *    store, settings, integrations, API and texts without any UI, Preact or CSS;
 * 3. the real entry, as shipped.
 *
 * Each row is measured for both script builds (all eight languages, English only), gzip -9
 * and brotli 11, beside issue 6's budgets (11 KB and 9 KB gzip). Run on its own, it prints a
 * markdown table; `npm run bench` includes it in its report and results.json.
 */
import { rollup } from 'rollup';
import { sizes } from './bytes.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const BUDGET = { 'src/script.ts': 11 * 1024, 'src/script-en.ts': 9 * 1024 };
const LANGUAGES = { 'src/script.ts': '../src/i18n/all', 'src/script-en.ts': '../src/i18n/en' };

/** Virtual modules, at paths inside bench/ so that bare and relative imports resolve as from a source file. */
const floorEntry = (languages) => `
import { render, Component } from 'preact';
import Cookies from 'js-cookie';
import css from '../src/ui/styles.css?raw';
import * as texts from '${languages}';
// Kept whole by being reachable: what the libraries cost as we use them, with nothing of ours.
window.__floor = [render, Component, <b>{css}</b>, Cookies, texts];
`;
const UI_STUB = `export function mountUi({ model }) {
  return { show: () => model.texts, hide() {}, placeholder() {}, unplace() {} };
}`;

const STUB_PATH = ROOT + 'bench/.ui-stub.tsx';

function virtual(modules) {
  return {
    name: 'size-floor-virtual',
    resolveId(id, importer) {
      if (modules[id]) return id;
      if (modules[STUB_PATH] && /\/ui\/mount$/.test(id) && importer?.startsWith(ROOT + 'src/')) return STUB_PATH;
      return null;
    },
    load: (id) => modules[id] ?? null,
  };
}

/** The release's plugins, fresh for each build (a plugin instance can carry state, e.g. terser's, from one build into the next). */
let builds = 0;
const releasePlugins = async () => (await import(`../rollup.config.mjs?build=${builds++}`)).default[0].plugins;

async function bundle(input, modules = {}) {
  const build = await rollup({ input, plugins: [virtual(modules), ...(await releasePlugins())], onwarn() {} });
  const { output } = await build.generate({ format: 'iife', strict: true });
  await build.close();
  return sizes(Buffer.from(output[0].code));
}

/** The layers for one script build, each with raw, gzip and brotli bytes. */
async function layers(entry) {
  const floorPath = ROOT + `bench/.floor-${entry.includes('-en') ? 'en' : 'all'}.tsx`;
  return {
    floor: await bundle(floorPath, { [floorPath]: floorEntry(LANGUAGES[entry]) }),
    withoutUi: await bundle(ROOT + entry, { [STUB_PATH]: UI_STUB }),
    shipped: await bundle(ROOT + entry),
    budget: BUDGET[entry],
  };
}

/** Both script builds, for results.json. */
export async function run() {
  return { all: await layers('src/script.ts'), en: await layers('src/script-en.ts') };
}

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

export function markdown(floor) {
  const rows = [
    ['Preact + js-cookie + stylesheet + texts, no logic of ours', 'floor'],
    ['everything but the UI (no Preact, no CSS)', 'withoutUi'],
    ['as shipped', 'shipped'],
  ];
  const lines = [
    '| layer | all eight languages: gzip / brotli | English only: gzip / brotli |',
    '|---|---|---|',
    ...rows.map(([name, key]) => `| ${name} | ${kb(floor.all[key].gzip)} / ${kb(floor.all[key].brotli)} | ${kb(floor.en[key].gzip)} / ${kb(floor.en[key].brotli)} |`),
    `| issue 6 budget (gzip) | ${kb(floor.all.budget)} | ${kb(floor.en.budget)} |`,
  ];
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(markdown(await run()));
