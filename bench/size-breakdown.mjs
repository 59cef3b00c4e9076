#!/usr/bin/env node
/**
 * `node bench/size-breakdown.mjs [entry]`: where the bytes of the script-tag
 * build go. Bundles src/script.ts (or the given entry) with esbuild, minified
 * like a release, and lists bytes per source module from the metafile, with
 * each module's gzip -9 size on its own (a rough share: gzip of the whole is
 * smaller than the sum). esbuild's minifier differs a little from terser's,
 * so totals are close to, not equal to, dist/.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { rawCss } from './raw-css.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const entry = process.argv[2] ?? 'src/script.ts';

const out = await build({
  entryPoints: [ROOT + entry],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2019',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  write: false,
  metafile: true,
  plugins: [rawCss],
  logLevel: 'silent',
});
const [output] = Object.values(out.metafile.outputs);
const code = out.outputFiles[0].text;
const group = (path) =>
  path
    .replace(/^raw-css:/, '')
    .replace(/^.*node_modules\/([^/]+)\/.*$/, '$1 (dependency)')
    .replace(ROOT, '');
const rows = new Map();
for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) rows.set(group(path), (rows.get(group(path)) ?? 0) + bytesInOutput);
const total = code.length;
console.log(`### ${entry}: ${total} B minified (esbuild), ${gzipSync(code, { level: 9 }).length} B gzip -9`);
console.log('| module | minified B | share |\n|---|---|---|');
for (const [mod, bytes] of [...rows].sort((a, b) => b[1] - a[1]))
  console.log(`| ${mod} | ${bytes} | ${((bytes / total) * 100).toFixed(1)}% |`);
