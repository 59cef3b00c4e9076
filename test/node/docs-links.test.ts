import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The documentation holds together: every relative link in README.md,
 * CONTRIBUTING.md, CHANGELOG.md, bench/README.md and docs/*.md reaches a file
 * that exists, and a `#section` in it reaches a heading there; every
 * `docs/<page>.md#<section>` a comment in src/ cites exists; and nothing in src/
 * cites a document that is not in the repository (the old `SPEC n`).
 */
const ROOT = new URL('../..', import.meta.url).pathname;

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
function slugify(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // a link in a heading keeps its text
    .replace(/<[^>]+>/g, '')
    .replace(/[`*]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Markdown without fenced code blocks, where links and headings are not links and headings. */
function withoutFences(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

/** Markdown without fenced code blocks and inline code. */
function prose(markdown: string): string {
  return withoutFences(markdown).replace(/`[^`\n]*`/g, '``');
}

/** Every anchor a Markdown file offers: its headings (repeats get -1, -2, …) and explicit `<a id|name>`. */
function anchorsOf(markdown: string): Set<string> {
  const text = withoutFences(markdown);
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, heading] of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slugify(heading!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n ? `${base}-${n}` : base);
  }
  for (const [, id] of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(id!);
  return anchors;
}

/** The targets of inline links and images, and of reference definitions, outside code. */
function linksOf(markdown: string): string[] {
  const text = prose(markdown);
  const targets: string[] = [];
  for (const [, target] of text.matchAll(/!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(target!);
  for (const [, target] of text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)) targets.push(target!);
  return targets;
}

/** What is wrong with one relative link from `file` (a path under ROOT), or null when it resolves. */
function brokenLink(file: string, target: string, read: (path: string) => string | null): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) return null; // not relative
  const [path, anchor] = target.split('#', 2) as [string, string | undefined];
  const resolved = path ? join(dirname(file), decodeURIComponent(path)) : file;
  if (resolved.startsWith('..')) return `${file}: ${target} leaves the repository`;
  const content = read(resolved);
  if (content === null) return `${file}: ${target}: no file ${resolved}`;
  if (anchor && resolved.endsWith('.md') && !anchorsOf(content).has(anchor))
    return `${file}: ${target}: no section #${anchor} in ${resolved}`;
  return null;
}

const readRepo = (path: string): string | null => {
  const full = join(ROOT, path);
  if (!existsSync(full)) return null;
  return statSync(full).isDirectory() ? '' : readFileSync(full, 'utf8');
};

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, keep);
    return keep(entry.name) ? [path] : [];
  });
}

const DOCUMENTS = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', 'bench/README.md', ...filesUnder('docs', (n) => n.endsWith('.md'))];
const SOURCES = filesUnder('src', () => true);

describe('the link checker', () => {
  it('makes anchors as GitHub does', () => {
    expect(slugify('The `data-consent` attribute')).toBe('the-data-consent-attribute');
    expect(slugify('Opt-out mode, GPC & Consent Mode v2')).toBe('opt-out-mode-gpc--consent-mode-v2');
    expect(slugify('Scripts: order (and limits)')).toBe('scripts-order-and-limits');
    expect([...anchorsOf('# A\n## Notes\n```\n# not a heading\n```\n## Notes\n')]).toEqual(['a', 'notes', 'notes-1']);
  });

  it('finds a missing file, a missing section, and accepts what resolves', () => {
    const files: Record<string, string> = { 'docs/a.md': '# A\n## Real section\n', 'docs/img.png': '' };
    const read = (p: string) => files[p] ?? null;
    const check = (target: string) => brokenLink('docs/b.md', target, read);
    expect(check('a.md#real-section')).toBeNull();
    expect(check('img.png')).toBeNull();
    expect(check('https://example.com/x.md#nowhere')).toBeNull();
    expect(check('missing.md')).toMatch(/no file docs\/missing\.md/);
    expect(check('a.md#made-up')).toMatch(/no section #made-up/);
    expect(check('../../outside.md')).toMatch(/leaves the repository/);
  });

  it('ignores links inside code', () => {
    expect(linksOf('See [x](a.md) and `[y](b.md)`\n```md\n[z](c.md)\n```\n![i](s.png "t")\n[r]: ref.md\n')).toEqual([
      'a.md',
      's.png',
      'ref.md',
    ]);
  });
});

describe('the documentation', () => {
  it('has README.md, CONTRIBUTING.md and CHANGELOG.md', () => {
    for (const file of ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md']) expect(readRepo(file), file).not.toBeNull();
  });

  it('has no relative link that does not resolve, to a file or to a #section', () => {
    const broken = DOCUMENTS.filter((file) => readRepo(file) !== null).flatMap((file) =>
      linksOf(readRepo(file)!).flatMap((target) => brokenLink(file, target, readRepo) ?? []),
    );
    expect(broken).toEqual([]);
  });
});

describe('comments in src/', () => {
  it('cite only docs/ sections that exist', () => {
    const cited = SOURCES.flatMap((file) =>
      [...readFileSync(join(ROOT, file), 'utf8').matchAll(/\bdocs\/[\w.-]+\.md(?:#[\w-]+)?/g)].map((m) => ({ file, target: m[0] })),
    );
    expect(cited.length).toBeGreaterThan(40);
    const broken = cited.flatMap(
      ({ file, target }) => brokenLink('README.md', target, readRepo)?.replace('README.md', relative(ROOT, join(ROOT, file))) ?? [],
    );
    expect(broken).toEqual([]);
  });

  it('cite no document outside the repository', () => {
    const outside = SOURCES.flatMap((file) =>
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (/\bSPEC(\.md)?\b/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(outside).toEqual([]);
  });
});
