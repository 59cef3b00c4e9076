/**
 * Size budgets of the shipped files (STYLE habit 6), in gzip -9 bytes. `npm
 * test` builds dist/ first; these read what it built. A budget is raised only
 * in a commit that says why. Speed is measured in bench/, never here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const KB = 1024;
const dist = (file: string) => fileURLToPath(new URL(`../../dist/${file}`, import.meta.url));
const gzip = (code: Uint8Array | string) => gzipSync(code, { level: 9 }).length;

function withinBudget(what: string, bytes: number, budget: number) {
  const message = `${what} is ${bytes} B gzip (${(bytes / KB).toFixed(2)} KB); budget ${budget} B (${budget / KB} KB)`;
  expect(bytes, message).toBeLessThanOrEqual(budget);
}

/** What a server bundle pays for `import { parseConsentCookie } from 'consent-gate/server'`. */
async function serverImportSize() {
  const result = await build({
    stdin: { contents: `export { parseConsentCookie } from ${JSON.stringify(dist('server.mjs'))};`, loader: 'js', resolveDir: dist('') },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'neutral',
    // The receipts service in the same entry loads these only when used; tree-shaken away here.
    external: ['node:*', 'better-sqlite3', 'pg'],
    write: false,
    logLevel: 'silent',
  });
  return gzip(result.outputFiles[0].contents);
}

/*
 * The script budgets guard against growth; they are not the goal. Issue 6 asks for 11 KB (all
 * languages) and 9 KB (English), which this stack cannot reach: `node bench/size-floor.mjs`
 * measures Preact (4.5 KB on its own), js-cookie, the stylesheet and the texts, with no logic, at
 * 10.1 KB (all languages) and 7.0 KB (English), and everything but the UI (gate, store, settings,
 * integrations, texts; no Preact, no CSS) at 12.0 KB and 8.8 KB. Budgets are the measured size
 * plus about 3% (20.1 / 16.9 KB on 2026-12-01); lower them with every cut.
 */
describe('size budgets (gzip -9)', () => {
  it('keeps dist/consent-gate.min.js, with all eight languages, within 20.7 KB', () => {
    withinBudget('dist/consent-gate.min.js', gzip(readFileSync(dist('consent-gate.min.js'))), 20.7 * KB);
  });

  it('keeps dist/consent-gate.en.min.js within 17.4 KB', () => {
    withinBudget('dist/consent-gate.en.min.js', gzip(readFileSync(dist('consent-gate.en.min.js'))), 17.4 * KB);
  });

  it('keeps parseConsentCookie from dist/server.mjs, bundled minified and tree-shaken, within 1 KB', async () => {
    withinBudget('parseConsentCookie (dist/server.mjs, esbuild --minify)', await serverImportSize(), 1 * KB);
  });
});
