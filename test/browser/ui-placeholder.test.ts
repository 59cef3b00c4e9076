import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite, openPage, sitePage, type TestServer } from './harness';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
});

describe('a blocked iframe without a title', () => {
  it('gets a placeholder named after the provider in its URL, and the owner a warning naming the element', async () => {
    // Embed codes as vendors hand them out: Google Maps' has no title.
    const body = `
      <iframe id="map" data-consent="customization" data-src="https://www.google.com/maps/embed?pb=!1m18!1m12" width="400" height="300"></iframe>
      <iframe id="video" data-consent="customization" data-src="https://www.youtube-nocookie.com/embed/abc" width="400" height="225"></iframe>
      <iframe id="other" data-consent="ads" data-src="https://widgets.example-reviews.net/box?id=1" width="300" height="200"></iframe>
      <iframe id="titled" title="Our bakery on the map" data-consent="customization" data-src="https://www.google.com/maps/embed?pb=2" width="400" height="300"></iframe>`;
    const url = server.page('/ph-names.html', sitePage({ body }));
    const { page, context, warnings } = await openPage(browser, { reducedMotion: 'reduce' });
    await page.goto(url);
    await expect.poll(() => page.locator('consent-gate-placeholder').count()).toBe(4);
    const names = await page.evaluate(() =>
      [...document.querySelectorAll('consent-gate-placeholder')].map((h) => h.shadowRoot!.querySelector('strong')?.textContent ?? ''),
    );
    expect(names).toEqual(['Google Maps', 'YouTube', 'widgets.example-reviews.net', 'Our bakery on the map']);
    // The visitor's view: the name is shown with what it needs.
    expect(await page.getByText('Google Maps', { exact: true }).isVisible()).toBe(true);
    const titleWarnings = warnings.filter((w) => w.includes('has no title'));
    expect(titleWarnings).toHaveLength(3);
    expect(titleWarnings[0]).toContain('<iframe data-consent="customization" data-src="https://www.google.com/maps/embed?pb=!1m18!1m12">');
    expect(titleWarnings[0]).toContain('"Google Maps"');
    expect(titleWarnings[2]).toContain('data-consent="ads"');
    // Nothing loaded from the providers.
    expect(await page.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => f.getAttribute('src')))).toEqual([
      null,
      null,
      null,
      null,
    ]);
    await context.close();
  });
});
