/**
 * A refusal made on one subdomain reaches open tabs of another that share
 * `data-cookie-domain` (BroadcastChannel is per origin), within about a
 * second while they are visible (issue 12, fails open 8).
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gateReady, js, marks } from './gate-helpers';
import { openPage, sitePage, useSite, type TestServer } from './harness';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
});

describe('two tabs on two subdomains of one site', () => {
  it('a tab on www learns of a refusal made on shop while it stays open, without focus or reload', async () => {
    server.route('/tabs/tracker.js', js(`mark('tracker')`));
    const body = `<script type="text/plain" data-consent="analytics" src="/tabs/tracker.js"></script><script>mark('necessary')</script>`;
    server.page('/tabs/page.html', sitePage({ body, attrs: 'data-cookie-domain="shop.test" data-reload-on-withdraw="false"' }));
    const { page: www, context } = await openPage(browser);
    await context.route(/^http:\/\/[a-z]+\.shop\.test\//, (route) => {
      const url = new URL(route.request().url());
      return route.continue({ url: server.url + url.pathname + url.search });
    });
    await www.goto('http://www.shop.test/tabs/page.html');
    await www.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => marks(www)).toContain('tracker');
    const shop = await context.newPage();
    await shop.goto('http://shop.shop.test/tabs/page.html');
    await gateReady(shop);
    expect(await shop.evaluate(() => window.consentGate.get().purposes.analytics)).toBe(true);
    await shop.evaluate(() => window.consentGate.reject());
    // The www tab is not focused and gets no BroadcastChannel message (another origin): only the shared cookie tells it.
    // The bound is generous for a loaded machine; docs/configuration.md gives the design figure (about a second).
    await expect.poll(() => www.evaluate(() => window.consentGate.get().purposes.analytics), { timeout: 5000, interval: 50 }).toBe(false);
    await context.close();
  });
});
