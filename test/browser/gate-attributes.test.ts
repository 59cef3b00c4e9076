import { createHash } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { js, marks } from './gate-helpers';
import { useSite, openPage, sitePage, type TestServer } from './harness';

let server: TestServer;
let browser: Browser;
const SRI_BODY = `mark('sri-ok')`;
const sri = 'sha256-' + createHash('sha256').update(SRI_BODY).digest('base64');
useSite(async (s, b) => {
  [server, browser] = [s, b];
  server.route('/a/sri.js', js(SRI_BODY));
  server.route('/a/tampered.js', js(`mark('tampered')`));
  server.route('/a/nonced.js', js(`mark('external-with-nonce')`, 100));
  server.route('/a/unnonced.js', js(`mark('external-without-nonce')`));
  server.route('/a/ref.js', js(`mark('ref')`));
});

describe('attributes carried over to the activated script', () => {
  it('keeps integrity: a matching hash runs, a tampered file does not and does not stall the next', async () => {
    const body = `
      <script type="text/plain" data-consent="analytics" src="/a/sri.js" integrity="${sri}" crossorigin="anonymous"></script>
      <script type="text/plain" data-consent="analytics" src="/a/tampered.js" integrity="${sri}"></script>
      <script type="text/plain" data-consent="analytics" src="/a/ref.js" referrerpolicy="no-referrer" id="ref" data-extra="kept"></script>`;
    const url = server.page('/attr-sri.html', sitePage({ body }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await page.evaluate(() => window.consentGate.accept());
    await expect.poll(() => marks(page)).toEqual(['sri-ok', 'ref']);
    expect(server.log).toContain('/a/tampered.js');
    const ref = await page.locator('#ref').evaluate((s: HTMLScriptElement) => [s.type, s.referrerPolicy, s.dataset.extra, s.async]);
    expect(ref).toEqual(['', 'no-referrer', 'kept', false]);
    const sriScript = await page.locator('script[src="/a/sri.js"]').evaluate((s: HTMLScriptElement) => [s.integrity, s.crossOrigin]);
    expect(sriScript).toEqual([sri, 'anonymous']);
    await context.close();
  });
});

describe("a page with Content-Security-Policy: script-src 'nonce-…'", () => {
  const nonce = 'r4nd0mN0nce';
  const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>csp</title>
    <script nonce="${nonce}">window.ran = []; window.mark = (n) => window.ran.push(n);</script>
    <script nonce="${nonce}" src="/dist/consent-gate.min.js"></script></head><body>${body}</body></html>`;
  const headers = { 'content-security-policy': `script-src 'nonce-${nonce}'` };

  it('runs tagged scripts that carry the nonce, in order, and the policy still blocks those without it', async () => {
    const body = `
      <script type="text/plain" data-consent="analytics" nonce="${nonce}" src="/a/nonced.js"></script>
      <script type="text/plain" data-consent="analytics" nonce="${nonce}">mark('inline-with-nonce')</script>
      <script type="text/plain" data-consent="analytics">mark('inline-without-nonce')</script>
      <script type="text/plain" data-consent="analytics" src="/a/unnonced.js"></script>
      <script type="text/plain" data-consent="analytics" nonce="${nonce}">mark('last')</script>`;
    const url = server.page('/csp.html', page(body), headers);
    const { page: tab, context, errors } = await openPage(browser);
    await tab.goto(url);
    // The browser hides the nonce attribute after parsing: the gate must read the IDL property.
    expect(await tab.locator('script[data-consent]').first().getAttribute('nonce')).toBe('');
    await tab.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => marks(tab)).toEqual(['external-with-nonce', 'inline-with-nonce', 'last']);
    expect(server.log).not.toContain('/a/unnonced.js');
    expect(errors).toEqual([]);
    await context.close();
  });
});
