import { readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import dts from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';

/** `import css from './styles.css?raw'`: the stylesheet as a minified string (the same import works in vitest). */
function rawCss() {
  return {
    name: 'raw-css',
    resolveId(id, importer) {
      if (!id.endsWith('.css?raw')) return null;
      return new URL(id.slice(0, -4), 'file://' + importer).pathname + '?raw';
    },
    load(id) {
      if (!id.endsWith('.css?raw')) return null;
      const css = readFileSync(id.slice(0, -4), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{}:;,>])\s*/g, '$1')
        .replace(/;}/g, '}')
        .trim();
      return `export default ${JSON.stringify(css)};`;
    },
  };
}

const typescript = () =>
  esbuild({ target: 'es2020', jsx: 'automatic', jsxImportSource: 'preact', tsconfig: 'tsconfig.json' });

const minify = () =>
  terser({ ecma: 2020, compress: { passes: 3, pure_getters: true, unsafe_arrows: true }, format: { comments: false } });

/** The script-tag builds: one self-contained classic script each (docs/attributes.md#the-script-tag). */
const script = (input, file) => ({
  input,
  output: { file, format: 'iife', strict: true },
  plugins: [rawCss(), resolve({ browser: true }), typescript(), minify()],
});

const external = ['preact', 'preact/jsx-runtime', 'js-cookie'];
/** `consent-gate/server` also holds the receipts service: Node built-ins and its optional database drivers stay imports. */
const serverExternal = [/^node:/, /^(better-sqlite3|pg)(\/|$)/];

/** The `consent-gate` command and its browser lookup (also used by the tests and the bench), for Node. */
const cli = {
  input: { cli: 'src/cli/bin.ts', 'cli/find-browser': 'src/cli/find-browser.ts' },
  external: (id) => id.startsWith('node:') || /^(playwright-core|better-sqlite3|pg)(\/|$)/.test(id),
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].mjs',
    chunkFileNames: 'cli/[name].mjs',
    banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
  },
  plugins: [typescript()],
};

export default [
  cli,
  script('src/script.ts', 'dist/consent-gate.min.js'),
  script('src/script-en.ts', 'dist/consent-gate.en.min.js'),
  {
    input: { index: 'src/index.ts', server: 'src/server.ts' },
    external: [...external, ...serverExternal],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name].mjs' },
    plugins: [rawCss(), typescript()],
  },
  {
    input: { index: 'src/index.ts', server: 'src/server.ts' },
    external: [...external, ...serverExternal, /\.css\?raw$/],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: 'chunks/[name].d.ts' },
    plugins: [dts()],
  },
];
