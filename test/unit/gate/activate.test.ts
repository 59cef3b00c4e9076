import { afterEach, describe, expect, it, vi } from 'vitest';
import { activate, isGateable, Refusal } from '../../../src/gate/activate';

/** The page needs no nonce (no Content Security Policy). */
const none = () => '';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const put = (html: string) => {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
};

describe('activate(script)', () => {
  it('replaces the script with a clone that has every attribute, the real type and no data-type', () => {
    const original = put(
      '<script type="text/plain" data-type="module" data-consent="ads" src="/a.js" integrity="sha256-x" crossorigin="anonymous" referrerpolicy="no-referrer" data-x="1"></script>',
    );
    const [element, waitFor] = activate(original, none);
    expect(original.isConnected).toBe(false);
    expect(document.body.firstElementChild).toBe(element);
    const attrs = Object.fromEntries(Array.from(element.attributes, (a) => [a.name, a.value]));
    expect(attrs).toEqual({
      type: 'module',
      'data-consent': 'ads',
      src: '/a.js',
      integrity: 'sha256-x',
      crossorigin: 'anonymous',
      referrerpolicy: 'no-referrer',
      'data-x': '1',
    });
    expect(waitFor).toBe(element);
  });

  it('carries the nonce from the IDL property, which browsers keep after hiding the attribute', () => {
    const original = put('<script type="text/plain" data-consent="ads"></script>') as HTMLScriptElement;
    original.nonce = 'n0nce';
    expect((activate(original, none)[0] as HTMLScriptElement).nonce).toBe('n0nce');
  });

  it('refuses a script without the page nonce on a page that uses nonces (a strict-dynamic script gadget)', () => {
    const original = put('<script type="text/plain" data-consent="ads"></script>') as HTMLScriptElement;
    expect(() => activate(original, () => 'page-nonce')).toThrow();
    expect(original.isConnected).toBe(true);
    original.nonce = 'page-nonce';
    expect(activate(original, () => 'page-nonce')[0].isConnected).toBe(true);
  });

  it('keeps inline code and async, and waits only for an external classic or module script without async', () => {
    const cases: Array<[string, boolean]> = [
      ['<script type="text/plain">var a</script>', false],
      ['<script type="text/plain" src="/a.js"></script>', true],
      ['<script type="text/plain" data-type="text/javascript" src="/a.js"></script>', true],
      ['<script type="text/plain" src="/a.js" async></script>', false],
      ['<script type="text/plain" src="/a.js" nomodule></script>', false],
      ['<script type="text/plain" data-type="module" src="/a.js" nomodule></script>', true],
      ['<script type="text/plain" data-type="text/x-template" src="/a.js"></script>', false],
    ];
    for (const [html, waits] of cases) {
      const [element, waitFor] = activate(put(html), none);
      expect(Boolean(waitFor), html).toBe(waits);
      expect((element as HTMLScriptElement).async, html).toBe(html.includes(' async'));
    }
    expect((activate(put('<script type="text/plain">var a = 1</script>'), none)[0] as HTMLScriptElement).text).toBe('var a = 1');
  });
});

