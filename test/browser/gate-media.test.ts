import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { everything, gateReady, storeDecision } from './gate-helpers';
import { useSite, openPage, sitePage, type TestServer } from './harness';

let server: TestServer;
let browser: Browser;
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
useSite(async (s, b) => {
  [server, browser] = [s, b];
  for (const path of ['/t/pixel.gif', '/t/pic-wide.gif', '/t/pic.gif', '/t/src-set.gif', '/t/poster.gif'])
    server.route(path, { body: GIF, type: 'image/gif' });
  server.route('/t/frame.html', { body: '<p>third-party frame</p>' });
  server.route('/t/blank-frame.html', { body: '<p>was about:blank</p>' });
  server.route('/t/embed.html', { body: '<p>embedded</p>' });
  server.route('/t/tracker.js', { body: `mark('tracker')`, type: 'text/javascript' });
});

const tracked = (path: string) => server.log.filter((p) => p.startsWith('/t/')).some((p) => p.startsWith(path));

const media = `
<script type="text/plain" data-consent="analytics" src="/t/tracker.js"></script>
<iframe data-consent="customization" data-src="/t/frame.html" title="Video" width="320" height="180"></iframe>
<iframe data-consent="customization" src="about:blank" data-src="/t/blank-frame.html"></iframe>
<img data-consent="ads" data-src="/t/pixel.gif" alt="">
<img data-consent="ads" data-srcset="/t/src-set.gif 1x" alt="">
<picture><source media="(min-width: 1px)" data-srcset="/t/pic-wide.gif"><img data-consent="ads" data-src="/t/pic.gif" alt=""></picture>
<video data-consent="ads" preload="auto"><source data-src="/t/clip.webm" type="video/webm"></video>
<audio data-consent="ads" preload="auto" data-src="/t/sound.ogg"></audio>
<embed data-consent="ads" data-src="/t/embed.html" type="text/html">`;
const ALL = [
  '/t/tracker.js',
  '/t/frame.html',
  '/t/blank-frame.html',
  '/t/pixel.gif',
  '/t/src-set.gif',
  '/t/pic-wide.gif',
  '/t/clip.webm',
  '/t/sound.ogg',
  '/t/embed.html',
];

describe('media and frames before consent', () => {
  it('make no request at all until consent, then every one loads', async () => {
    const url = server.page('/media.html', sitePage({ body: media }));
    const { page, context, errors } = await openPage(browser);
    await page.goto(url); // waits for the load event: any request the page started is in the log by now
    expect(server.log.filter((p) => p.startsWith('/t/'))).toEqual([]);
    await page.getByRole('button', { name: 'Accept all' }).click();
    for (const path of ALL) await expect.poll(() => tracked(path), { message: path }).toBe(true);
    // The <picture> chose its wide <source>: the fallback <img> URL was never needed.
    expect(tracked('/t/pic.gif')).toBe(false);
    expect(await page.evaluate(() => window.ran)).toEqual(['tracker']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('load at once while parsing when consent is stored', async () => {
    const url = server.page('/media-stored.html', sitePage({ body: media }));
    const { page, context } = await openPage(browser);
    await storeDecision(context, url, everything(true));
    await page.goto(url);
    for (const path of ALL) await expect.poll(() => tracked(path), { message: path }).toBe(true);
    await context.close();
  });
});

describe('the placeholder of a blocked iframe', () => {
  it('says what it is and what it needs, and its button grants exactly that purpose by keyboard', async () => {
    const body = `<iframe data-consent="customization" data-src="/t/frame.html?ph" title="Product video" width="320" height="180"></iframe>
      <script type="text/plain" data-consent="customization">mark('customization')</script>
      <script type="text/plain" data-consent="analytics">mark('analytics')</script>`;
    const url = server.page('/placeholder.html', sitePage({ body }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    const frame = page.locator('iframe[title="Product video"]');
    expect(await frame.isVisible()).toBe(false);
    const placeholder = page.locator('consent-gate-placeholder');
    await expect.poll(() => placeholder.isVisible()).toBe(true);
    const text = await placeholder.evaluate((host) => host.shadowRoot?.textContent ?? '');
    expect(text).toContain('Product video');
    expect(text).toContain('Customization');
    const allow = placeholder.getByRole('button');
    await allow.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => tracked('/t/frame.html?ph')).toBe(true);
    await expect.poll(() => frame.isVisible()).toBe(true);
    expect(await placeholder.count()).toBe(0);
    expect(await page.evaluate(() => window.ran)).toEqual(['customization']);
    const state = await page.evaluate(() => window.consentGate.get());
    expect(state.purposes).toEqual({ analytics: false, ads: false, customization: true, login: false });
    expect(state.decided).toBe(false);
    await context.close();
  });
});

describe('a split response (the parser yields inside a tagged element)', () => {
  it('activates a tagged script and a <video> only once the parser finished them', async () => {
    const { createServer } = await import('node:http');
    const head = sitePage({ body: '' })
      .split('</head>')[0]!
      .replace('/dist/consent-gate.min.js', server.url + '/dist/consent-gate.min.js');
    const split = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write(`${head}</head><body>${' '.repeat(4096)}<video data-consent="ads"><source data-src="/t/part-1.webm">`);
      setTimeout(() => {
        res.write(`<source data-src="/t/part-2.webm"></video><script type="text/plain" data-consent="analytics">mark('first`);
        setTimeout(() => res.end(` half and second half')</script><p>end</p></body></html>`), 300);
      }, 300);
    });
    await new Promise<void>((resolve) => split.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(split.address() as { port: number }).port}/`;
    const { page, context, errors } = await openPage(browser);
    await storeDecision(context, url, everything(true));
    await page.goto(url);
    await gateReady(page);
    await expect.poll(() => page.evaluate(() => window.ran)).toEqual(['first half and second half']);
    const sources = await page.locator('video source').evaluateAll((els) => els.map((el) => el.getAttribute('src')));
    expect(sources).toEqual(['/t/part-1.webm', '/t/part-2.webm']);
    expect(errors).toEqual([]);
    await context.close();
    await new Promise((resolve) => split.close(resolve));
  });
});
