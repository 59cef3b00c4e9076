/**
 * The script recipes of docs/recipes.md, taken from the page as printed, on a shop page with
 * consent-gate deferred, against local stand-ins of each vendor's code served from the vendor's
 * real host names (fixtures/vendors/). What a visitor's browser does: which vendor code ran, which
 * requests left for the vendor, which cookies it holds.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gateReady, storeDecision } from './gate-helpers';
import { openPage, type TestServer } from './harness';
import { recipe, routeVendors, shopPage, useVendorSite, type VendorRequest } from './fixtures/vendors/vendors';

/** Waits on a condition: vendor code arrives over several requests, so allow a loaded machine 10 s. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

let server: TestServer;
let browser: Browser;
let origin: string;
useVendorSite((s, b, o) => {
  [server, browser, origin] = [s, b, o];
});

const GOOGLE_CONSENT_MODE = 'data-google-consent-mode="on"';
const SWITCH: Record<string, string> = { analytics: 'Analytics', ads: 'Ad tracking', customization: 'Customization' };

interface Tracker {
  heading: string;
  purpose: 'analytics' | 'ads';
  attrs?: string;
  /** Appended to the page address (a LinkedIn ad click carries its click id). */
  query?: string;
  /** The stand-ins that run after a grant, each once, in this order. */
  runs: string[];
  /** The vendor's first-party cookies after a grant, as `name@domain`. */
  cookies: string[];
  /** The vendor's hit or pixel request. */
  hit: RegExp;
}

const TRACKERS: Tracker[] = [
  {
    heading: 'Google Analytics 4 (gtag.js)',
    purpose: 'analytics',
    attrs: GOOGLE_CONSENT_MODE,
    runs: ['gtag.js', 'gtag-destination'],
    cookies: ['_ga@.example.test', '_ga_XXXXXXXXXX@.example.test'],
    // Analytics granted, ads denied (gcs=G1<ads><analytics>), with the client id of the _ga cookie.
    hit: /^https:\/\/region1\.google-analytics\.com\/g\/collect\?v=2&tid=G-XXXXXXXXXX&gcs=G101&en=page_view&cid=\d+\.\d+$/,
  },
  {
    heading: 'Google Tag Manager',
    purpose: 'analytics',
    attrs: GOOGLE_CONSENT_MODE,
    runs: ['gtm.js', 'gtag.js', 'gtag-destination'],
    cookies: ['_ga@.example.test', '_ga_GTMTAG0000@.example.test'],
    hit: /^https:\/\/region1\.google-analytics\.com\/g\/collect\?v=2&tid=G-GTMTAG0000&gcs=G101&en=page_view&cid=\d+\.\d+$/,
  },
  {
    heading: 'Meta Pixel',
    purpose: 'ads',
    runs: ['fbevents.js', 'fb-signals-config'],
    cookies: ['_fbp@.example.test'],
    hit: /^https:\/\/www\.facebook\.com\/tr\/\?id=1234567890123456&ev=PageView&fbp=fb\.1\.\d+\.\d+$/,
  },
  {
    heading: 'Hotjar',
    purpose: 'analytics',
    runs: ['hotjar.js', 'hotjar-modules'],
    cookies: ['_hjSessionUser_1234567@.example.test', '_hjSession_1234567@.example.test'],
    hit: /^https:\/\/in\.hotjar\.com\/api\/v2\/client\/sites\/1234567\/visit-data\?sv=7$/,
  },
  {
    heading: 'LinkedIn Insight Tag',
    purpose: 'ads',
    query: '?li_fat_id=ad-click-42',
    runs: ['linkedin-insight'],
    cookies: ['li_fat_id@.example.test'],
    hit: /^https:\/\/px\.ads\.linkedin\.com\/collect\?v=2&fmt=js&pid=1234567&url=http%3A%2F%2Fwww\.shop\.example\.test/,
  },
  {
    heading: 'TikTok pixel',
    purpose: 'ads',
    runs: ['tiktok-events', 'tiktok-main'],
    cookies: ['_tt_enable_cookie@.example.test', '_ttp@.example.test'],
    hit: /^https:\/\/analytics\.tiktok\.com\/api\/v2\/pixel$/,
  },
  {
    heading: 'Matomo',
    purpose: 'analytics',
    runs: ['matomo.js', 'matomo-heatmap-config'],
    cookies: ['_pk_id.1.a1b2@www.shop.example.test', '_pk_ses.1.a1b2@www.shop.example.test'],
    hit: /^https:\/\/example\.matomo\.cloud\/matomo\.php\?idsite=1&rec=1&_id=[0-9a-f]+&url=/,
  },
];

/** The stand-ins that ran on the page, in order. */
const vendorRuns = async (page: Page) =>
  (await page.evaluate(() => window.ran)).filter((n: string) => n.startsWith('vendor:')).map((n: string) => n.slice(7));
/** Every cookie the browser holds for any site except our consent cookie, as `name@domain`. */
const otherCookies = async (context: BrowserContext) =>
  (await context.cookies())
    .filter((c) => c.name !== 'consent_gate')
    .map((c) => `${c.name}@${c.domain}`)
    .sort();

