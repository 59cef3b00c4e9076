import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite, openPage, sitePage, type TestServer } from './harness';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
});

const trackers = `
<script type="text/plain" data-consent="analytics">mark('analytics')</script>
<script type="text/plain" data-consent="ads">mark('ads')</script>
<script type="text/plain" data-consent="!analytics">mark('no-analytics')</script>
<script>mark('necessary')</script>`;

describe('first visit', () => {
  it('shows the notice with Accept all, Reject all and Customize, and runs nothing optional', async () => {
    const url = server.page('/first.html', sitePage({ body: trackers }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    const notice = page.getByRole('dialog', { name: 'Your privacy choices' });
    await expect.poll(() => notice.isVisible()).toBe(true);
    for (const name of ['Accept all', 'Reject all', 'Customize'])
      expect(await notice.getByRole('button', { name, exact: true }).isVisible()).toBe(true);
    expect(await page.evaluate(() => window.ran)).toEqual(['necessary']);
    expect(await page.evaluate(() => window.consentGate.get().decided)).toBe(false);
    await context.close();
  });
});

describe('loaded with defer in <head> (what README recommends)', () => {
  const deferred = `
<script type="text/plain" data-consent="analytics" src="/defer/lib.js"></script>
<script type="text/plain" data-consent="analytics">mark('uses-' + window.lib)</script>
<img data-consent="ads" data-src="/defer/pixel.gif" alt="">
<script>mark('necessary')</script>`;

  it('nothing optional runs or loads before a choice, then all runs in document order, also for the returning visitor', async () => {
    server.route('/defer/lib.js', { body: "window.lib = 'lib'; mark('lib')", type: 'text/javascript', delay: 150 });
    server.route('/defer/pixel.gif', { body: Buffer.from('R0lGODlhAQABAAAAACw=', 'base64'), type: 'image/gif' });
    const url = server.page('/defer.html', sitePage({ attrs: 'defer', body: deferred }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await expect.poll(() => page.getByRole('dialog', { name: 'Your privacy choices' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => window.ran)).toEqual(['necessary']);
    expect(server.log.filter((p) => p.startsWith('/defer/'))).toEqual([]);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => page.evaluate(() => window.ran)).toEqual(['necessary', 'lib', 'uses-lib']);
    await expect.poll(() => server.log.includes('/defer/pixel.gif')).toBe(true);
    await page.reload();
    await expect.poll(() => page.evaluate(() => window.ran)).toEqual(['necessary', 'lib', 'uses-lib']);
    expect(await page.locator('consent-gate').count()).toBe(0);
    await context.close();
  });
});

describe('a decision', () => {
  it('Accept all runs the granted scripts, stores the cookie and survives a reload without a notice', async () => {
    const url = server.page('/accept.html', sitePage({ body: trackers }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => page.evaluate(() => window.ran)).toEqual(['necessary', 'analytics', 'ads']);
    const cookie = (await context.cookies()).find((c) => c.name === 'consent_gate');
    expect(cookie?.value).toMatch(/^1~1~[0-9a-z]+~[0-9a-f]{16}~analytics\.ads\.customization\.login$/);
    expect(cookie?.sameSite).toBe('Lax');
    expect(cookie?.path).toBe('/');
    await page.reload();
    await expect.poll(() => page.evaluate(() => window.ran)).toEqual(['analytics', 'ads', 'necessary']);
    expect(await page.locator('consent-gate').count()).toBe(0);
    const state = await page.evaluate(() => window.consentGate.get());
    expect(state.decided).toBe(true);
    expect(state.purposes).toEqual({ analytics: true, ads: true, customization: true, login: true });
    expect(state.id).toMatch(/^[0-9a-f]{16}$/);
    await context.close();
  });

  it('Reject all runs only the "!analytics" fallback', async () => {
    const url = server.page('/reject.html', sitePage({ body: trackers }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => page.evaluate(() => window.ran)).toEqual(['necessary', 'no-analytics']);
    expect((await context.cookies())[0]?.value).toMatch(/~!analytics\.!ads\.!customization\.!login$/);
    await context.close();
  });

  it('reaches another open tab of the site without a reload', async () => {
    const url = server.page('/tabs.html', sitePage({ body: trackers }));
    const { page, context } = await openPage(browser);
    const other = await context.newPage();
    await page.goto(url);
    await other.goto(url);
    await other.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => page.evaluate(() => window.ran)).toEqual(['necessary', 'analytics', 'ads']);
    await expect.poll(() => page.evaluate(() => window.consentGate.get().decided)).toBe(true);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await context.close();
  });
});

describe('the script tag', () => {
  it('does nothing the second time it is included', async () => {
    const url = server.page('/twice.html', sitePage({ body: `${trackers}<script src="/dist/consent-gate.min.js"></script>` }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
    expect(await page.locator('consent-gate').count()).toBe(1);
    await page.evaluate(() => window.consentGate.accept());
    await expect.poll(() => page.evaluate(() => window.ran)).toEqual(['necessary', 'analytics', 'ads']);
    await context.close();
  });

  it('runs calls queued before it loaded and dispatches consent-gate:change', async () => {
    const head = `<script>
      window.events = [];
      document.addEventListener('consent-gate:change', (e) => events.push(e.detail.purposes.analytics));
      (window.consentGateQueue ||= []).push((api) => api.accept(['analytics']));
    </script>`;
    const url = server.page('/queue.html', sitePage({ head, body: trackers }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    // Granted before the body was parsed: the tagged script runs in document order, before the plain one.
    await expect.poll(() => page.evaluate(() => window.ran)).toEqual(['analytics', 'necessary']);
    expect(await page.evaluate(() => window.events)).toEqual([true]);
    expect(await page.evaluate(() => window.consentGate.has('analytics'))).toBe(true);
    expect(await page.evaluate(() => window.consentGate.has('ads'))).toBe(false);
    await context.close();
  });

  it('warns once about an invalid attribute, names it, and uses the default', async () => {
    const url = server.page('/bad-attr.html', sitePage({ attrs: 'data-mode="opt-maybe"', body: trackers }));
    const { page, context, warnings } = await openPage(browser);
    await page.goto(url);
    await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
    expect(warnings.filter((w) => w.includes('data-mode'))).toHaveLength(1);
    expect(await page.evaluate(() => window.ran)).toEqual(['necessary']);
    await context.close();
  });
});