describe('activate(media)', () => {
  it('moves data-src and data-srcset to the real attributes', () => {
    const img = put('<img data-consent="ads" data-src="/p.gif" data-srcset="/p2.gif 2x">');
    expect(activate(img, none)[0]).toBe(img);
    expect([img.getAttribute('src'), img.getAttribute('srcset'), img.hasAttribute('data-src')]).toEqual(['/p.gif', '/p2.gif 2x', false]);
  });

  it('activates the <source> siblings of an <img> in a <picture> with it', () => {
    put('<picture><source data-srcset="/wide.gif"><img data-consent="ads" data-src="/p.gif"></picture>');
    activate(document.querySelector('img')!, none);
    expect(document.querySelector('source')!.getAttribute('srcset')).toBe('/wide.gif');
  });

  it('activates the <source> and <track> children of a tagged <video> and reloads it', () => {
    const load = vi.spyOn(HTMLMediaElement.prototype, 'load').mockImplementation(() => {});
    const video = put('<video data-consent="ads"><source data-src="/v.webm"><track data-src="/t.vtt"></video>');
    activate(video, none);
    expect(Array.from(video.children, (c) => c.getAttribute('src'))).toEqual(['/v.webm', '/t.vtt']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reloads the media element of a tagged <source>, since a changed src alone does nothing', () => {
    const load = vi.spyOn(HTMLMediaElement.prototype, 'load').mockImplementation(() => {});
    put('<audio><source data-consent="ads" data-src="/a.ogg"></audio>');
    activate(document.querySelector('source')!, none);
    expect(document.querySelector('source')!.getAttribute('src')).toBe('/a.ogg');
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('activate: the URL check', () => {
  it.each([
    '<iframe data-consent="ads" data-src="javascript:alert(1)"></iframe>',
    '<iframe data-consent="ads" data-src=" JaVa&#10;Script:alert(1)"></iframe>',
    '<img data-consent="ads" data-src="data:image/gif;base64,R0lGOD">',
    '<img data-consent="ads" data-src="/ok.gif" data-srcset="/ok.gif 1x, data:image/gif;base64,R0lGOD 2x">',
    '<video data-consent="ads" data-poster="javascript:x"><source data-src="/v.webm"></video>',
    '<video data-consent="ads"><source data-src="/v.webm"><track data-src="vbscript:x"></video>',
    '<embed data-consent="ads" data-src="javascript:x">',
    '<script type="text/plain" data-consent="ads" src="javascript:alert(1)"></script>',
  ])('refuses %s and leaves it, and its children, exactly as it was', (html) => {
    const el = put(html);
    const before = document.body.innerHTML;
    expect(() => activate(el, none)).toThrow(Refusal);
    expect(document.body.innerHTML).toBe(before);
    expect(document.body.firstElementChild).toBe(el);
  });

  it('keeps http(s), protocol-relative and relative URLs, also in every srcset entry', () => {
    const img = put(
      '<img data-consent="ads" data-src="https://cdn.example/p.gif?a=1,2" data-srcset="/a,b.gif 1x, //cdn.example/c.gif 2x">',
    );
    activate(img, none);
    expect([img.getAttribute('src'), img.getAttribute('srcset')]).toEqual([
      'https://cdn.example/p.gif?a=1,2',
      '/a,b.gif 1x, //cdn.example/c.gif 2x',
    ]);
  });

  it('accepts an embed URL longer than the 2 KB a config URL may have', () => {
    const long = '/maps/embed?pb=' + 'x'.repeat(5000);
    const frame = put(`<iframe data-consent="ads" data-src="${long}"></iframe>`);
    activate(frame, none);
    expect(frame.getAttribute('src')).toBe(long);
  });
});

describe('activate: children with their own data-consent', () => {
  it('leaves a tagged <source>, <track> or fallback <img> of a container to the gate', () => {
    vi.spyOn(HTMLMediaElement.prototype, 'load').mockImplementation(() => {});
    const video = put(
      '<video data-consent="customization"><source data-consent="ads" data-src="/ad.webm"><source data-src="/v.webm"><track data-consent="ads" data-src="/t.vtt"><img data-consent="ads" data-src="/f.gif"></video>',
    );
    activate(video, none);
    expect(Array.from(video.children, (c) => c.getAttribute('src'))).toEqual([null, '/v.webm', null, null]);
  });

  it('leaves a tagged <source> sibling of a tagged <img> in a <picture> to the gate', () => {
    put(
      '<picture><source data-consent="ads" data-srcset="/ad.gif"><source data-srcset="/wide.gif"><img data-consent="customization" data-src="/p.gif"></picture>',
    );
    activate(document.querySelector('img')!, none);
    expect(Array.from(document.querySelectorAll('source'), (c) => c.getAttribute('srcset'))).toEqual([null, '/wide.gif']);
  });
});

describe('activate: SVG scripts', () => {
  const SVG = 'http://www.w3.org/2000/svg';
  it('clones an inline SVG script in the SVG namespace with its text, never "undefined"', () => {
    put('<svg><script type="text/plain" data-consent="ads">var svg = 1</script></svg>');
    const [element] = activate(document.querySelector('script')!, none);
    expect([element.namespaceURI, element.textContent, element.getAttribute('type')]).toEqual([SVG, 'var svg = 1', null]);
  });

  it('keeps href and xlink:href (in the XLink namespace) of an external SVG script, and checks them', () => {
    put('<svg><script type="text/plain" data-consent="ads" xlink:href="/x.js"></script></svg>');
    const [element, waitFor] = activate(document.querySelector('script')!, none);
    expect(element.getAttributeNS('http://www.w3.org/1999/xlink', 'href')).toBe('/x.js');
    expect(waitFor).toBeUndefined(); // an inserted SVG script has no in-order mode
    put('<svg><script type="text/plain" data-consent="ads" href="javascript:x"></script></svg>');
    expect(() => activate(document.querySelector('script')!, none)).toThrow(Refusal);
  });
});

describe('activate: the Trusted Types policy', () => {
  it('is made once per window, and each window uses its own', () => {
    const frames = [0, 1].map(() => document.body.appendChild(document.createElement('iframe')));
    const made: string[] = [];
    frames.forEach((frame, i) => {
      const policy = { createScript: (s: string) => `/*${i}*/${s}`, createScriptURL: (s: string) => `/${i}${s}` };
      Object.assign(frame.contentWindow!, { trustedTypes: { createPolicy: (name: string) => (made.push(`${i}:${name}`), policy) } });
    });
    const texts = [0, 1, 1, 0].map((i) => {
      const doc = frames[i]!.contentDocument!;
      doc.body.innerHTML = '<script type="text/plain" data-consent="ads">void 0</script>';
      return activate(doc.querySelector('script')!, none)[0].textContent;
    });
    expect(texts).toEqual(['/*0*/void 0', '/*1*/void 0', '/*1*/void 0', '/*0*/void 0']);
    expect(made).toEqual(['0:consent-gate', '1:consent-gate']);
  });
});

describe('isGateable', () => {
  it('takes text/plain scripts and elements with something held back', () => {
    const verdicts = [
      '<script type="text/plain"></script>',
      '<script type=" TEXT/PLAIN "></script>',
      '<script></script>',
      '<script type="module"></script>',
      '<iframe data-src="/x"></iframe>',
      '<img data-srcset="/x 1x">',
      '<iframe src="/x"></iframe>',
      '<video></video>',
      '<picture></picture>',
      '<div></div>',
      '<video src="/v.webm"></video>',
      '<img src="/local-placeholder.gif" data-src="/x">',
    ].map((html) => isGateable(put(html)));
    expect(verdicts).toEqual([true, true, false, false, true, true, false, true, true, false, false, true]);
  });
});
