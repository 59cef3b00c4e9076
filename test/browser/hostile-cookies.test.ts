/**
 * Cookies a page cannot fully trust (a sibling subdomain's, a deeper path's,
 * damaged ones, names js-cookie would re-encode) and a polluted
 * Object.prototype must never turn a refusal into a grant (issue 12, fails
 * open 3, 4, 5, 7 and 9).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gateReady, marks } from './gate-helpers';
import { openPage, sitePage, useSite, type TestServer } from './harness';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
});

const { parseConsentCookie } = (await import('../../dist/server.mjs' as string)) as typeof import('../../src/server');

const trackers = `
<script type="text/plain" data-consent="analytics">mark('analytics')</script>
<script type="text/plain" data-consent="ads">mark('ads')</script>
<script>mark('necessary')</script>`;
const ours = (w: string[]) => w.filter((m) => m.startsWith('consent-gate:'));
const value = (choices: string, { ago = 60, revision = '1', id = '0123456789abcdef' } = {}) =>
  `1~${revision}~${(Math.floor(Date.now() / 1000) - ago).toString(36)}~${id}~${choices}`;
const ALL = 'analytics.ads.customization.login';
const NONE = '!analytics.!ads.!customization.!login';

/** A context whose requests to `*.shop.test` are served by the test server (no DNS), so parent-domain cookies are real. */
async function shopContext() {
  const opened = await openPage(browser);
  await opened.context.route(/^http:\/\/[a-z.]*shop\.test\//, (route) => {
    const url = new URL(route.request().url());
    return route.continue({ url: server.url + url.pathname + url.search });
  });
  return opened;
}
const consentCookies = async (context: BrowserContext) =>
  (await context.cookies('http://www.shop.test/hostile/deep/page.html')).filter((c) => c.name === 'consent_gate');
const visible = (page: Page) => page.evaluate(() => document.cookie.split('; ').filter((p) => p.startsWith('consent_gate=')));

describe('a stray consent cookie from a sibling subdomain or a deeper path', () => {
  it("cannot override the visitor's refusal, even dated hours ahead", async () => {
    server.page('/hostile/deep/page.html', sitePage({ body: trackers }));
    const { page, context, errors } = await shopContext();
    await context.addCookies([
      { name: 'consent_gate', value: value(NONE, { ago: 3600 }), url: 'http://www.shop.test/' },
      { name: 'consent_gate', value: value(ALL, { ago: -3 * 3600, id: 'aaaaaaaaaaaaaaaa' }), domain: '.shop.test', path: '/' },
      { name: 'consent_gate', value: value(ALL, { ago: 10, id: 'bbbbbbbbbbbbbbbb' }), domain: 'www.shop.test', path: '/hostile/deep' },
    ]);
    await page.goto('http://www.shop.test/hostile/deep/page.html');
    await gateReady(page);
    expect(await page.evaluate(() => window.consentGate.get().purposes)).toEqual({
      analytics: false,
      ads: false,
      customization: false,
      login: false,
    });
    expect(await marks(page)).toEqual(['necessary']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Reject all leaves exactly one copy, the refusal, and reset() leaves none', async () => {
    server.page('/hostile/deep/page.html', sitePage({ body: trackers, attrs: 'data-cookie-domain="shop.test"' }));
    const { page, context } = await shopContext();
    await context.addCookies([
      { name: 'consent_gate', value: value(ALL, { ago: 20, id: 'aaaaaaaaaaaaaaaa' }), domain: '.shop.test', path: '/' },
      { name: 'consent_gate', value: value(ALL, { ago: 10, id: 'bbbbbbbbbbbbbbbb' }), domain: 'www.shop.test', path: '/hostile/deep' },
      { name: 'consent_gate', value: value(ALL, { ago: 5, id: 'cccccccccccccccc' }), domain: 'www.shop.test', path: '/hostile/' },
    ]);
    await page.goto('http://www.shop.test/hostile/deep/page.html');
    await gateReady(page);
    await page.evaluate(() => window.consentGate.show());
    await page.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => visible(page)).toHaveLength(1);
    const left = await consentCookies(context);
    expect(left).toHaveLength(1);
    expect(left[0]!.value).toMatch(/~!analytics\.!ads\.!customization\.!login$/);
    await page.reload();
    await gateReady(page);
    expect(await page.evaluate(() => window.consentGate.get().purposes.analytics)).toBe(false);
    expect(await marks(page)).toEqual(['necessary']);
    await page.evaluate(() => window.consentGate.reset());
    await expect.poll(() => consentCookies(context)).toEqual([]);
    await context.close();
  });
});

describe('withdrawal deletes declared cookies by the exact name the browser shows', () => {
  it('deletes AMCV_<org>%40AdobeOrg and names with ( ) : [ ] once analytics is refused', async () => {
    const config = `<script type="application/json" id="consent-gate-config">${JSON.stringify({ purposes: { analytics: { cookies: ['AMCV_*', 'odd(1):[x]'] } } })}</script>`;
    const url = server.page('/hostile/names.html', sitePage({ head: config, body: trackers }));
    const { page, context } = await openPage(browser);
    await context.addCookies([
      { name: 'AMCV_1234ABCD%40AdobeOrg', value: 'x', url },
      { name: 'odd(1):[x]', value: 'y', url },
      { name: 'keep', value: 'z', url },
      { name: 'consent_gate', value: value(NONE), url },
    ]);
    await page.goto(url);
    await gateReady(page);
    await expect.poll(async () => (await context.cookies(url)).map((c) => c.name).sort()).toEqual(['consent_gate', 'keep']);
    await context.close();
  });
});

