import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { activate, Refusal } from '../../../src/gate/activate';
import { describeElement } from '../../../src/gate/describe';
import { safeUrl, srcsetUrls } from '../../../src/util/safe-url';

afterEach(() => {
  document.body.innerHTML = '';
});

/** What the WHATWG URL parser makes of a URL on an https page, or null when it is no URL at all. */
const protocolOf = (url: string) => {
  try {
    return new URL(url, 'https://site.example/dir/').protocol;
  } catch {
    return null;
  }
};

/** Strings built to look like URLs, schemes and tricks included. */
const urlish = fc.oneof(
  fc.webUrl(),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.tuple(fc.constantFrom('javascript', 'JavaScript', 'data', 'vbscript', 'http', 'https', 'blob', 'java\tscript', ' javascript', '\u0001javascript'), fc.constantFrom(':', '&colon;', '%3a'), fc.string()).map((p) => p.join('')),
);

describe('srcsetUrls', () => {
  it.each<[string, string[]]>([
    ['/a.jpg', ['/a.jpg']],
    ['/a.jpg 1x, /b.jpg 2x', ['/a.jpg', '/b.jpg']],
    ['/a,b.jpg 1x,/c.jpg 480w', ['/a,b.jpg', '/c.jpg']],
    ['/a.jpg,, /b.jpg', ['/a.jpg', '/b.jpg']],
    [' , /a.jpg (a, b) 1x, javascript:x 2x', ['/a.jpg', 'javascript:x']],
    ['', []],
  ])('splits %j into %j', (value, urls) => {
    expect(srcsetUrls(value)).toEqual(urls);
  });

  it('finds every URL of a srcset built from candidates and descriptors', () => {
    const url = fc.stringMatching(/^[^\s,]([^\s]*[^\s,])?$/);
    const descriptor = fc.constantFrom('', ' 1x', ' 2x', ' 480w', ' 100h 1x');
    fc.assert(
      fc.property(fc.array(fc.tuple(url, descriptor), { minLength: 1, maxLength: 6 }), fc.constantFrom(',', ', ', ' ,\n'), (candidates, comma) => {
        const value = candidates.map(([u, d]) => u + d).join(comma);
        // A candidate without descriptors swallows a comma-free next token only if no whitespace separates them: the joiner has none here only with ','.
        const expected = candidates.map(([u]) => u);
        if (comma === ',' && candidates.some(([, d], i) => d === '' && i < candidates.length - 1)) return;
        expect(srcsetUrls(value)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the URL check of activation', () => {
  it('activates a data-src only when the browser would resolve it to http(s)', () => {
    fc.assert(
      fc.property(urlish, (url) => {
        // A <source> outside any media element: jsdom fetches nothing for it (an iframe would load).
        document.body.innerHTML = '<source data-consent="ads">';
        const frame = document.body.firstElementChild!;
        frame.setAttribute('data-src', url);
        let refused = false;
        try {
          activate(frame, '');
        } catch (error) {
          expect(error).toBeInstanceOf(Refusal);
          refused = true;
        }
        if (refused) expect(frame.hasAttribute('src')).toBe(false);
        else expect(['http:', 'https:', null]).toContain(protocolOf(frame.getAttribute('src')!));
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('activates a srcset only when every one of its URLs resolves to http(s)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(urlish, fc.constantFrom('', ' 1x', ' 2x')), { minLength: 1, maxLength: 4 }), (candidates) => {
        document.body.innerHTML = '<img data-consent="ads">';
        const img = document.body.firstElementChild!;
        img.setAttribute('data-srcset', candidates.map(([u, d]) => u + d).join(', '));
        try {
          activate(img, '');
        } catch {
          expect(img.hasAttribute('srcset')).toBe(false);
          return;
        }
        for (const url of srcsetUrls(img.getAttribute('srcset')!)) expect(['http:', 'https:', null]).toContain(protocolOf(url));
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('accepts what safeUrl accepts, up to 64 KB', () => {
    expect(safeUrl('/x'.repeat(2000), 65_536)).not.toBeNull();
    expect(safeUrl('/x'.repeat(2000))).toBeNull();
  });
});

describe('describeElement', () => {
  it('names tag, purpose, source, title and id, clipped and as text', () => {
    document.body.innerHTML = `<iframe data-consent="customization" data-src="https://maps.example/embed?pb=${'x'.repeat(200)}" title="Shop &quot;map&quot;" id="m"></iframe>`;
    expect(describeElement(document.body.firstElementChild!)).toBe(
      `<iframe data-consent="customization" data-src="https://maps.example/embed?pb=${'x'.repeat(49)}…" title="Shop \\"map\\"" id="m">`,
    );
  });

  it('names an inline script by its first characters', () => {
    document.body.innerHTML = `<script type="text/plain" data-consent="analytics">\n  gtag('config', 'G-XXXX');  ${'x'.repeat(100)}</script>`;
    expect(describeElement(document.body.firstElementChild!)).toMatch(/^<script data-consent="analytics"> "gtag\('config', 'G-XXXX'\); x+…"$/);
  });
});
