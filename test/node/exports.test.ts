import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/integrations/consent-log';

/** The built ESM entries as a bundler user or a server gets them (run after `npm run build`). */
const DIST = new URL('../../dist/', import.meta.url).pathname;

/** Every module `entry` imports, statically or dynamically, with its source. */
function importGraph(entry: string): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const code = readFileSync(file, 'utf8');
    seen.set(file, code);
    for (const [, spec] of code.matchAll(/(?:(?<![\w'"])from\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g))
      if (spec!.startsWith('.')) visit(resolve(dirname(file), spec!));
      else seen.set(spec!, '');
  };
  visit(resolve(DIST, entry));
  return seen;
}

describe('dist/index.mjs', () => {
  it('exports exactly createConsentGate and parseConsentCookie, and has no side effect on import', async () => {
    const before = Object.keys(globalThis).length;
    const mod = await import(resolve(DIST, 'index.mjs'));
    expect(Object.keys(mod).sort()).toEqual(['createConsentGate', 'parseConsentCookie']);
    expect(Object.keys(globalThis).length).toBe(before);
  });
});

describe('dist/server.mjs', () => {
  it('exports exactly parseConsentCookie and the receipts service (docs/receipts.md)', async () => {
    const mod = await import(resolve(DIST, 'server.mjs'));
    expect(Object.keys(mod).sort()).toEqual([
      'MAX_BODY_BYTES',
      'METHODS',
      'RECEIPTS_SCHEMA_VERSION',
      'canonicalJson',
      'createReceiptService',
      'openPostgresStore',
      'openSqliteStore',
      'openStore',
      'parseConsentCookie',
      'parseReceipt',
      'shownDigest',
      'toNodeListener',
      'truncateIp',
    ]);
  });

  it('imports no package at load and nothing that touches the DOM; the receipts stores load their optional drivers when opened', () => {
    const graph = importGraph('server.mjs');
    const files = [...graph.keys()];
    // Only dynamic imports, each inside the function that needs it: node:stream (streamed exports), the two drivers.
    expect(files.filter((f) => !f.startsWith('/')).sort()).toEqual(['better-sqlite3', 'node:stream', 'pg']);
    for (const [file, code] of graph) if (file.startsWith('/')) expect(code, file).not.toMatch(/^import\s[^(]*from\s*['"][^.]/m);
    for (const [file, code] of graph) expect(code.match(/\b(window|document|navigator|localStorage|preact|js-cookie)\b/g), file).toBeNull();
  });
});

describe('the receipt version', () => {
  it('equals the package version, and the shipped script carries it', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(VERSION).toBe(pkg.version);
    expect(readFileSync(resolve(DIST, 'consent-gate.min.js'), 'utf8')).toContain(JSON.stringify(pkg.version));
  });
});
