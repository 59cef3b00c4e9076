import { afterEach, describe, expect, it, vi } from 'vitest';
import { activate, isGateable } from '../../../src/gate/activate';

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
    const { element, waitFor } = activate(original, '');
    expect(original.isConnected).toBe(false);
    expect(document.body.firstElementChild).toBe(element);
    const attrs = Object.fromEntries(Array.from(element.attributes, (a) => [a.name, a.value]));
    expect(attrs).toEqual({
      type: 'module', 'data-consent': 'ads', src: '/a.js', integrity: 'sha256-x',
      crossorigin: 'anonymous', referrerpolicy: 'no-referrer', 'data-x': '1',
    });
    expect(waitFor).toBe(element);
  });

  it('carries the nonce from the IDL property, which browsers keep after hiding the attribute', () => {
    const original = put('<script type="text/plain" data-consent="ads"></script>') as HTMLScriptElement;
    original.nonce = 'n0nce';
    expect((activate(original, '').element as HTMLScriptElement).nonce).toBe('n0nce');
  });

  it('refuses a script without the page nonce on a page that uses nonces (a strict-dynamic script gadget)', () => {
    const original = put('<script type="text/plain" data-consent="ads"></script>') as HTMLScriptElement;
    expect(() => activate(original, 'page-nonce')).toThrow();
    expect(original.isConnected).toBe(true);
    original.nonce = 'page-nonce';
    expect(activate(original, 'page-nonce').element.isConnected).toBe(true);
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
      const { element, waitFor } = activate(put(html), '');
      expect(Boolean(waitFor), html).toBe(waits);
      expect((element as HTMLScriptElement).async, html).toBe(html.includes(' async'));
    }
    expect((activate(put('<script type="text/plain">var a = 1</script>'), '').element as HTMLScriptElement).text).toBe('var a = 1');
  });
});

describe('activate(media)', () => {
  it('moves data-src and data-srcset to the real attributes', () => {
    const img = put('<img data-consent="ads" data-src="/p.gif" data-srcset="/p2.gif 2x">');
    expect(activate(img, '').element).toBe(img);
    expect([img.getAttribute('src'), img.getAttribute('srcset'), img.hasAttribute('data-src')]).toEqual(['/p.gif', '/p2.gif 2x', false]);
  });

  it('activates the <source> siblings of an <img> in a <picture> with it', () => {
    put('<picture><source data-srcset="/wide.gif"><img data-consent="ads" data-src="/p.gif"></picture>');
    activate(document.querySelector('img')!, '');
    expect(document.querySelector('source')!.getAttribute('srcset')).toBe('/wide.gif');
  });

  it('activates the <source> and <track> children of a tagged <video> and reloads it', () => {
    const load = vi.spyOn(HTMLMediaElement.prototype, 'load').mockImplementation(() => {});
    const video = put('<video data-consent="ads"><source data-src="/v.webm"><track data-src="/t.vtt"></video>');
    activate(video, '');
    expect(Array.from(video.children, (c) => c.getAttribute('src'))).toEqual(['/v.webm', '/t.vtt']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reloads the media element of a tagged <source>, since a changed src alone does nothing', () => {
    const load = vi.spyOn(HTMLMediaElement.prototype, 'load').mockImplementation(() => {});
    put('<audio><source data-consent="ads" data-src="/a.ogg"></audio>');
    activate(document.querySelector('source')!, '');
    expect(document.querySelector('source')!.getAttribute('src')).toBe('/a.ogg');
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('isGateable', () => {
  it('takes text/plain scripts and elements with something held back', () => {
    const verdicts = [
      '<script type="text/plain"></script>', '<script type=" TEXT/PLAIN "></script>', '<script></script>',
      '<script type="module"></script>', '<iframe data-src="/x"></iframe>', '<img data-srcset="/x 1x">',
      '<iframe src="/x"></iframe>', '<video></video>', '<picture></picture>', '<div></div>', '<video src="/v.webm"></video>',
      '<img src="/local-placeholder.gif" data-src="/x">',
    ].map((html) => isGateable(put(html)));
    expect(verdicts).toEqual([true, true, false, false, true, true, false, true, true, false, false, true]);
  });
});
