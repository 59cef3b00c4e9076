import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** STYLE.md import rules: the data flow stays readable from the folder names. */
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
const folderOf = (file: string) => (file.includes('/') ? file.split('/')[0] : '');
const reaches = (deps: string[], folder: string) => deps.some((d) => new RegExp(`(^|/)\\.\\.?/(\\.\\./)*${folder}/`).test(d) || d.startsWith(`./${folder}/`));

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

  it('gate/ never imports ui/ or integrations/', () => {
    const bad = sources.filter((s) => folderOf(s.file) === 'gate' && (reaches(s.deps, 'ui') || reaches(s.deps, 'integrations')));
    expect(bad.map((s) => s.file)).toEqual([]);
  });

  it('ui/ never imports gate/ or integrations/', () => {
    const bad = sources.filter((s) => folderOf(s.file) === 'ui' && (reaches(s.deps, 'gate') || reaches(s.deps, 'integrations')));
    expect(bad.map((s) => s.file)).toEqual([]);
  });

  it('the core (dist/consent-gate.min.js, src/script.ts) contains no ui/, no Preact and no texts', () => {
    const core = [...bundleOf('script.ts')];
    expect(core).toContain('create.ts');
    expect(core).toContain('gate/gate.ts');
    expect(core.filter((f) => f.startsWith('ui/') || f.startsWith('package:preact') || /^i18n\/(?!index\.ts)/.test(f) || f === 'ui-entry.ts')).toEqual([]);
  });

  it('the ESM entry reaches the UI and the texts only through import(), so bundlers give them chunks of their own', () => {
    const isUi = (f: string) => f.startsWith('ui/') || f === 'ui-entry.ts' || f.startsWith('package:preact') || /^i18n\/(?!index\.ts)/.test(f);
    expect([...bundleOf('index.ts')].filter(isUi)).toEqual([]);
    expect([...bundleOf('index.ts', true)].filter(isUi)).toEqual(expect.arrayContaining(['ui-entry.ts', 'ui/mount.tsx', 'i18n/de.ts', 'package:preact']));
  });

  it('consent/ never imports preact', () => {
    const bad = sources.filter((s) => folderOf(s.file) === 'consent' && s.deps.some((d) => d.startsWith('preact')));
    expect(bad.map((s) => s.file)).toEqual([]);
  });

  it('only create.ts imports integrations/', () => {
    const bad = sources.filter((s) => folderOf(s.file) !== 'integrations' && s.file !== 'create.ts' && reaches(s.deps, 'integrations'));
    expect(bad.map((s) => s.file)).toEqual([]);
  });

  it('only util/warn.ts uses the console', () => {
    const bad = files(SRC).filter((p) => !p.endsWith('util/warn.ts') && /\bconsole\./.test(readFileSync(p, 'utf8').replace(/\/\*\*[\s\S]*?\*\//g, '')));
    expect(bad.map((p) => relative(SRC, p))).toEqual([]);
  });

  it('the cookie parsers use no DOM', () => {
    for (const file of ['consent/cookie-format.ts', 'consent/cookie-pairs.ts', 'consent/decision-reader.ts', 'consent/parse-consent-cookie.ts', 'consent/purposes.ts']) {
      const text = readFileSync(join(SRC, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      expect(text, file).not.toMatch(/\b(document|window|navigator|Element)\b/);
    }
  });
});
