#!/usr/bin/env node
/**
 * `npm test`: builds the shipped files, typechecks sources and tests (with the
 * type tests in test/types, counted as one test), then runs every layer (unit in
 * jsdom, node, real Chromium, size budgets) in one vitest run and ends with the
 * plain line `N passed, M failed` summing all of them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env });

if (!existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH) {
  console.error('Chromium is missing: apt-get install -y chromium (or set CHROMIUM_PATH)');
}
const build = run('npx', ['rollup', '-c', '--silent']);
if (build.status !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const types = run('npx', ['tsc', '--noEmit', '-p', '.']);
mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
// A report left by an earlier run must never be counted for this one.
rmSync(report, { force: true });
const tests = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);
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
if (types.status === 0) passed += 1;
else failed += 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(tests.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
