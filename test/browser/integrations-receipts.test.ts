import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { parseConsentCookie as ParseConsentCookie } from '../../src/server';
import { useSite, openPage, sitePage, type TestServer } from './harness';

type Parse = typeof ParseConsentCookie;

let server: TestServer;
let browser: Browser;
let parseConsentCookie: Parse;
useSite(async (s, b) => {
  [server, browser] = [s, b];
  // The built server entry, in this Node process: no DOM.
  ({ parseConsentCookie } = await import(new URL('../../dist/server.mjs', import.meta.url).pathname));
});

const body = '<script type="text/plain" data-consent="analytics">mark(\'analytics\')</script>';
const receipts = (path: string) => (server.bodies.get(path) ?? []).map((b) => JSON.parse(b));

describe('consent receipts (data-log-url)', () => {
  it('sends one receipt per decision, matching the cookie, with the address stripped of query and fragment', async () => {
    const url = server.page('/receipt.html', sitePage({ attrs: 'data-log-url="/consent-log" data-revision="7"', body }));
    const { page, context, warnings } = await openPage(browser);
    await page.goto(url + '?email=someone%40example.com#account');
    await page.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => receipts('/consent-log').length).toBe(1);
    const state = await page.evaluate(() => window.consentGate.get());
    expect(receipts('/consent-log')[0]).toEqual({
      id: state.id,
      previous: null,
      timestamp: state.timestamp,
      revision: '7',
      mode: 'opt-in',
      purposes: { analytics: false, ads: false, customization: false, login: false },
      method: 'notice',
      lang: 'en',
      shown: expect.stringMatching(/^[0-9a-f]{64}$/),
      url: server.url + '/receipt.html',
      version: '0.1.0',
    });
    await page.evaluate(() => window.consentGate.accept(['analytics']));
    await expect.poll(() => receipts('/consent-log').length).toBe(2);
    const second = receipts('/consent-log')[1];
    expect(second.purposes).toEqual({ analytics: true, ads: false, customization: false, login: false });
    expect(second.id).not.toBe(state.id);
    expect([second.previous, second.method, second.shown]).toEqual([state.id, 'api', receipts('/consent-log')[0].shown]);
    expect(warnings).toEqual([]);
    await context.close();
  });

  it('is sent only by the tab where the visitor decided, not by the other open tabs', async () => {
    // No tagged script on this page, so a refusal does not reload it.
    const url = server.page('/receipt-tabs.html', sitePage({ attrs: 'data-log-url="/log-tabs"' }));
    const { page, context } = await openPage(browser);
    const other = await context.newPage();
    await page.goto(url);
    await other.goto(url);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => other.evaluate(() => window.consentGate.get().decided)).toBe(true);
    const first = await page.evaluate(() => window.consentGate.get().id);
    // The other tab now decides itself: had it reported the synced decision, that receipt would come first.
    await other.evaluate(() => window.consentGate.reject());
    const second = await other.evaluate(() => window.consentGate.get().id);
    await expect.poll(() => receipts('/log-tabs').length).toBeGreaterThanOrEqual(2);
    expect(receipts('/log-tabs').map((r) => r.id)).toEqual([first, second]);
    await context.close();
  });

  it('never holds up the page when the endpoint is unreachable, and says so once', async () => {
    const url = server.page('/receipt-down.html', sitePage({ attrs: 'data-log-url="http://127.0.0.1:9/log"', body }));
    const { page, context, warnings } = await openPage(browser);
    // Without sendBeacon the receipt goes through fetch, whose failure is visible to the script.
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'sendBeacon', { value: undefined }));
    await page.goto(url);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => page.evaluate(() => window.ran)).toEqual(['analytics']);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => warnings.filter((w) => w.includes('could not send the consent receipt'))).toHaveLength(1);
    await context.close();
  });
});

describe('the cookie a browser stored, read on the server', () => {
  it('parseConsentCookie returns the state Chromium shows, from the Cookie header', async () => {
    const url = server.page('/server-read.html', sitePage({ attrs: 'data-revision="3"', body }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await page.getByRole('button', { name: 'Customize' }).click();
    await page.getByRole('switch', { name: 'Analytics' }).check();
    await page.getByRole('button', { name: 'Save choices' }).click();
    await expect.poll(() => page.evaluate(() => window.consentGate.get().decided)).toBe(true);
    const state = await page.evaluate(() => window.consentGate.get());
    const cookies = await context.cookies();
    const header = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    expect(parseConsentCookie(`other=1; ${header}`, { revision: '3', maxAgeDays: 182 })).toEqual(state);
    expect(parseConsentCookie(header, { revision: '4' }).decided).toBe(false);
    await context.close();
  });
});
