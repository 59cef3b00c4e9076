import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What the built bundles may reach, followed through every import (the core holds no UI, the ESM
 * entry reaches the UI only through import()). The per-folder import rules, the console rule and
 * the no-DOM rule of the cookie parsers are in the linter (biome.json, run by npm test).
 */
const SRC = join(process.cwd(), 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function imports(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

const sources = files(SRC).map((path) => ({ file: relative(SRC, path), deps: imports(path) }));

/** Imports that stay in the built code: `import type` and `export type` vanish at build time. */
function runtimeImports(path: string, dynamic: boolean): string[] {
  const text = readFileSync(path, 'utf8');
  const statics = [...text.matchAll(/^\s*(?:import|export)(?!\s+type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
  return dynamic ? [...statics, ...[...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!)] : statics;
}

/** Every source file and package the built `entry` loads at once (with `dynamic`, also later): the graph of its runtime imports. */
function bundleOf(entry: string, dynamic = false): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const dep of runtimeImports(join(SRC, file), dynamic)) {
      if (!dep.startsWith('.')) seen.add('package:' + dep);
      else {
        const base = relative(SRC, resolve(dirname(join(SRC, file)), dep));
        const found = [base + '.ts', base + '.tsx', base + '/index.ts'].find((f) => sources.some((s) => s.file === f));
        if (found) visit(found);
        else seen.add('unresolved:' + base);
      }
    }
  };
  visit(entry);
  return seen;
}

describe('module boundaries', () => {
  it('finds the source files it checks', () => {
    expect(sources.length).toBeGreaterThan(20);
  });

  it('the core (dist/consent-gate.min.js, src/script.ts) contains no ui/, no Preact and no texts', () => {
    const core = [...bundleOf('script.ts')];
    expect(core).toContain('create.ts');
    expect(core).toContain('gate/gate.ts');
    expect(
      core.filter(
        (f) => f.startsWith('ui/') || f.startsWith('package:preact') || /^i18n\/(?!(index|keys)\.ts)/.test(f) || f === 'ui-entry.ts',
      ),
    ).toEqual([]);
  });

  it('the core carries neither the JSON config reader nor its check nor the receipt digest: the UI file reads, the check file warns', () => {
    const core = [...bundleOf('script.ts')];
    expect(core).toContain('config/json-core.ts');
    const json = ['config/json-rules.ts', 'config/json-config.ts', 'config/json-hints.ts'];
    expect(core.filter((f) => [...json, 'i18n/keys.ts', 'receipts/shown-digest.ts'].includes(f))).toEqual([]);
    expect([...bundleOf('ui-entry.ts')]).toEqual(expect.arrayContaining(['config/json-rules.ts', 'receipts/shown-digest.ts']));
  });

  it('the UI file, not the core, loads the check file: the core carries neither its name nor its hash', () => {
    const core = [...bundleOf('script.ts')];
    expect(core.filter((f) => ['loader/check-file.ts', 'loader/start-check.ts'].includes(f))).toEqual([]);
    expect([...bundleOf('ui-file.ts')]).toEqual(expect.arrayContaining(['ui-entry.ts', 'loader/check-file.ts', 'loader/start-check.ts']));
    expect(readFileSync(join(SRC, 'script.ts'), 'utf8')).not.toMatch(/__CHECK_FILE__/);
  });

  it('the UI file reads the JSON config silently: the check with its key hints and messages is only in the check file', () => {
    const ui = [...bundleOf('ui-file.ts')];
    expect(ui.filter((f) => ['config/json-config.ts', 'config/json-hints.ts'].includes(f))).toEqual([]);
    const check = [...bundleOf('check-entry.ts')];
    expect(check).toEqual(expect.arrayContaining(['config/json-config.ts', 'config/json-hints.ts', 'config/json-rules.ts']));
    expect(check.filter((f) => f.startsWith('ui/') || f.startsWith('package:') || f === 'util/dom.ts')).toEqual([]);
  });

  it('the UI file carries no copy of the DOM helpers the core hands it at mount (UiDeps.dom)', () => {
    const ui = [...bundleOf('ui-entry.ts')];
    expect(ui).toContain('ui/focus.ts');
    expect(ui).not.toContain('util/dom.ts');
    expect([...bundleOf('script.ts')]).toContain('util/dom.ts');
  });

  it('the ESM entry reaches the UI and the texts only through import(), so bundlers give them chunks of their own', () => {
    const isUi = (f: string) =>
      f.startsWith('ui/') || f === 'ui-entry.ts' || f.startsWith('package:preact') || /^i18n\/(?!(index|keys)\.ts)/.test(f);
    expect([...bundleOf('index.ts')].filter(isUi)).toEqual([]);
    expect([...bundleOf('index.ts', true)].filter(isUi)).toEqual(
      expect.arrayContaining(['ui-entry.ts', 'ui/mount.tsx', 'i18n/de.ts', 'package:preact']),
    );
  });

  it('the ESM entry reaches the JSON config check only through import()', () => {
    expect([...bundleOf('index.ts')]).not.toContain('config/json-config.ts');
    expect([...bundleOf('index.ts', true)]).toEqual(expect.arrayContaining(['config/json-config.ts', 'config/json-hints.ts']));
  });
});
