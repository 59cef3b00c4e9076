import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type Demo } from '../../demo/serve.mjs';
import { launch, openPage } from './harness';

/** The demo site `npm start` serves, as a visitor uses it. */
let demo: Demo;
let browser: Browser;
beforeAll(async () => {
  [demo, browser] = await Promise.all([startDemo({ port: 0 }), launch()]);
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

const ranLog = (page: Page) => page.locator('#ran-log li').allTextContents();
const cookieNames = async (page: Page) => (await page.context().cookies()).map((c) => c.name);

describe('the demo site', () => {
  it('first visit: the notice shows and no tracker runs, loads or sets a cookie', async () => {
    const { page, context, errors, warnings } = await openPage(browser);
    await page.goto(demo.url + '/');
    await expect.poll(() => page.getByRole('dialog', { name: 'Your privacy choices' }).isVisible()).toBe(true);
    expect(await ranLog(page)).toEqual(['Nothing has run yet.']);
    expect(await cookieNames(page)).toEqual([]);
    expect(demo.requests.some((r) => r.startsWith('/trackers/'))).toBe(false);
    // The demo's JSON config has no problem: nothing is told, and the check file is not even fetched.
    await page.waitForLoadState('networkidle');
    expect(warnings).toEqual([]);
    expect(demo.requests).not.toContain('/consent-gate-check.min.js');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Accept all runs every tracker, the panel says so, and the choice survives a reload', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(demo.url + '/');
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(async () => (await ranLog(page)).join('\n')).toMatch(/Statistics[\s\S]*visitor id/);
    await expect.poll(() => cookieNames(page)).toEqual(expect.arrayContaining(['consent_gate', '_stat_id']));
    expect(demo.requests).toContain('/trackers/pixel.gif');
    expect(await page.locator('#consent-state').textContent()).not.toMatch(/not decided/);
    await page.reload();
    await expect.poll(async () => (await ranLog(page)).join('\n')).toMatch(/page view #2/);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await context.close();
  });

  it('the footer link opens the dialog; withdrawing analytics deletes _stat_id and reloads', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(demo.url + '/');
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => cookieNames(page)).toContain('_stat_id');
    await page.getByRole('link', { name: 'Cookie settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Privacy settings' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('switch', { name: 'Analytics' }).uncheck();
    await Promise.all([page.waitForEvent('load'), dialog.getByRole('button', { name: 'Save choices' }).click()]);
    await expect.poll(() => cookieNames(page)).not.toContain('_stat_id');
    expect(await page.evaluate(() => window.consentGate.get().purposes.analytics)).toBe(false);
    await context.close();
  });

  it('the switcher shows the German notice centred and dark', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(demo.url + '/?position=center&theme=dark&lang=de');
    const notice = page.getByRole('dialog');
    await expect.poll(() => notice.getAttribute('aria-modal')).toBe('true');
    for (const name of ['Alle akzeptieren', 'Alle ablehnen']) expect(await notice.getByRole('button', { name }).count(), name).toBe(1);
    expect(await page.locator('consent-gate').getAttribute('data-theme')).toBe('dark');
    await context.close();
  });
});
