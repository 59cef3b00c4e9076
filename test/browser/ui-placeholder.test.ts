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

describe('the placeholder box', () => {
  it("takes the iframe's size, and grows to hold its text and button when that box is too small", async () => {
    const body = `
      <iframe data-consent="ads" data-src="https://example.com/player" title="Video player" width="400" height="300"></iframe>
      <iframe data-consent="ads" data-src="https://example.com/map" title="Map" width="100" height="120"></iframe>`;
    const url = server.page('/ph-size.html', sitePage({ body }));
    const { page, context } = await openPage(browser, { reducedMotion: 'reduce' });
    await page.goto(url);
    await expect.poll(() => page.locator('consent-gate-placeholder').count()).toBe(2);
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll('consent-gate-placeholder')].map((host) => {
        const box = host.getBoundingClientRect();
        const inner = [...host.shadowRoot!.querySelectorAll('strong, p, button')].map((el) => el.getBoundingClientRect());
        return {
          width: box.width,
          height: box.height,
          contentInside: inner.every(
            (r) => r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5,
          ),
        };
      }),
    );
    expect(boxes[0]).toEqual({ width: 400, height: 300, contentInside: true });
    expect(boxes[1]!.width).toBe(100);
    expect(boxes[1]!.height).toBeGreaterThan(120);
    expect(boxes[1]!.contentInside).toBe(true);
    // Its button is there to be used.
    await page.getByRole('button', { name: 'Allow Ad tracking' }).nth(1).click();
    await expect.poll(() => page.locator('consent-gate-placeholder').count()).toBe(0);
    await context.close();
  });
});
