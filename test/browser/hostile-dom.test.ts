/**
 * Named elements a sanitizer keeps (DOM clobbering) must neither make us
 * believe we already run nor break start-up, the config or later elements
 * (issue 12, breaks the page 12 and 13).
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gateReady, marks } from './gate-helpers';
import { openPage, sitePage, useSite, type TestServer } from './harness';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
});

const trackers = `
<script type="text/plain" data-consent="analytics">mark('analytics')</script>
<script type="text/plain" data-consent="ads">mark('ads')</script>
<script>mark('necessary')</script>`;
const ours = (w: string[]) => w.filter((m) => m.startsWith('consent-gate:'));

describe('a form named consentGate in the page', () => {
  it('does not pass for a running copy: the notice shows, the API works, one warning says what was replaced', async () => {
    const form = `<form id="consentGate"><input name="__consentGate" value="1"><input name="get"></form>`;
    const url = server.page('/dom/form.html', sitePage({ attrs: 'defer', body: form + trackers }));
    const { page, context, warnings, errors } = await openPage(browser);
    await page.goto(url);
    await gateReady(page);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => marks(page)).toEqual(['necessary', 'analytics', 'ads']);
    expect(ours(warnings).filter((w) => w.includes('window.consentGate'))).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a second copy of the script still recognises the first and does nothing', async () => {
    const url = server.page('/dom/twice.html', sitePage({ body: trackers + '<script src="/dist/consent-gate.min.js"></script>' }));
    const { page, context, warnings } = await openPage(browser);
    await page.goto(url);
    await gateReady(page);
    expect(await page.locator('consent-gate').count()).toBe(1);
    expect(ours(warnings)).toEqual([]);
    await context.close();
  });
});

describe('elements named after document properties', () => {
  const NAMES = [
    'cookie',
    'getElementById',
    'querySelector',
    'querySelectorAll',
    'defaultView',
    'documentElement',
    'currentScript',
    'createElement',
    'addEventListener',
    'removeEventListener',
    'dispatchEvent',
    'readyState',
    'visibilityState',
    'body',
    'head',
  ];
  const clobber = NAMES.map((n) => `<img name="${n}" alt=""><form name="${n}"></form>`).join('');
  const config = `<script type="application/json" id="consent-gate-config">${JSON.stringify({ texts: { en: { acceptAll: 'Allow everything' } } })}</script>`;

  it('do not stop start-up, the JSON config, saving the choice or activating later elements', async () => {
    const url = server.page('/dom/clobber.html', sitePage({ head: config, attrs: 'defer', body: clobber + trackers }));
    const { page, context, errors, warnings } = await openPage(browser);
    await page.goto(url);
    await gateReady(page);
    await page.getByRole('button', { name: 'Allow everything' }).click();
    await expect.poll(() => marks(page)).toEqual(['necessary', 'analytics', 'ads']);
    // A tagged element added after the decision runs too.
    await page.evaluate(() => {
      // The page's own code must go through the prototype too: its document is clobbered.
      const s = Object.assign(Document.prototype.createElement.call(document, 'script'), { type: 'text/plain', text: "mark('later')" });
      s.setAttribute('data-consent', 'analytics');
      Document.prototype.querySelector.call(document, 'main')!.append(s);
    });
    await expect.poll(() => marks(page)).toContain('later');
    await page.reload();
    await gateReady(page);
    expect(await page.evaluate(() => window.consentGate.get().decided)).toBe(true);
    await expect.poll(() => marks(page)).toEqual(['necessary', 'analytics', 'ads']);
    expect(ours(warnings)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
