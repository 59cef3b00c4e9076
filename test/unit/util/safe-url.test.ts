import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../../src/util/safe-url';

describe('safeUrl', () => {
  it.each(['/privacy', 'privacy.html', 'https://example.com/p', 'HTTP://example.com', '?a=1', '#top', '//cdn.example/p'])(
    'keeps %s',
    (url) => {
      expect(safeUrl(url)).toBe(url);
    },
  );

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:x',
    '\u0000javascript:x',
    ' javascript:x',
    'data:text/html,x',
    'vbscript:x',
    'file:///etc/passwd',
    '',
    '   ',
    'x'.repeat(2049),
  ])('refuses %j', (url) => {
    expect(safeUrl(url)).toBeNull();
  });

  it('only ever yields a URL the browser resolves to http or https', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.string({ unit: 'binary' }),
          fc.constantFrom('javascript', 'data', ':', '\t', '/', 'http', 'https').chain((s) => fc.string().map((t) => s + t)),
        ),
        (input) => {
          const out = safeUrl(input);
          if (out === null) return;
          let resolved: URL | null = null;
          try {
            resolved = new URL(out, 'https://site.example/dir/');
          } catch {
            return; // Not a URL at all: a link to it goes nowhere.
          }
          expect(['http:', 'https:']).toContain(resolved.protocol);
        },
      ),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('refuses what is not a string', () => {
    for (const value of [null, undefined, 1, {}, ['https://x']]) expect(safeUrl(value)).toBeNull();
  });
});
