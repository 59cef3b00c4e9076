#!/usr/bin/env node
/**
 * `node bench/module-weights.mjs`: what each module of the core
 * (`dist/consent-gate.min.js`), of a UI file (`consent-gate-ui.en.min.js`) and
 * of the JSON config's check file (`consent-gate-check.min.js`) weighs. Each
 * is bundled with esbuild, minified, with a metafile: a module's minified
 * bytes in the output, and its share of the shipped file's gzip -9
 * (the shipped file's gzip size times the module's share of the minified
 * bytes: gzip has no per-module size, this apportions it). esbuild's minifier
 * differs a little from terser's, so minified totals are close to, not equal
 * to, dist/. Run on its own, it prints markdown; `npm run bench` includes it.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { rawCss } from './raw-css.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const gzip = (b) => gzipSync(b, { level: 9 }).length;

/** A UI file's entry (src/ui-file.ts) as rollup.config.mjs makes it, with English: esbuild injects the texts for their stand-in. */
const uiEntry = {
  name: 'ui-entry',
  setup(b) {
    b.onResolve({ filter: /^ui-texts:en$/ }, () => ({ path: 'en', namespace: 'ui-texts' }));
    b.onLoad({ filter: /.*/, namespace: 'ui-texts' }, () => ({
      contents: `export { en as __UI_TEXTS__ } from '${ROOT}src/i18n/en.ts';`,
      loader: 'ts',
      resolveDir: ROOT,
    }));
  },
};

async function weigh(entry, shipped) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { __UI_FILES__: '{}', __CHECK_FILE__: '""' },
    inject: entry.endsWith('ui-file.ts') ? ['ui-texts:en'] : [],
    write: false,
    metafile: true,
    plugins: [rawCss, uiEntry],
    logLevel: 'silent',
  });
  const [output] = Object.values(out.metafile.outputs);
  const total = out.outputFiles[0].contents.length;
  const shippedGzip = gzip(readFileSync(ROOT + shipped));
  const group = (path) =>
    path
      .replace(/^raw-css:/, '')
      .replace(/^.*node_modules\/([^/]+)\/.*$/, '$1 (package)')
      .replace(ROOT, '');
  const rows = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs))
    rows.set(group(path), (rows.get(group(path)) ?? 0) + bytesInOutput);
  return {
    file: shipped,
    shippedGzip,
    minified: total,
    modules: [...rows]
      .filter(([, bytes]) => bytes > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([module, bytes]) => ({ module, minified: bytes, gzipShare: Math.round((bytes / total) * shippedGzip) })),
  };
}

/** The three files, for results.json. */
export async function run() {
  return {
    core: await weigh(ROOT + 'src/script.ts', 'dist/consent-gate.min.js'),
    ui: await weigh(ROOT + 'src/ui-file.ts', 'dist/consent-gate-ui.en.min.js'),
    check: await weigh(ROOT + 'src/check-entry.ts', 'dist/consent-gate-check.min.js'),
  };
}

export function markdown(weights) {
  return Object.values(weights)
    .map((w) =>
      [
        `\`${w.file}\`: ${w.shippedGzip} B gzip -9 as shipped (esbuild: ${w.minified} B minified)`,
        '',
        '| module | minified B | share of gzip (B) |',
        '|---|---|---|',
        ...w.modules.map((m) => `| ${m.module} | ${m.minified} | ${m.gzipShare} |`),
      ].join('\n'),
    )
    .join('\n\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(markdown(await run()));
