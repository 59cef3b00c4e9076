/**
 * Size budgets of the shipped files (STYLE habit 6), in gzip -9 bytes. One
 * source of budgets: `.size-limit.json` (also read by `npx size-limit`); each
 * entry's files are summed, so "first visit" is the core plus the largest UI
 * file. A page whose JSON config has a problem also fetches the check file on a
 * first visit (docs/loading.md): it has its own entry, core + UI + check. `npm test` builds dist/ first; these read what it built. A budget is
 * raised only in a commit that says why. Speed is measured in bench/, never here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const KB = 1024;
const root = (file: string) => fileURLToPath(new URL(`../../${file}`, import.meta.url));
const dist = (file: string) => root(`dist/${file}`);
const gzip = (code: Uint8Array | string) => gzipSync(code, { level: 9 }).length;

interface Budget {
  name: string;
  path: string | string[];
  gzip: boolean;
  limit: string;
}
const budgets: Budget[] = JSON.parse(readFileSync(root('.size-limit.json'), 'utf8'));
const bytesOf = (limit: string) => {
  const [, n, unit] = /^([\d.]+)\s*(B|KiB|KB)$/.exec(limit) ?? [];
  return Number(n) * (unit === 'B' ? 1 : KB);
};

function withinBudget(what: string, bytes: number, budget: number) {
  const message = `${what} is ${bytes} B gzip (${(bytes / KB).toFixed(2)} KB); budget ${budget} B (${(budget / KB).toFixed(2)} KB)`;
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

const uiFiles = readdirSync(dist('')).filter((f) => /^consent-gate-ui\.[a-z]{2,3}\.min\.js$/.test(f));

describe('size budgets (gzip -9, from .size-limit.json)', () => {
  it('has a budget for the core, for every UI file the build made, for the check file, and for a first visit with and without it', () => {
    const paths = budgets.flatMap((b) => [b.path].flat());
    expect(uiFiles.length).toBeGreaterThanOrEqual(8);
    expect(paths).toEqual(
      expect.arrayContaining(['dist/consent-gate.min.js', 'dist/consent-gate-check.min.js', ...uiFiles.map((f) => `dist/${f}`)]),
    );
    const firstVisits = budgets.filter((b) => Array.isArray(b.path) && b.path.includes('dist/consent-gate.min.js'));
    expect(firstVisits.map((b) => (b.path as string[]).includes('dist/consent-gate-check.min.js')).sort()).toEqual([false, true]);
  });

  it.each(budgets.map((b) => [b.name, b] as const))('keeps %s within its budget', (_, budget) => {
    const bytes = [budget.path].flat().reduce((sum, path) => sum + gzip(readFileSync(root(path))), 0);
    withinBudget(budget.name, bytes, bytesOf(budget.limit));
  });

  it('keeps Preact, the stylesheet and the texts out of the core', () => {
    const core = readFileSync(dist('consent-gate.min.js'), 'utf8');
    expect(core).not.toMatch(/Accept all|Alle akzeptieren|\.__k\b|adoptedStyleSheets/);
    expect(readFileSync(dist('consent-gate-ui.de.min.js'), 'utf8')).toContain('Alle akzeptieren');
  });

  it('keeps the JSON config check, its key hints and its warnings out of the core and the UI files: the check file has them', () => {
    const hints = /did you mean|is not known and is ignored|known here|purposes\.<id>\.cookies/;
    for (const file of ['consent-gate.min.js', ...uiFiles]) expect(readFileSync(dist(file), 'utf8'), file).not.toMatch(hints);
    expect(readFileSync(dist('consent-gate-check.min.js'), 'utf8')).toMatch(hints);
  });

  it('keeps parseConsentCookie from dist/server.mjs, bundled minified and tree-shaken, within 1.5 KB (the one decision reader the browser uses too: copies merged, a refusal wins)', async () => {
    withinBudget('parseConsentCookie (dist/server.mjs, esbuild --minify)', await serverImportSize(), 1.5 * KB);
  });
});
