import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
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