describe('one enumerable method on Object.prototype', () => {
  it("does not stop the choice being saved nor a refused purpose's cookies being deleted, and blames nothing", async () => {
    const head =
      `<script>Object.prototype.extend = function () {};</script>` +
      `<script type="application/json" id="consent-gate-config">{"purposes": {"analytics": {"cookies": ["_ga"]}}}</script>`;
    const url = server.page('/hostile/enumerable.html', sitePage({ head, body: trackers }));
    const { page, context, warnings } = await openPage(browser);
    await context.addCookies([{ name: '_ga', value: 'GA1.1.1', url }]);
    await page.goto(url);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => visible(page)).toHaveLength(1);
    await expect.poll(async () => (await context.cookies(url)).map((c) => c.name)).toEqual(['consent_gate']);
    await page.reload();
    await gateReady(page);
    expect(await page.evaluate(() => window.consentGate.get().decided)).toBe(true);
    expect(await page.getByRole('button', { name: 'Accept all' }).count()).toBe(0);
    expect(ours(warnings)).toEqual([]);
    await context.close();
  });
});

describe('in opt-out mode a refusal', () => {
  const refusal = (opts: { ago?: number; revision?: string }) => value('analytics.!ads.customization.login', opts);
  it.each([
    ['after a data-revision bump', 'data-revision="2"', refusal({ revision: '1' })],
    ['past data-expires', 'data-expires="1"', refusal({ ago: 3 * 86_400 })],
    ['when the cookie is damaged', '', `${refusal({}).replace(/~/g, '%7E')}`],
  ])('holds %s: ads do not run before the visitor does anything', async (_, attrs, stored) => {
    const url = server.page(
      `/hostile/opt-out-${attrs.length}-${stored.length}.html`,
      sitePage({ body: trackers, attrs: `data-mode="opt-out" ${attrs}` }),
    );
    const { page, context } = await openPage(browser);
    await context.addCookies([{ name: 'consent_gate', value: stored, url }]);
    await page.goto(url);
    await gateReady(page);
    expect(await page.evaluate(() => window.consentGate.get().purposes.ads)).toBe(false);
    expect(await marks(page)).not.toContain('ads');
    await context.close();
  });

  it('is stored to last 400 days, whatever data-expires says', async () => {
    const url = server.page('/hostile/opt-out-life.html', sitePage({ body: trackers, attrs: 'data-mode="opt-out" data-expires="30"' }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await gateReady(page);
    // Withdrawing ads, which ran, reloads the page (docs/gate.md#reload-after-withdrawal). The call is made after
    // this evaluate has returned and the cookie is read from the browser's jar, so nothing straddles the reload;
    // the context is closed once the reload has loaded (closing it mid-reload hung for 30 s, 1 run in 4).
    const reloaded = page.waitForEvent('load');
    await page.evaluate(() => void setTimeout(() => window.consentGate.set({ ads: false })));
    const refusals = async () => (await context.cookies(url)).filter((c) => c.name === 'consent_gate' && c.value.includes('!ads'));
    await expect.poll(refusals, { timeout: 10_000 }).toHaveLength(1);
    expect((await context.cookies(url)).filter((c) => c.name === 'consent_gate')).toHaveLength(1);
    const [stored] = await refusals();
    expect(stored!.expires - Date.now() / 1000).toBeGreaterThan(399 * 86_400);
    await reloaded;
    await context.close();
  });
});

describe('the browser and the server read the same cookies the same way', () => {
  it('a quoted newer grant beside a plain older refusal: both refuse analytics', async () => {
    const url = server.page('/hostile/server-same.html', sitePage({ body: trackers }));
    const { page, context } = await openPage(browser);
    await context.addCookies([
      { name: 'consent_gate', value: value(NONE, { ago: 3600 }), url },
      { name: 'consent_gate', value: `"${value(ALL, { ago: 10, id: 'bbbbbbbbbbbbbbbb' })}"`, url: new URL('/hostile/', url).href },
    ]);
    const sent: string[] = [];
    page.on('request', (request) => void request.headerValue('cookie').then((h) => h && sent.push(h)));
    await page.goto(url);
    await gateReady(page);
    const browserSays = await page.evaluate(() => window.consentGate.get());
    expect(browserSays.purposes.analytics).toBe(false);
    await expect.poll(() => sent.length).toBeGreaterThan(0);
    expect(sent[0]).toContain('consent_gate="1~');
    const serverSays = parseConsentCookie(sent[0]);
    expect(serverSays).toEqual(browserSays);
    expect(await marks(page)).toEqual(['necessary']);
    await context.close();
  });
});
