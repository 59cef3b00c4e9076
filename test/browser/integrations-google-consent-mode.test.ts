import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recipe, routeVendors } from './fixtures/vendors/vendors';
import { storeDecision } from './gate-helpers';
import { useSite, openPage, sitePage, type TestServer } from './harness';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
});

/** Google's gtag snippet as a site pastes it, with a measurement id; gtag.js itself is not loaded. */
const GTAG = `<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}
gtag('js', 'now'); gtag('config', 'G-TEST');</script>`;
const TAGGED = `<script type="text/plain" data-consent="analytics">gtag('event', 'tagged_analytics')</script>`;

/** dataLayer as plain JSON: gtag entries (`arguments` objects) become arrays. */
const layer = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { dataLayer: unknown[] }).dataLayer.map((e) =>
      e && typeof e === 'object' && !Array.isArray(e) && 'length' in e ? Array.from(e as ArrayLike<unknown>) : e,
    ),
  );

const types = (analytics: string, ads: string, customization: string) => ({
  security_storage: 'granted',
  analytics_storage: analytics,
  ad_storage: ads,
  ad_user_data: ads,
  ad_personalization: ads,
  personalization_storage: customization,
  functionality_storage: customization,
});
const DENIED = types('denied', 'denied', 'denied');

async function visit(path: string, { head = '', attrs = '' } = {}) {
  const url = server.page(path, sitePage({ head, attrs: `data-google-consent-mode="on" ${attrs}`, body: GTAG + TAGGED }));
  const opened = await openPage(browser);
  await opened.page.goto(url);
  await expect.poll(() => opened.page.getByRole('dialog').count()).toBe(1);
  return { ...opened, url };
}

