import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type Demo } from '../../demo/serve.mjs';
import { launch, openPage } from './harness';

let demo: Demo;
let browser: Browser;
beforeAll(async () => {
  [demo, browser] = await Promise.all([startDemo({ port: 0 }), launch()]);
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

describe('the demo with its receipts service (npm start)', () => {
  it('runs the service on SQLite and shows the stored receipt of the last decision, read back', async () => {
    expect(demo.receipts.error).toBeNull();
    expect(demo.receipts.file).toMatch(/consent-receipts\.db$/);
    const { page, context, warnings } = await openPage(browser);
    await page.goto(demo.url + '/');
    await page.getByRole('button', { name: 'Accept all' }).click();
    const first = await page.evaluate(() => window.consentGate.get().id);
    const panel = page.locator('#receipt-state');
    await expect.poll(() => panel.textContent(), { timeout: 10_000 }).toContain(first!);
    const text = (await panel.textContent())!;
    expect(text).toContain('Hownotice');
    expect(text).toMatch(/Grantedads, analytics, customization, login/);
    expect(text).toMatch(/Refusednone/);
    expect(text).toMatch(/SHA-256 of what was shown[0-9a-f]{64}/);
    expect(text).toContain('Replacesnothing (first decision)');

    // The next decision is a new receipt that names the one it replaced (the withdrawal reloads the page).
    const second = await page.evaluate(() => {
      window.consentGate.reject();
      return window.consentGate.get().id;
    });
    await expect.poll(() => panel.textContent(), { timeout: 10_000 }).toContain(second!);
    expect(await panel.textContent()).toContain('Replaces' + first);
    expect(await panel.textContent()).toMatch(/Howapi/);
    // The reading route needs no token in the page: the demo server adds it; the service's own read route still does.
    expect((await fetch(`${demo.url}/receipts?format=ndjson`)).status).toBe(401);
    expect(warnings).toEqual([]);
    await context.close();
  });
});
