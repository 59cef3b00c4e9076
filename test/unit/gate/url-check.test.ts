import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { activate, Refusal } from '../../../src/gate/activate';
import { describeElement } from '../../../src/gate/describe';
import { safeUrl } from '../../../src/util/safe-url';

/** The page needs no nonce (no Content Security Policy). */
const none = () => '';

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
  fc
    .tuple(
      fc.constantFrom(
        'javascript',
        'JavaScript',
        'data',
        'vbscript',
        'http',
        'https',
        'blob',
        'java\tscript',
        ' javascript',
        '\u0001javascript',
      ),
      fc.constantFrom(':', '&colon;', '%3a'),
      fc.string(),
    )
    .map((p) => p.join('')),
);

const SPACE = /[\t\n\f\r ]/;

/**
 * The URLs a browser reads from a srcset (HTML "parse a srcset attribute"): a URL is a run of
 * non-whitespace, trailing commas end it, its descriptors run to the next comma outside
 * parentheses. The oracle for the gate's simpler, stricter check.
 */
function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && (SPACE.test(value[i]!) || value[i] === ',')) i++;
    if (i >= value.length) break;
    const start = i;
    while (i < value.length && !SPACE.test(value[i]!)) i++;
    let url = value.slice(start, i);
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else
      for (let inParens = false; i < value.length; i++) {
        const c = value[i];
        if (c === '(') inParens = true;
        else if (c === ')') inParens = false;
        else if (c === ',' && !inParens) {
          i++;
          break;
        }
      }
    if (url) urls.push(url);
  }
  return urls;
}

/** Activates an `<img data-srcset>`; the srcset it got, or null when refused. */
function activateSrcset(value: string): string | null {
  document.body.innerHTML = '<img data-consent="ads">';
  const img = document.body.firstElementChild!;
  img.setAttribute('data-srcset', value);
  try {
    activate(img, none);
  } catch (error) {
    expect(error).toBeInstanceOf(Refusal);
    expect(img.hasAttribute('srcset')).toBe(false);
    return null;
  }
  return img.getAttribute('srcset');
}

describe('the srcset check', () => {
  it.each([
    '/a.jpg',
    '/a.jpg 1x, /b.jpg 2x',
    '/a,b.jpg 1x,/c.jpg 480w',
    '/a.jpg,, /b.jpg',
    'https://cdn.example/a.jpg (future, descriptor) 1x',
  ])('activates %j', (value) => {
    expect(activateSrcset(value)).toBe(value);
  });

  it.each([
    '/a.jpg 1x, javascript:x 2x',
    'data:image/gif;base64,R0lGOD 1x',
    ' ,javascript:x',
    '/a.jpg 1x,data:x',
    '/a.jpg 1x,\tjava\u0001script:x 2x',
  ])('refuses %j', (value) => {
    expect(activateSrcset(value)).toBeNull();
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
          activate(frame, none);
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

  it('activates a srcset only when every URL the browser reads from it resolves to http(s)', () => {
    const joiner = fc.constantFrom(', ', ',', ' , ', ',\n', ' ');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(urlish, fc.constantFrom('', ' 1x', ' 2x', ' 480w')), { minLength: 1, maxLength: 4 }),
        joiner,
        (candidates, comma) => {
          const live = activateSrcset(candidates.map(([u, d]) => u + d).join(comma));
          if (live !== null) for (const url of srcsetUrls(live)) expect(['http:', 'https:', null]).toContain(protocolOf(url));
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('refuses a srcset with a javascript: or data: candidate anywhere', () => {
    fc.assert(
      fc.property(
        fc.array(fc.webUrl(), { maxLength: 3 }),
        fc.constantFrom('javascript:x', 'data:image/png;base64,AA', 'JAVASCRIPT:y'),
        fc.nat(3),
        (urls, bad, at) => {
          const list = [...urls];
          list.splice(Math.min(at, list.length), 0, bad);
          expect(activateSrcset(list.map((u, i) => `${u} ${i + 1}x`).join(', '))).toBeNull();
        },
      ),
      { numRuns: 300 },
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
    expect(describeElement(document.body.firstElementChild!)).toMatch(
      /^<script data-consent="analytics"> "gtag\('config', 'G-XXXX'\); x+…"$/,
    );
  });
});
