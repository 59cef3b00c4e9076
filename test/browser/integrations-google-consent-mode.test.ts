import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
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
  it('pushes a denied default with wait_for_update before the page\'s own config, and nothing runs', async () => {
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
    await expect.poll(async () => (await layer(page)).slice(4)).toEqual([
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
    await expect.poll(async () => (await layer(page)).slice(4)).toEqual([
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
    await expect.poll(async () => (await layer(page)).slice(4, 6)).toEqual([
      ['consent', 'update', chosen],
      ['set', 'ads_data_redaction', true],
    ]);
    expect(await page.evaluate(() => window.consentGate.get().purposes)).toEqual({ analytics: false, ads: false, customization: true, login: false });
    await context.close();
  });

  it('on a returning visit the default already holds the stored decision, without waiting', async () => {
    const { page, context } = await visit('/gcm-return.html');
    await page.evaluate(() => window.consentGate.set({ analytics: true, ads: false, customization: false, login: false }));
    await page.reload();
    await expect.poll(() => layer(page)).toEqual([
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

  it('warns once, with the fix, when the Google tag comes before the script', async () => {
    const url = server.page('/gcm-late.html', sitePage({ head: GTAG, attrs: 'data-google-consent-mode="on"' }));
    const { page, context, warnings } = await openPage(browser);
    await page.goto(url);
    await expect.poll(() => warnings.filter((w) => w.includes('load consent-gate above it'))).toHaveLength(1);
    expect((await layer(page)).slice(2, 3)).toEqual([['consent', 'default', { ...DENIED, wait_for_update: 500 }]]);
    await context.close();
  });
});
