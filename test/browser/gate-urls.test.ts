import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { marks } from './gate-helpers';
import { useSite, openPage, sitePage, type TestServer } from './harness';

let server: TestServer;
let browser: Browser;
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
useSite(async (s, b) => {
  [server, browser] = [s, b];
  server.route('/u/frame.html', { body: '<p>a fine frame</p>' });
  server.route('/u/ok.gif', { body: GIF, type: 'image/gif' });
});

const DATA_GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/** Tagged elements whose URLs a sanitizer kept because they sit in data-* attributes; each has an id. */
const bad: Array<[id: string, html: string]> = [
  [
    'frame-js',
    `<iframe id="frame-js" data-consent="customization" data-src="javascript:parent.mark('frame-js')" title="Injected"></iframe>`,
  ],
  ['frame-tab', `<iframe id="frame-tab" data-consent="customization" data-src="java&#9;script:parent.mark('frame-tab')"></iframe>`],
  ['embed-js', `<embed id="embed-js" data-consent="customization" data-src="javascript:parent.mark('embed-js')" type="text/html">`],
  ['img-data', `<img id="img-data" data-consent="customization" data-src="${DATA_GIF}" alt="">`],
  ['srcset-js', `<img id="srcset-js" data-consent="customization" data-srcset="/u/ok.gif 1x, javascript:parent.mark('srcset') 2x" alt="">`],
  [
    'poster-js',
    `<video id="poster-js" data-consent="customization" data-poster="javascript:mark('poster')"><source data-src="/u/clip-1.webm"></video>`,
  ],
  ['source-data', `<video id="source-data" data-consent="customization"><source data-src="data:video/webm;base64,AAAA"></video>`],
  ['track-js', `<track id="track-js" data-consent="customization" kind="captions" data-src="javascript:mark('track')">`],
  ['script-js', `<script id="script-js" type="text/plain" data-consent="customization" src="javascript:mark('script-src')"></script>`],
  ['svg-js', `<svg><script id="svg-js" type="text/plain" data-consent="customization" href="javascript:mark('svg')"></script></svg>`],
];

describe('the URLs of tagged elements', () => {
  it('activates only http(s) and relative URLs: any other leaves its element blocked and is told once, naming it', async () => {
    const body = `${bad.map(([, html]) => html).join('\n')}
      <iframe id="good" data-consent="customization" data-src="/u/frame.html" title="Fine"></iframe>
      <script type="text/plain" data-consent="customization">mark('good')</script>`;
    const url = server.page('/u/urls.html', sitePage({ body }));
    const { page, context, errors, warnings } = await openPage(browser);
    await page.goto(url);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => marks(page)).toEqual(['good']);
    await expect.poll(() => server.log.includes('/u/frame.html')).toBe(true);
    // Each refused element is as it was: no src, srcset or poster, a script still text/plain.
    const state = await page.evaluate(
      (ids) =>
        ids.map((id) => {
          const el = document.getElementById(id)!;
          if (el.localName === 'script') return [id, el.getAttribute('type')];
          return [id, ['src', 'srcset', 'poster'].filter((a) => el.hasAttribute(a)).join() || 'none'];
        }),
      bad.map(([id]) => id),
    );
    expect(state).toEqual(bad.map(([id]) => [id, /^(script|svg)/.test(id) ? 'text/plain' : 'none']));
    // Nothing from any of them ran or loaded (the fine frame loaded after them, in document order).
    expect(await marks(page)).toEqual(['good']);
    expect(server.log.filter((p) => p.startsWith('/u/clip-1') || p === '/u/ok.gif')).toEqual([]);
    const refusals = warnings.filter((w) => w.includes('is not an http(s) or relative URL'));
    for (const [id] of bad)
      expect(
        refusals.filter((w) => w.includes(`id="${id}"`)),
        id,
      ).toHaveLength(1);
    expect(refusals).toHaveLength(bad.length);
    expect(errors).toEqual([]);
    await context.close();
  });
});
