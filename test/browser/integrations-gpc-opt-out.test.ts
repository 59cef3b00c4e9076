import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { useSite, openPage, sitePage, type TestServer } from './harness';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
});

const trackers = `
<script type="text/plain" data-consent="analytics">mark('analytics')</script>
<script type="text/plain" data-consent="ads">mark('ads')</script>
<script type="text/plain" data-consent="!ads">mark('no-ads')</script>`;

const GPC_TEXT = en.gpc;

/** A visitor whose browser sends Global Privacy Control. */
async function gpcPage() {
  const opened = await openPage(browser);
  await opened.page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  return opened;
}
const ran = (page: Page) => page.evaluate(() => window.ran);
const consentCookie = async (page: Page) => (await page.context().cookies()).find((c) => c.name === 'consent_gate')?.value;

describe('Global Privacy Control', () => {
  it('in opt-in mode: ads starts refused, the dialog says why, and the visitor may still grant ads', async () => {
    const url = server.page('/gpc-in.html', sitePage({ body: trackers }));
    const { page, context } = await gpcPage();
    await page.goto(url);
    // The signal refuses ads at once, so its fallback runs; nothing else before a decision.
    await expect.poll(() => ran(page)).toEqual(['no-ads']);
    await page.getByRole('button', { name: 'Customize' }).click();
    const dialog = page.getByRole('dialog', { name: 'Privacy settings' });
    expect(await dialog.getByText(GPC_TEXT).isVisible()).toBe(true);
    const ads = dialog.getByRole('switch', { name: 'Ad tracking' });
    expect(await ads.isChecked()).toBe(false);
    await ads.check();
    // The "!ads" fallback already ran and cannot be unloaded: the page reloads with ads granted.
    await Promise.all([page.waitForEvent('load'), dialog.getByRole('button', { name: 'Save choices' }).click()]);
    await expect.poll(() => ran(page)).toEqual(['ads']);
    expect(await consentCookie(page)).toMatch(/~!analytics\.ads\.!customization\.!login$/);
    await context.close();
  });

  it('in opt-out mode: counts as a refusal of ads without asking, other purposes run', async () => {
    const url = server.page('/gpc-out.html', sitePage({ attrs: 'data-mode="opt-out"', body: trackers }));
    const { page, context } = await gpcPage();
    await page.goto(url);
    await expect.poll(() => ran(page)).toEqual(['analytics', 'no-ads']);
    expect(await page.evaluate(() => window.consentGate.get().purposes)).toEqual({
      analytics: true,
      ads: false,
      customization: true,
      login: true,
    });
    expect(await consentCookie(page)).toBeUndefined();
    await context.close();
  });

  it('is ignored with data-gpc="ignore"', async () => {
    const url = server.page('/gpc-ignore.html', sitePage({ attrs: 'data-mode="opt-out" data-gpc="ignore"', body: trackers }));
    const { page, context } = await gpcPage();
    await page.goto(url);
    await expect.poll(() => ran(page)).toEqual(['analytics', 'ads']);
    await page.getByRole('button', { name: 'Customize' }).click();
    expect(await page.getByText(GPC_TEXT).count()).toBe(0);
    await context.close();
  });
});

describe('opt-out mode', () => {
  it('first visit: optional purposes run and the notice informs with Accept all, Reject all and Customize', async () => {
    const url = server.page('/out-first.html', sitePage({ attrs: 'data-mode="opt-out"', body: trackers }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await expect.poll(() => ran(page)).toEqual(['analytics', 'ads']);
    const notice = page.getByRole('dialog', { name: 'Your privacy choices' });
    expect(await notice.getByText(en.optOutBody).isVisible()).toBe(true);
    for (const name of ['Accept all', 'Reject all', 'Customize'])
      expect(await notice.getByRole('button', { name, exact: true }).isVisible()).toBe(true);
    expect(await page.evaluate(() => window.consentGate.get().decided)).toBe(false);
    await context.close();
  });

  it('Reject all takes effect at once: the page reloads and nothing optional runs again', async () => {
    const url = server.page('/out-reject.html', sitePage({ attrs: 'data-mode="opt-out"', body: trackers }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await expect.poll(() => ran(page)).toEqual(['analytics', 'ads']);
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reject all' }).click()]);
    await expect.poll(() => ran(page)).toEqual(['no-ads']);
    expect(await consentCookie(page)).toMatch(/~!analytics\.!ads\.!customization\.!login$/);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await context.close();
  });
});
