#!/usr/bin/env node
/**
 * `npm test`: makes sure a browser is there (src/cli/find-browser.ts, the one lookup
 * the tests, the bench and the `audit` command share; installed when missing, see
 * `ensureBrowser`), builds the shipped files, typechecks sources and tests (with the
 * type tests in test/types, counted as one test), lints and checks the formatting with
 * Biome (`biome ci`: biome.json, counted as one test), then runs every layer (unit in
 * jsdom, node, real Chromium, size budgets) in one vitest run and ends with the
 * plain line `N passed, M failed` summing all of them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { build as esbuild } from 'esbuild';

const ROOT = new URL('..', import.meta.url).pathname;
process.chdir(ROOT);

const run = (cmd, args, env = process.env) => spawnSync(cmd, args, { stdio: 'inherit', env });

/**
 * The lookup module straight from its TypeScript source (esbuild, a few ms), so a
 * missing browser is known before the build, not after it.
 */
async function loadLookup() {
  const out = await esbuild({
    entryPoints: ['src/cli/find-browser.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].text;
  return import('data:text/javascript;base64,' + Buffer.from(code).toString('base64'));
}

/**
 * Finds a browser, or installs one where this machine can (root on Debian/Ubuntu:
 * the distribution's chromium; elsewhere Playwright's installer), or stops with the
 * one line that says what to run. CONSENT_GATE_NO_INSTALL=1 skips the install.
 */
async function ensureBrowser() {
  const { findBrowser, browserInstallPlan, BROWSER_HELP } = await loadLookup();
  let path = findBrowser();
  if (!path && process.env.CONSENT_GATE_NO_INSTALL !== '1') {
    console.log('npm test: no Chromium found; installing one');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const [cmd, ...args] of browserInstallPlan()) {
      console.log(`npm test: ${cmd} ${args.join(' ')}`);
      if (run(cmd, args, env).status !== 0) break;
    }
    path = findBrowser();
  }
  if (!path) {
    console.error(BROWSER_HELP);
    process.exit(1);
  }
  // The test files' launches read the same lookup; this pins them to what was found here.
  process.env.CHROMIUM_PATH = path;
}

await ensureBrowser();
const build = run('npx', ['rollup', '-c', '--silent']);
if (build.status !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const types = run('npx', ['tsc', '--noEmit', '-p', '.']);
const lint = run('npx', ['biome', 'ci', '--colors=off']);
mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
// A report left by an earlier run must never be counted for this one.
rmSync(report, { force: true });
const tests = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);
let passed = 0;
let failed = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests + (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  // A file that failed to load counts as a failure even though none of its tests ran.
  failed += json.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
} catch {
  failed += 1;
}
if (!existsSync(report)) console.error('npm test: vitest wrote no report');
for (const step of [types, lint]) {
  if (step.status === 0) passed += 1;
  else failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(tests.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
