import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import dts from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';
import { buildSync } from 'esbuild';

/**
 * The stylesheet as shipped (`import css from './styles.css?raw'`): comments
 * dropped and whitespace removed where CSS ignores it. A few rules rather than
 * a minifier: lightningcss and esbuild's CSS minifier, tried on src/ui/styles.css,
 * saved at most 6 B gzip in the UI file (gzip already takes the repeats they
 * merge), and lightningcss rewrote media queries to range syntax that older
 * browsers do not read. The shipped files (rawCss below) and
 * bench/raw-css.mjs (the bench's builds) both use this, so they weigh the same string.
 *
 * @example
 * minifyCss('a { color: red !important; }') // 'a{color:red!important}'
 */
export const minifyCss = (css) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>])\s*/g, '$1')
    .replace(/ !important/g, '!important')
    .replace(/@media \(/g, '@media(')
    // 0.5 -> .5, not inside a longer number or a name (10.5, h0.5 stay).
    .replace(/(^|[^\w.-])0\.(\d)/g, '$1.$2')
    .replace(/;}/g, '}')
    .trim();

/** `import css from './styles.css?raw'`: the stylesheet as a minified string (the same import works in vitest, unminified). */
function rawCss() {
  return {
    name: 'raw-css',
    resolveId(id, importer) {
      if (!id.endsWith('.css?raw')) return null;
      return new URL(id.slice(0, -4), 'file://' + importer).pathname + '?raw';
    },
    load(id) {
      if (!id.endsWith('.css?raw')) return null;
      return `export default ${JSON.stringify(minifyCss(readFileSync(id.slice(0, -4), 'utf8')))};`;
    },
  };
}

const typescript = () => esbuild({ target: 'es2020', jsx: 'automatic', jsxImportSource: 'preact', tsconfig: 'tsconfig.json' });

/**
 * `preamble`: the classic scripts start with V8's explicit compile hint
 * (`//# allFunctionsCalledOnLoad`, Chrome 136+; other engines read a comment).
 * Nearly every function of the core runs at start-up, and of a UI file when it
 * mounts, so V8 compiles them while the file streams in, off the main thread,
 * instead of one by one on first call (bench/README.md#compile-hints).
 */
const minify = (preamble) =>
  terser({ ecma: 2020, compress: { passes: 3, pure_getters: true, unsafe_arrows: true }, format: { comments: false, preamble } });
const EAGER = '//# allFunctionsCalledOnLoad';

/**
 * Every built-in language's texts, read from src/i18n/all.ts (bundled by
 * esbuild, as rollup has no TS loader for its own config).
 */