describe('Google Consent Mode v2', () => {
  it("pushes a denied default with wait_for_update before the page's own config, and nothing runs", async () => {
    const { page, context, warnings } = await visit('/gcm-first.html');
    expect(await layer(page)).toEqual([
      ['consent', 'default', { ...DENIED, wait_for_update: 500 }],
      ['set', 'ads_data_redaction', true],
      ['js', 'now'],
      ['config', 'G-TEST'],
    ]);
    expect(warnings).toEqual([]);
    await context.close();
  });

  it('after Accept all: grants every type, announces consent_update, then runs the tagged tag', async () => {
    const { page, context } = await visit('/gcm-accept.html');
    await page.getByRole('button', { name: 'Accept all' }).click();
    const granted = types('granted', 'granted', 'granted');
    await expect
      .poll(async () => (await layer(page)).slice(4))
      .toEqual([
        ['consent', 'update', granted],
        ['set', 'ads_data_redaction', false],
        { event: 'consent_update', ...granted, purposes: { analytics: true, ads: true, customization: true, login: true } },
        ['event', 'tagged_analytics'],
      ]);
    await context.close();
  });

  it('after Reject all: denies every type and keeps ads data redacted', async () => {
    const { page, context } = await visit('/gcm-reject.html');
    await page.getByRole('button', { name: 'Reject all' }).click();
    await expect
      .poll(async () => (await layer(page)).slice(4))
      .toEqual([
        ['consent', 'update', DENIED],
        ['set', 'ads_data_redaction', true],
        { event: 'consent_update', ...DENIED, purposes: { analytics: false, ads: false, customization: false, login: false } },
      ]);
    await context.close();
  });

  it('after Customize: grants only what the visitor switched on', async () => {
    const { page, context } = await visit('/gcm-customize.html');
    await page.getByRole('button', { name: 'Customize' }).click();
    await page.getByRole('switch', { name: 'Customization' }).check();
    await page.getByRole('button', { name: 'Save choices' }).click();
    const chosen = types('denied', 'denied', 'granted');
    await expect
      .poll(async () => (await layer(page)).slice(4, 6))
      .toEqual([
        ['consent', 'update', chosen],
        ['set', 'ads_data_redaction', true],
      ]);
    expect(await page.evaluate(() => window.consentGate.get().purposes)).toEqual({
      analytics: false,
      ads: false,
      customization: true,
      login: false,
    });
    await context.close();
  });

  it('on a returning visit the default already holds the stored decision, without waiting', async () => {
    const { page, context } = await visit('/gcm-return.html');
    await page.evaluate(() => window.consentGate.set({ analytics: true, ads: false, customization: false, login: false }));
    await page.reload();
    await expect
      .poll(() => layer(page))
      .toEqual([
        ['consent', 'default', types('granted', 'denied', 'denied')],
        ['set', 'ads_data_redaction', true],
        ['js', 'now'],
        ['config', 'G-TEST'],
        ['event', 'tagged_analytics'],
      ]);
    await context.close();
  });

  it('updates consent in another open tab when the visitor decides in one', async () => {
    const { page, context, url } = await visit('/gcm-tabs.html');
    const other = await context.newPage();
    await other.goto(url);
    await other.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(async () => (await layer(page)).slice(4, 5)).toEqual([['consent', 'update', types('granted', 'granted', 'granted')]]);
    await context.close();
  });

  const LATE =
    'consent-gate: a Google tag ran before consent-gate: tag it with data-consent (basic Consent Mode), or load consent-gate ' +
    'before it with a plain <script> tag (no defer or async). See docs/google-consent-mode.md';

  it('warns once, naming the cause and the fixes, when its plain tag stands below the Google tag', async () => {
    const url = server.page('/gcm-late.html', sitePage({ head: GTAG, attrs: 'data-google-consent-mode="on"' }));
    const { page, context, warnings } = await openPage(browser);
    await page.goto(url);
    await expect.poll(() => warnings.filter((w) => w.includes('a Google tag ran before consent-gate'))).toEqual([LATE]);
    expect((await layer(page)).slice(2, 3)).toEqual([['consent', 'default', { ...DENIED, wait_for_update: 500 }]]);
    await context.close();
  });

  it.each(['defer', 'async'])('warns once that its %s tag runs after an untagged Google snippet, and how to fix it', async (attr) => {
    const url = server.page(`/gcm-late-${attr}.html`, sitePage({ attrs: `${attr} data-google-consent-mode="on"`, body: GTAG }));
    const { page, context, warnings } = await openPage(browser);
    await page.goto(url);
    await expect.poll(() => warnings.filter((w) => w.includes('a Google tag ran before consent-gate'))).toEqual([LATE]);
    await context.close();
  });

  it('reports ads denied to Google while only login is granted, even with Object.prototype.login = ["ad_storage"]', async () => {
    const polluted = `<script>Object.prototype.login = ['ad_storage'];</script>`;
    const url = server.page('/gcm-polluted.html', sitePage({ head: polluted, attrs: 'data-google-consent-mode="on"', body: GTAG }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await page.getByRole('button', { name: 'Customize' }).click();
    await page.getByRole('switch', { name: 'Login' }).check();
    await page.getByRole('button', { name: 'Save choices' }).click();
    await expect
      .poll(async () => (await layer(page)).filter((e) => Array.isArray(e) && e[0] === 'consent'))
      .toEqual([
        ['consent', 'default', { ...DENIED, wait_for_update: 500 }],
        ['consent', 'update', DENIED],
      ]);
    expect(await page.evaluate(() => window.consentGate.get().purposes)).toEqual({
      analytics: false,
      ads: false,
      customization: false,
      login: true,
    });
    await context.close();
  });
});

/**
 * Basic Consent Mode, the recipe of docs/google-consent-mode.md: the Google tag is tagged like any
 * tracker, so gtag.js (a local stand-in on www.googletagmanager.com, see fixtures/vendors/) loads
 * only after a grant and finds the default and the update already in dataLayer.
 */
describe('Google Consent Mode, basic: the Google tag tagged', () => {
  const GA4 = recipe('Google Analytics 4 (gtag.js)').html;
  const toGoogle = (url: string) => /^https:\/\/[^/]*(googletagmanager|google-analytics)\.com\//.test(url);

  it.each([
    ['a plain tag', ''],
    ['a defer tag', 'defer'],
  ])(
    'with %s: nothing reaches Google before consent; after Accept all the default, the update, then gtag.js with everything granted',
    async (_, attr) => {
      const url = server.page(
        `/gcm-basic-${attr || 'plain'}.html`,
        sitePage({ attrs: `${attr} data-google-consent-mode="on"`, body: GA4 }),
      );
      const { page, context, warnings } = await openPage(browser);
      const requests = await routeVendors(context);
      await page.goto(url);
      await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
      await page.waitForLoadState('networkidle');
      expect(requests).toEqual([]);
      expect(await layer(page)).toEqual([
        ['consent', 'default', { ...DENIED, wait_for_update: 500 }],
        ['set', 'ads_data_redaction', true],
      ]);

      await page.getByRole('button', { name: 'Accept all' }).click();
      const granted = types('granted', 'granted', 'granted');
      await expect.poll(() => page.evaluate(() => window.ran), { timeout: 10_000 }).toEqual(['vendor:gtag.js', 'vendor:gtag-destination']);
      expect((await layer(page)).map((e) => (Array.isArray(e) ? e.slice(0, 2) : e))).toEqual([
        ['consent', 'default'],
        ['set', 'ads_data_redaction'],
        ['consent', 'update'],
        ['set', 'ads_data_redaction'],
        { event: 'consent_update', ...granted, purposes: { analytics: true, ads: true, customization: true, login: true } },
        ['js', expect.anything()],
        ['config', 'G-XXXXXXXXXX'],
      ]);
      // The hit says what gtag.js found: ads and analytics granted (gcs=G111), with a client id.
      await expect
        .poll(() => requests.filter((r) => /\/g\/collect\?v=2&tid=G-XXXXXXXXXX&gcs=G111&en=page_view&cid=/.test(r.url)).length, {
          timeout: 10_000,
        })
        .toBe(1);
      expect(requests.filter((r) => !toGoogle(r.url))).toEqual([]);
      expect(warnings).toEqual([]);
      await context.close();
    },
  );

  it('on a returning visit with a defer tag: the default holds the stored choice, then gtag.js runs with it', async () => {
    const url = server.page('/gcm-basic-return.html', sitePage({ attrs: 'defer data-google-consent-mode="on"', body: GA4 }));
    const { page, context, warnings } = await openPage(browser);
    const requests = await routeVendors(context);
    await storeDecision(context, url, { analytics: true, ads: false, customization: false, login: false });
    await page.goto(url);
    await expect.poll(() => page.evaluate(() => window.ran), { timeout: 10_000 }).toEqual(['vendor:gtag.js', 'vendor:gtag-destination']);
    expect((await layer(page)).map((e) => (Array.isArray(e) ? e.slice(0, 3) : e))).toEqual([
      ['consent', 'default', types('granted', 'denied', 'denied')],
      ['set', 'ads_data_redaction', true],
      ['js', expect.anything()],
      ['config', 'G-XXXXXXXXXX'],
    ]);
    // Analytics granted, ads denied: gcs=G101.
    await expect
      .poll(() => requests.filter((r) => /\/g\/collect\?v=2&tid=G-XXXXXXXXXX&gcs=G101&en=page_view&cid=/.test(r.url)).length, {
        timeout: 10_000,
      })
      .toBe(1);
    expect(warnings).toEqual([]);
    await context.close();
  });

  it('after Reject all: gtag.js never loads and nothing reaches Google', async () => {
    const url = server.page('/gcm-basic-reject.html', sitePage({ attrs: 'defer data-google-consent-mode="on"', body: GA4 }));
    const { page, context } = await openPage(browser);
    const requests = await routeVendors(context);
    await page.goto(url);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(async () => (await layer(page)).length).toBe(5);
    await page.waitForLoadState('networkidle');
    expect(requests).toEqual([]);
    expect(await page.evaluate(() => window.ran)).toEqual([]);
    await context.close();
  });

  it('advanced mode (the Google tag untagged) is what contacts Google before any choice: a cookieless ping', async () => {
    const untagged = GA4.split(' type="text/plain" data-consent="analytics"').join('');
    const url = server.page('/gcm-advanced.html', sitePage({ attrs: 'data-google-consent-mode="on"', body: untagged }));
    const { page, context, warnings } = await openPage(browser);
    const requests = await routeVendors(context);
    await page.goto(url);
    await expect
      .poll(() => requests.map((r) => r.url.replace(/\?.*/, '')), { timeout: 10_000 })
      .toContain('https://region1.google-analytics.com/g/collect');
    expect(requests.find((r) => r.url.includes('/g/collect'))!.url).toBe(
      'https://region1.google-analytics.com/g/collect?v=2&tid=G-XXXXXXXXXX&gcs=G100&en=page_view',
    );
    expect(await page.evaluate(() => window.consentGate.get().decided)).toBe(false);
    expect((await context.cookies()).map((c) => c.name)).toEqual([]);
    expect(warnings).toEqual([]);
    await context.close();
  });
});
