import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gateReady, storeDecision } from './gate-helpers';
import { useSite, openPage, sitePage, type TestServer } from './harness';

let server: TestServer;
let browser: Browser;
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
useSite(async (s, b) => {
  [server, browser] = [s, b];
  for (const path of ['/c/pic.gif', '/c/ads-wide.gif', '/c/fallback.gif']) server.route(path, { body: GIF, type: 'image/gif' });
  server.route('/c/captions.vtt', { body: 'WEBVTT\n', type: 'text/vtt' });
});

const requested = (path: string) => server.log.includes(path);

/** Containers granted through "customization" holding children that need "ads" as well. */
const body = `
<picture data-consent="customization">
  <source media="(min-width: 1px)" data-consent="ads" data-srcset="/c/ads-wide.gif">
  <img data-src="/c/pic.gif" alt="">
</picture>
<video data-consent="customization" preload="auto">
  <source data-consent="ads" data-src="/c/ad.webm" type="video/webm">
  <source data-src="/c/clip.webm" type="video/webm">
  <track data-consent="ads" kind="captions" srclang="en" label="English" data-src="/c/captions.vtt" default>
  <img data-consent="ads" data-src="/c/fallback.gif" alt="">
</video>
<audio data-consent="customization" preload="auto"><source data-consent="ads" data-src="/c/ad.ogg"></audio>`;

/** The children tagged "ads", each with the attribute it still holds back (null once activated). */
const heldBack = (page: import('playwright-core').Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-consent="ads"]')].map((el) => el.getAttribute('data-src') ?? el.getAttribute('data-srcset')),
  );

describe('a granted container with children that have their own data-consent', () => {
  it('loads the container and its untagged children, never a child that needs a refused purpose', async () => {
    const url = server.page('/c/containers.html', sitePage({ body }));
    const { page, context, errors } = await openPage(browser);
    await storeDecision(context, url, { analytics: false, ads: false, customization: true, login: false });
    await page.goto(url);
    await gateReady(page);
    // The containers' own sources load: the picture's <img>, the video's second <source>.
    await expect.poll(() => requested('/c/pic.gif')).toBe(true);
    await expect.poll(() => requested('/c/clip.webm')).toBe(true);
    // Their ads children still hold their URLs back, so the browser cannot have fetched them.
    expect(await heldBack(page)).toEqual(['/c/ads-wide.gif', '/c/ad.webm', '/c/captions.vtt', '/c/fallback.gif', '/c/ad.ogg']);
    for (const path of ['/c/ads-wide.gif', '/c/ad.webm', '/c/captions.vtt', '/c/fallback.gif', '/c/ad.ogg'])
      expect(requested(path), path).toBe(false);

    // Once ads are granted too, each child is activated on its own.
    await page.evaluate(() => window.consentGate.set({ ads: true }));
    await expect.poll(() => heldBack(page)).toEqual([null, null, null, null, null]);
    for (const path of ['/c/ads-wide.gif', '/c/ad.webm', '/c/fallback.gif', '/c/ad.ogg'])
      await expect.poll(() => requested(path), { message: path }).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('never loads a child through a container that is still blocked, even when the child is granted', async () => {
    const url = server.page('/c/blocked-container.html', sitePage({ body }));
    const { page, context } = await openPage(browser);
    await storeDecision(context, url, { analytics: false, ads: true, customization: false, login: false });
    const before = server.log.length;
    await page.goto(url); // waits for the load event: any request the page started is in the log by now
    await gateReady(page);
    expect(await heldBack(page)).toEqual(['/c/ads-wide.gif', '/c/ad.webm', '/c/captions.vtt', '/c/fallback.gif', '/c/ad.ogg']);
    expect(server.log.slice(before).filter((p) => p.startsWith('/c/') && !p.endsWith('.html'))).toEqual([]);
    await page.evaluate(() => window.consentGate.set({ customization: true }));
    await expect.poll(() => heldBack(page)).toEqual([null, null, null, null, null]);
    await expect.poll(() => requested('/c/ads-wide.gif')).toBe(true);
    await context.close();
  });
});