async function visit(t: Tracker, path: string) {
  const url = origin + path + (t.query ?? '');
  server.page(path, shopPage({ recipe: recipe(t.heading), attrs: t.attrs }));
  const opened = await openPage(browser);
  const requests = await routeVendors(opened.context);
  return { ...opened, url, requests };
}

/** Loads (or reloads) the page and waits until the gate started and the network is quiet. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await gateReady(page);
}

/** Nothing of the vendor: no request to any third-party host, no cookie, none of its code. */
async function expectNothing(page: Page, context: BrowserContext, requests: VendorRequest[]) {
  expect(requests).toEqual([]);
  expect(await otherCookies(context)).toEqual([]);
  expect(await vendorRuns(page)).toEqual([]);
}

describe.each(TRACKERS)('recipe: $heading', (t) => {
  const slug = t.heading.toLowerCase().replace(/\W+/g, '-');

  it('sends nothing to the vendor and sets none of its cookies before a choice, nor after Reject all', async () => {
    const { page, context, url, requests, errors } = await visit(t, `/r/${slug}-reject.html`);
    await page.goto(url);
    await poll(() => page.getByRole('button', { name: 'Reject all' }).isVisible()).toBe(true);
    await settle(page);
    await expectNothing(page, context, requests);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await poll(() => page.evaluate(() => window.consentGate.get().decided)).toBe(true);
    await page.waitForLoadState('networkidle');
    await expectNothing(page, context, requests);
    expect(errors).toEqual([]);
    await context.close();
  });

  it(`after the visitor allows ${t.purpose} alone: runs the vendor's code once, then what it inserts, sets its cookies and sends its hit`, async () => {
    const { page, context, url, requests, errors, warnings } = await visit(t, `/r/${slug}-accept.html`);
    await page.goto(url);
    await settle(page);
    expect(requests).toEqual([]);
    await page.getByRole('button', { name: 'Customize' }).click();
    await page.getByRole('switch', { name: SWITCH[t.purpose] }).check();
    await page.getByRole('button', { name: 'Save choices' }).click();
    await poll(() => vendorRuns(page)).toEqual(t.runs);
    await poll(() => otherCookies(context)).toEqual([...t.cookies].sort());
    await poll(() => requests.filter((r) => t.hit.test(r.url)).length).toBe(1);
    await page.waitForLoadState('networkidle');
    // Still once each, and every request went to an address the vendor's code really uses.
    expect(await vendorRuns(page)).toEqual(t.runs);
    expect(requests.filter((r) => !r.known)).toEqual([]);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    await context.close();
  });

  it(`withdrawing ${t.purpose} reloads once, deletes the vendor's declared cookies and stops it`, async () => {
    const { page, context, url, requests } = await visit(t, `/r/${slug}-withdraw.html`);
    await storeDecision(context, url, { analytics: false, ads: false, customization: false, [t.purpose]: true });
    await page.goto(url);
    await poll(() => vendorRuns(page)).toEqual(t.runs);
    await poll(() => otherCookies(context)).toEqual([...t.cookies].sort());
    await page.waitForLoadState('networkidle');
    const before = requests.length;
    await page.getByRole('link', { name: 'Cookie settings' }).click();
    await page.getByRole('switch', { name: SWITCH[t.purpose] }).uncheck();
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Save choices' }).click();
    await reloaded;
    await settle(page);
    expect(await page.evaluate(() => window.consentGate.get().purposes)).toMatchObject({ [t.purpose]: false });
    expect(await otherCookies(context)).toEqual([]);
    expect(await vendorRuns(page)).toEqual([]);
    expect(requests.slice(before)).toEqual([]);
    await context.close();
  });
});

describe("recipe: Meta Pixel's <noscript> image", () => {
  const { html, config } = recipe('Meta Pixel');
  // Meta's code as Meta prints it: the script untagged, and the <noscript> pixel.
  const original =
    html.replace(' type="text/plain" data-consent="ads"', '') +
    '\n<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=1234567890123456&ev=PageView&noscript=1"/></noscript>';

  it("loads Meta's pixel without consent when JavaScript is off; the recipe, without it, requests nothing", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const requests = await routeVendors(context);
    const page = await context.newPage();
    await page.goto(
      server
        .page('/r/noscript-original.html', shopPage({ recipe: { html: original, config } }))
        .replace('127.0.0.1', 'www.shop.example.test'),
    );
    await poll(() => requests.map((r) => r.url)).toContain('https://www.facebook.com/tr?id=1234567890123456&ev=PageView&noscript=1');
    requests.length = 0;
    await page.goto(
      server.page('/r/noscript-recipe.html', shopPage({ recipe: { html, config } })).replace('127.0.0.1', 'www.shop.example.test'),
    );
    await page.waitForLoadState('networkidle');
    expect(await page.locator('h1').textContent()).toBe('Bakery');
    expect(requests).toEqual([]);
    await context.close();
  });
});
