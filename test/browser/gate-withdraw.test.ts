import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everything, gateReady, marks, storeDecision } from './gate-helpers';
import { launch, openPage, sitePage, startServer, type TestServer } from './harness';

let server: TestServer;
let browser: Browser;
let origin: string;
beforeAll(async () => {
  server = await startServer();
  // Real host names with parent domains, all answered by the local server.
  browser = await launch(['--host-resolver-rules=MAP *.example.test 127.0.0.1']);
  origin = server.url.replace('127.0.0.1', 'www.shop.example.test');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const config = `<script type="application/json" id="consent-gate-config">
{ "purposes": { "analytics": { "cookies": [ { "name": "_stat_id", "provider": "us" }, "_stat_*" ] },
                "ads": { "cookies": [ "_ad" ] } } }</script>`;

/** A tracker writing what real ones write: cookies on the host and on each parent domain, and storage keys. */
const tracker = `<script type="text/plain" data-consent="analytics">
  mark('analytics');
  for (const domain of ['', '; domain=.shop.example.test', '; domain=.example.test'])
    document.cookie = '_stat_id=1; path=/' + domain;
  document.cookie = '_stat_visit=2; path=/';
  document.cookie = '_ad=3; path=/';
  document.cookie = 'keep=4; path=/';
  localStorage.setItem('_stat_ls', 'x'); localStorage.setItem('keep_ls', 'x');
  sessionStorage.setItem('_stat_ss', 'x');
</script>`;

const cookieNames = async (page: Page) => (await page.context().cookies()).map((c) => `${c.name}@${c.domain}`).sort();
const loads = (path: string) => server.log.filter((p) => p === path).length;

describe('withdrawing a purpose whose script ran', () => {
  it('deletes its declared cookies on the host and every parent domain, its storage keys, and reloads once', async () => {
    const url = origin + '/w/withdraw.html';
    server.page('/w/withdraw.html', sitePage({ head: config, attrs: 'data-cookie-domain=".shop.example.test"', body: tracker }));
    const { page, context, errors } = await openPage(browser);
    await page.goto(url);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => marks(page)).toEqual(['analytics']);
    expect(await cookieNames(page)).toEqual(
      [
        '_ad@www.shop.example.test',
        '_stat_id@.example.test',
        '_stat_id@.shop.example.test',
        '_stat_id@www.shop.example.test',
        '_stat_visit@www.shop.example.test',
        'consent_gate@.shop.example.test',
        'keep@www.shop.example.test',
      ].sort(),
    );
    const reloaded = page.waitForEvent('load');
    await page.evaluate(() => window.consentGate.set({ analytics: false }));
    await reloaded;
    await gateReady(page);
    expect(await marks(page)).toEqual([]);
    expect(await cookieNames(page)).toEqual(['_ad@www.shop.example.test', 'consent_gate@.shop.example.test', 'keep@www.shop.example.test']);
    expect(await page.evaluate(() => [Object.keys(localStorage).sort(), Object.keys(sessionStorage)])).toEqual([['keep_ls'], []]);
    expect(await page.evaluate(() => window.consentGate.get().purposes.analytics)).toBe(false);
    expect(loads('/w/withdraw.html')).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('clears them again on every page load while the purpose is refused (trackers write back while unloading)', async () => {
    const url = origin + '/w/every-load.html';
    server.page('/w/every-load.html', sitePage({ head: config }));
    const { page, context } = await openPage(browser);
    await storeDecision(context, url, { ...everything(true), analytics: false });
    await context.addCookies([
      { name: '_stat_id', value: 'back', url: origin + '/' },
      { name: '_stat_id', value: 'back', domain: '.example.test', path: '/' },
      { name: '_ad', value: 'granted-so-kept', url: origin + '/' },
    ]);
    await page.goto(url);
    await gateReady(page);
    expect((await cookieNames(page)).filter((c) => c.startsWith('_'))).toEqual(['_ad@www.shop.example.test']);
    await context.close();
  });

  it('does not reload with data-reload-on-withdraw="false", and the script does not run again on a new grant', async () => {
    const url = origin + '/w/no-reload.html';
    server.page('/w/no-reload.html', sitePage({ head: config, attrs: 'data-reload-on-withdraw="false"', body: tracker }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await page.evaluate(() => window.consentGate.accept());
    await expect.poll(() => marks(page)).toEqual(['analytics']);
    await page.evaluate(() => window.consentGate.set({ analytics: false }));
    expect((await cookieNames(page)).filter((c) => c.startsWith('_stat'))).toEqual([]);
    await page.evaluate(() => window.consentGate.accept());
    // Still the same page view (a reload would have reset window.ran) and the tracker ran only once.
    expect(await marks(page)).toEqual(['analytics']);
    expect(loads('/w/no-reload.html')).toBe(1);
    await context.close();
  });
});

describe('withdrawing the purpose of a loaded iframe', () => {
  it('reloads the page, which then shows the placeholder again; an image pixel alone does not reload', async () => {
    server.route('/w/frame.html', { body: '<p>third-party frame</p>' });
    server.route('/w/pixel.gif', { body: 'GIF89a', type: 'image/gif' });
    const body = `<iframe data-consent="customization" data-src="/w/frame.html" title="Map"></iframe>
      <img data-consent="ads" data-src="/w/pixel.gif" alt="">`;
    server.page('/w/frame-withdraw.html', sitePage({ body }));
    const { page, context } = await openPage(browser);
    await page.goto(origin + '/w/frame-withdraw.html');
    await page.evaluate(() => window.consentGate.accept());
    await expect.poll(() => page.locator('iframe[src="/w/frame.html"]').count()).toBe(1);
    await page.evaluate(() => window.consentGate.set({ ads: false }));
    // Still the same page view after a round trip to the server: no reload was started.
    expect(await page.evaluate(() => fetch('/w/pixel.gif').then(() => window.consentGate.has('ads')))).toBe(false);
    expect(await page.locator('iframe[src="/w/frame.html"]').count()).toBe(1);
    expect(loads('/w/frame-withdraw.html')).toBe(1);
    const reloaded = page.waitForEvent('load');
    await page.evaluate(() => window.consentGate.set({ customization: false }));
    await reloaded;
    await gateReady(page);
    expect(loads('/w/frame-withdraw.html')).toBe(2);
    await expect.poll(() => page.locator('consent-gate-placeholder').count()).toBe(1);
    expect(await page.locator('iframe[src]').count()).toBe(0);
    await context.close();
  });
});

describe('"!purpose" fallbacks and several purposes', () => {
  const body = `
    <script type="text/plain" data-consent="analytics">mark('tracker')</script>
    <script type="text/plain" data-consent="!analytics">mark('fallback')</script>
    <script type="text/plain" data-consent="ads customization">mark('ads+customization')</script>`;

  it('runs a fallback only once its purpose is refused, never before a decision in opt-in', async () => {
    server.page('/w/fallback.html', sitePage({ body }));
    const { page, context } = await openPage(browser);
    await page.goto(origin + '/w/fallback.html');
    await gateReady(page);
    expect(await marks(page)).toEqual([]);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => marks(page)).toEqual(['fallback']);
    await context.close();
  });

  it('reloads when a purpose is granted after its fallback ran, so the two never run side by side', async () => {
    server.page('/w/fallback-grant.html', sitePage({ body }));
    const { page, context } = await openPage(browser);
    await page.goto(origin + '/w/fallback-grant.html');
    await page.evaluate(() => window.consentGate.reject());
    await expect.poll(() => marks(page)).toEqual(['fallback']);
    const reloaded = page.waitForEvent('load');
    await page.evaluate(() => window.consentGate.accept(['analytics']));
    await reloaded;
    await gateReady(page);
    expect(loads('/w/fallback-grant.html')).toBe(2);
    expect(await marks(page)).toEqual(['tracker']);
    await context.close();
  });

  it('in opt-out mode runs trackers at once, but a GPC signal runs the "!ads" fallback instead of ads', async () => {
    const gpcBody = `<script type="text/plain" data-consent="analytics">mark('analytics')</script>
      <script type="text/plain" data-consent="ads">mark('ads')</script>
      <script type="text/plain" data-consent="!ads">mark('no-ads')</script>`;
    server.page('/w/opt-out.html', sitePage({ attrs: 'data-mode="opt-out"', body: gpcBody }));
    const { page, context } = await openPage(browser);
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    await page.goto(origin + '/w/opt-out.html');
    await expect.poll(() => marks(page)).toEqual(['analytics', 'no-ads']);
    await context.close();
  });

  it('runs an element that lists several purposes only when all of them are granted', async () => {
    server.page('/w/several.html', sitePage({ body }));
    const { page, context } = await openPage(browser);
    await page.goto(origin + '/w/several.html');
    await page.evaluate(() => window.consentGate.accept(['ads']));
    await page.evaluate(() => window.consentGate.set({ analytics: true }));
    expect(await marks(page)).toEqual(['tracker']);
    await page.evaluate(() => window.consentGate.accept(['customization']));
    expect(await marks(page)).toEqual(['tracker', 'ads+customization']);
    await context.close();
  });
});

describe('failing closed', () => {
  it('keeps elements with an empty, invalid or unknown purpose blocked, tells each once, and the page keeps working', async () => {
    const body = `
      <script type="text/plain" data-consent="">mark('empty')</script>
      <script type="text/plain" data-consent="">mark('empty-again')</script>
      <script type="text/plain" data-consent="analytics;alert(1)">mark('invalid')</script>
      <script type="text/plain" data-consent="marketing">mark('unknown')</script>
      <script type="text/plain" data-consent="!marketing">mark('unknown-fallback')</script>
      <img data-consent="" data-src="/w/never.gif" alt="">
      <script type="text/plain" data-consent="analytics" id="broken">mark('broken')</script>
      <script type="text/plain" data-consent="analytics">mark('after-broken')</script>
      <script>document.getElementById('broken').replaceWith = () => { throw new Error('page broke replaceWith'); };</script>
      <button id="still-works" onclick="mark('click')">page button</button>`;
    server.page('/w/closed.html', sitePage({ body }));
    const { page, context, warnings, errors } = await openPage(browser);
    await page.goto(origin + '/w/closed.html');
    await page.evaluate(() => window.consentGate.reject());
    await page.evaluate(() => window.consentGate.accept());
    expect(await marks(page)).toEqual(['after-broken']);
    expect(server.log).not.toContain('/w/never.gif');
    const gateWarnings = warnings.filter((w) => w.startsWith('consent-gate:'));
    // One warning per element, naming it, however often consent changes.
    expect(gateWarnings.filter((w) => w.includes('data-consent=""'))).toHaveLength(3);
    expect(gateWarnings.filter((w) => w.includes('data-consent="analytics;alert(1)"'))).toHaveLength(1);
    expect(gateWarnings.filter((w) => w.includes('(marketing)'))).toHaveLength(2);
    expect(gateWarnings.filter((w) => w.includes('could not be activated'))).toEqual([
      expect.stringContaining('<script data-consent="analytics" id="broken"> "mark(\'broken\')" could not be activated'),
    ]);
    expect(gateWarnings).toHaveLength(7);
    await page.click('#still-works');
    expect(await marks(page)).toEqual(['after-broken', 'click']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('warns about a tagged element that cannot be held back', async () => {
    const body = `<script data-consent="analytics">mark('untyped')</script>
      <iframe data-consent="ads" src="/w/frame-with-src.html"></iframe>`;
    server.page('/w/unheld.html', sitePage({ body }));
    const { page, context, warnings } = await openPage(browser);
    await page.goto(origin + '/w/unheld.html');
    await gateReady(page);
    expect(warnings.filter((w) => w.includes(`<script data-consent="analytics"> "mark('untyped')" needs type="text/plain"`))).toHaveLength(
      1,
    );
    expect(warnings.filter((w) => w.includes('<iframe data-consent="ads" src="/w/frame-with-src.html"> needs data-src'))).toHaveLength(1);
    await context.close();
  });
});