function builtInTexts() {
  const { outputFiles } = buildSync({
    entryPoints: ['src/i18n/all.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'i18n',
    logLevel: 'silent',
  });
  return new Function(`${outputFiles[0].text}; return i18n.allLanguages;`)();
}
const TEXTS = builtInTexts();
const LANGUAGES = Object.keys(TEXTS);

const uiFile = (lang) => `dist/consent-gate-ui.${lang}.min.js`;
/** The JSON config's full check, loaded by the UI only when a page's JSON config has a problem to tell (docs/loading.md). */
const CHECK_FILE = 'dist/consent-gate-check.min.js';

/** An object literal as terser would write it: keys that are names unquoted. */
const literal = (texts) =>
  `{${Object.entries(texts)
    .map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}:${JSON.stringify(v)}`)
    .join(',')}}`;

/**
 * The UI files: the UI is built and minified once from src/ui-file.ts, with a
 * stand-in for the texts, then written once per language with that language's
 * texts in it (eight identical builds took most of the build's time).
 */
function uiPerLanguage() {
  return {
    name: 'ui-per-language',
    generateBundle(_, bundle) {
      for (const [name, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        if ((chunk.code.match(/\b__UI_TEXTS__\b/g) ?? []).length !== 1) this.error('the UI build lost its texts stand-in');
        for (const lang of LANGUAGES)
          this.emitFile({
            type: 'asset',
            fileName: uiFile(lang).slice('dist/'.length),
            source: chunk.code.replace(/\b__UI_TEXTS__\b/, () => literal(TEXTS[lang])),
          });
        delete bundle[name];
      }
    },
  };
}

/** `sha384-…` of a file just written: the `integrity` the core loads it with. */
const sha384 = (file) => 'sha384-' + createHash('sha384').update(readFileSync(file)).digest('base64');

/**
 * Bakes the SHA-384 of `files`, as just written by the builds before it in
 * this list, into `entry` in place of `standIn` (the `integrity` they are
 * loaded with): `value` turns the hashes into the code written in. A missing
 * file fails the build: an entry must never ship without them.
 */
function integrity(entry, standIn, files, value) {
  const pattern = new RegExp(`\\b${standIn}\\b`, 'g');
  return {
    name: 'integrity',
    transform(code, id) {
      if (!id.endsWith(entry)) return null;
      for (const file of files) this.addWatchFile(file);
      if ((code.match(pattern) ?? []).length !== 1) this.error(`${entry} must name ${standIn} once`);
      return { code: code.replace(pattern, () => JSON.stringify(value(files.map(sha384)))), map: null };
    },
  };
}

/** The core loads the UI files with their hashes; a UI file loads the check file with its hash (docs/loading.md). */
const uiHashes = integrity('/src/script.ts', '__UI_FILES__', LANGUAGES.map(uiFile), (hashes) =>
  Object.fromEntries(LANGUAGES.map((lang, i) => [lang, hashes[i]])),
);
const checkHash = integrity('/src/ui-file.ts', '__CHECK_FILE__', [CHECK_FILE], ([hash]) => hash);

/** The script-tag builds: one classic script each (docs/attributes.md#the-script-tag). */
const script = (input, file, extra = []) => ({
  input,
  output: { file, format: 'iife', strict: true },
  plugins: [...extra, rawCss(), resolve({ browser: true }), typescript(), minify(EAGER)],
});

const external = ['preact', 'preact/jsx-runtime'];
/** The type declarations of `consent-gate/server`: Node built-ins and its optional database drivers stay imports. */
const serverExternal = [/^node:/, /^(better-sqlite3|pg)(\/|$)/];

/** What the Node entries leave as imports: Node built-ins and the optional parts (a browser driver, database drivers). */
const nodeExternal = (id) => id.startsWith('node:') || /^(playwright-core|better-sqlite3|pg)(\/|$)/.test(id);

export default [
  // The check file first, then the UI files (their build reads its hash), then the core (its build reads theirs).
  script('src/check-entry.ts', CHECK_FILE),
  {
    input: 'src/ui-file.ts',
    output: { dir: 'dist', entryFileNames: 'consent-gate-ui.js', format: 'iife', strict: true },
    plugins: [uiPerLanguage(), checkHash, rawCss(), resolve({ browser: true }), typescript(), minify(EAGER)],
  },
  script('src/script.ts', 'dist/consent-gate.min.js', [uiHashes]),
  // The ESM entries, `consent-gate/server` and the `consent-gate` command in one build: code they share
  // (the receipts service and store, the decision reader) is written once, in chunks/.
  {
    input: { index: 'src/index.ts', server: 'src/server.ts', cli: 'src/cli/bin.ts', 'cli/find-browser': 'src/cli/find-browser.ts' },
    external: (id) => external.includes(id) || nodeExternal(id),
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].mjs',
      chunkFileNames: 'chunks/[name].mjs',
      banner: (chunk) => (chunk.isEntry && chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
    },
    plugins: [rawCss(), typescript()],
  },
  {
    input: { index: 'src/index.ts', server: 'src/server.ts' },
    external: [...external, ...serverExternal, /\.css\?raw$/],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: 'chunks/[name].d.ts' },
    plugins: [dts()],
  },
];
