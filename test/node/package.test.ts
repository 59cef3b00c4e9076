import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The package as a user gets it from the registry: what `npm pack` puts in the
 * tarball (built dist/ is needed: `npm test` builds first), and that tarball
 * installed into an empty folder. Installing uses npm's cache (`--prefer-offline`;
 * the registry only for a package the cache lacks), skips optional dependencies
 * (the receipts databases) and install scripts, so it is quick and native-free.
 */
const ROOT = new URL('../..', import.meta.url).pathname;
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

interface PackResult {
  filename: string;
  files: { path: string }[];
}

describe('npm pack', () => {
  const files = (JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], ROOT)) as PackResult[])[0]!.files.map((f) => f.path);

  it('holds the built entries, their types, the script tag builds and the bin', () => {
    const pkg = JSON.parse(npm(['pkg', 'get', 'bin', 'exports', 'types'], ROOT)) as {
      bin: Record<string, string>;
      exports: Record<string, string | Record<string, string>>;
      types: string;
    };
    const named = [
      pkg.types,
      ...Object.values(pkg.bin),
      ...Object.values(pkg.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e))),
    ];
    for (const path of named) expect(files).toContain(path.replace(/^\.\//, ''));
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/index.mjs',
        'dist/index.d.ts',
        'dist/server.mjs',
        'dist/server.d.ts',
        'dist/cli.mjs',
        'dist/consent-gate.min.js',
        'dist/consent-gate-ui.en.min.js',
        'dist/consent-gate-check.min.js',
      ]),
    );
  });

  it('holds LICENSE, NOTICE and README', () => {
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'NOTICE', 'README.md', 'package.json']));
  });

  it('holds nothing of the sources, tests, bench, demo or docs', () => {
    expect(files.filter((f) => /^(src|test|bench|demo|docs|scripts|node_modules|test-results|\.ci)\//.test(f))).toEqual([]);
  });
});

describe('the packed tarball installed into an empty folder', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cg-pack-'));
    const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], ROOT)) as PackResult[];
    const app = join(dir, 'app');
    execFileSync('mkdir', [app]);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    npm(
      [
        'install',
        join(dir, packed!.filename),
        '--prefer-offline',
        '--omit=optional',
        '--omit=dev',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
      ],
      app,
    );
    dir = app;
  }, 120_000);
  afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

  const node = (code: string) => execFileSync('node', ['--input-type=module', '-e', code], { cwd: dir, encoding: 'utf8' }).trim();

  it("import('consent-gate') gives createConsentGate and parseConsentCookie", () => {
    expect(node(`const m = await import('consent-gate'); console.log(typeof m.createConsentGate, typeof m.parseConsentCookie)`)).toBe(
      'function function',
    );
  });

  it("import('consent-gate/server') reads a consent cookie without a DOM", () => {
    const out = node(
      `const { parseConsentCookie } = await import('consent-gate/server');` +
        `const d = parseConsentCookie('consent_gate=1~1~' + Math.floor(Date.now() / 1000).toString(36) + '~0123456789abcdef~analytics.!ads', { purposes: ['analytics', 'ads'] });` +
        `console.log(JSON.stringify(d && (d.choices ?? d.purposes)))`,
    );
    expect(JSON.parse(out)).toEqual({ analytics: true, ads: false });
  });

  it('installs the consent-gate command', () => {
    expect(execFileSync(join(dir, 'node_modules', '.bin', 'consent-gate'), ['--help'], { encoding: 'utf8' })).toContain(
      'Usage: consent-gate',
    );
  });
});
