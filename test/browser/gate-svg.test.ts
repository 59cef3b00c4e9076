import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { js, marks } from './gate-helpers';
import { useSite, openPage, sitePage, type TestServer } from './harness';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
  server.route('/svg/href.js', js(`mark('svg-href')`));
  server.route('/svg/xlink.js', js(`mark('svg-xlink')`));
});

const body = `
<svg width="20" height="20" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
  <script type="text/plain" data-consent="analytics">mark('svg-inline')</script>
  <script type="text/plain" data-consent="analytics" href="/svg/href.js"></script>
  <script type="text/plain" data-consent="analytics" xlink:href="/svg/xlink.js"></script>
  <script type="text/plain" data-consent="ads">mark('svg-ads')</script>
</svg>
<script type="text/plain" data-consent="analytics">mark('html')</script>`;

describe('tagged scripts inside inline SVG', () => {
  it('run as SVG scripts with their own text or href once allowed, and never as a script whose text is "undefined"', async () => {
    const url = server.page('/svg/page.html', sitePage({ body }));
    const { page, context, errors, warnings } = await openPage(browser);
    await page.goto(url);
    expect(await marks(page)).toEqual([]);
    await page.evaluate(() => window.consentGate.set({ analytics: true, ads: false }));
    await expect.poll(async () => (await marks(page)).sort()).toEqual(['html', 'svg-href', 'svg-inline', 'svg-xlink']);
    // The live scripts are SVG scripts in place, none holds the text "undefined".
    const scripts = await page.evaluate(() =>
      [...document.querySelectorAll('svg script')].map((s) => [s.namespaceURI, s.getAttribute('type'), s.textContent === 'undefined']),
    );
    const SVG = 'http://www.w3.org/2000/svg';
    expect(scripts).toEqual([
      [SVG, null, false],
      [SVG, null, false],
      [SVG, null, false],
      [SVG, 'text/plain', false],
    ]);
    expect(warnings.filter((w) => w.startsWith('consent-gate:'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
