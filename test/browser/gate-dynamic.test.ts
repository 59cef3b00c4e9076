import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { everything, gateReady, js, marks, storeDecision } from './gate-helpers';
import { useSite, openPage, sitePage, type TestServer } from './harness';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
  server.route('/d/slow-lib.js', js(`window.lib = true; mark('slow-lib')`, 300));
  server.route('/d/frame.html', { body: '<p>frame</p>' });
  server.route('/d/route-frame.html', { body: '<p>route frame</p>' });
});

/** Runs in the page: what a tag manager does, appending a tagged external script then an inline one that needs it. */
function tagManager(frameUrl: string) {
  const add = (attrs: Record<string, string>, text = '') => {
    const s = document.createElement('script');
    for (const [k, v] of Object.entries(attrs)) s.setAttribute(k, v);
    s.text = text;
    document.head.appendChild(s);
  };
  add({ type: 'text/plain', 'data-consent': 'analytics', src: '/d/slow-lib.js' });
  add({ type: 'text/plain', 'data-consent': 'analytics' }, `mark(window.lib ? 'inline-saw-lib' : 'inline-without-lib')`);
  const frame = document.createElement('iframe');
  frame.setAttribute('data-consent', 'ads');
  frame.setAttribute('data-src', frameUrl);
  document.body.appendChild(frame);
}

describe('elements inserted by code', () => {
  it('wait when inserted before consent, and run in their order once it is given', async () => {
    const url = server.page('/dyn-before.html', sitePage({}));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await page.evaluate(tagManager, '/d/frame.html?before');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    expect(await marks(page)).toEqual([]);
    expect(server.log).not.toContain('/d/slow-lib.js');
    expect(server.log).not.toContain('/d/frame.html?before');
    await page.evaluate(() => window.consentGate.accept());
    await expect.poll(() => marks(page)).toEqual(['slow-lib', 'inline-saw-lib']);
    await expect.poll(() => server.log.includes('/d/frame.html?before')).toBe(true);
    await context.close();
  });

  it('run as soon as they are inserted after consent, in the order they were inserted', async () => {
    const url = server.page('/dyn-after.html', sitePage({}));
    const { page, context } = await openPage(browser);
    await storeDecision(context, url, everything(true));
    await page.goto(url);
    await gateReady(page);
    await page.evaluate(tagManager, '/d/frame.html?after');
    await expect.poll(() => marks(page)).toEqual(['slow-lib', 'inline-saw-lib']);
    await expect.poll(() => server.log.filter((p) => p === '/d/frame.html?after').length).toBe(1);
    await context.close();
  });

  it('handles the tagged elements of an SPA route change', async () => {
    const url = server.page('/dyn-spa.html', sitePage({}));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await page.evaluate(() => {
      document.querySelector('main')!.innerHTML = `<h1>Route 2</h1>
        <iframe data-consent="customization" data-src="/d/route-frame.html" title="Route video"></iframe>
        <script type="text/plain" data-consent="analytics">mark('route-inline')</script>`;
    });
    await expect.poll(() => page.locator('consent-gate-placeholder').count()).toBe(1);
    expect(server.log).not.toContain('/d/route-frame.html');
    expect(await marks(page)).toEqual([]);
    await page.evaluate(() => window.consentGate.accept());
    await expect.poll(() => server.log.includes('/d/route-frame.html')).toBe(true);
    // A plain script inserted through innerHTML never runs; a tagged one is the site asking for it (docs/gate.md#elements-added-later).
    await expect.poll(() => marks(page)).toEqual(['route-inline']);
    expect(await page.locator('consent-gate-placeholder').count()).toBe(0);
    await context.close();
  });
});
