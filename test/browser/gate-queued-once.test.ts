import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { everything, storeDecision } from './gate-helpers';
import { useSite, openPage, sitePage, type TestServer } from './harness';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
  server.route('/q/frame.html', { body: '<p>video</p>' });
});

const more = Array.from({ length: 200 }, (_, i) => `<p>Paragraph ${i} <a href="#p${i}">link</a> <span>more</span></p>`).join('\n');

describe('a returning visit with the tag in <head>', () => {
  it('activates a tagged iframe followed by more content once, without any warning', async () => {
    const body = `<iframe data-consent="customization" data-src="/q/frame.html" title="Video" width="320" height="180"></iframe>\n${more}`;
    const url = server.page('/q/returning.html', sitePage({ body }));
    const { page, context, warnings, errors } = await openPage(browser);
    await storeDecision(context, url, everything(true));
    await page.goto(url);
    await expect.poll(() => server.log.filter((p) => p === '/q/frame.html').length).toBe(1);
    await page.waitForFunction(() => document.readyState === 'complete');
    expect(warnings.filter((w) => w.startsWith('consent-gate:'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('warnings about a tagged element', () => {
  it('name the element: its tag, purpose and source, so the owner can find it in the page', async () => {
    const body = `<iframe data-consent="ads;x" data-src="/q/frame.html?bad" title="Store map"></iframe>
      <img data-consent="marketing" data-src="/q/pixel.gif" alt="">`;
    const url = server.page('/q/named.html', sitePage({ body }));
    const { page, context, warnings } = await openPage(browser);
    await page.goto(url);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => warnings.filter((w) => w.startsWith('consent-gate:')).length).toBe(2);
    expect(warnings.filter((w) => w.includes('<iframe data-consent="ads;x" data-src="/q/frame.html?bad" title="Store map">'))).toHaveLength(
      1,
    );
    expect(warnings.filter((w) => w.includes('<img data-consent="marketing" data-src="/q/pixel.gif">'))).toHaveLength(1);
    expect(server.log.filter((p) => p.startsWith('/q/frame.html?bad') || p === '/q/pixel.gif')).toEqual([]);
    await context.close();
  });
});
