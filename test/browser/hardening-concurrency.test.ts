import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { js, marks } from './gate-helpers';
import { useSite, openPage, sitePage, type TestServer } from './harness';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
  server.route('/cc/tracker.js', js(`mark('tracker-js')`));
  server.route('/cc/pixel.gif', { body: Buffer.from('R0lGODlhAQABAAAAACw=', 'base64'), type: 'image/gif' });
});

const trackers = `
<script type="text/plain" data-consent="analytics">mark('analytics')</script>
<script type="text/plain" data-consent="analytics" src="/cc/tracker.js"></script>
<script type="text/plain" data-consent="ads">mark('ads')</script>
<script type="text/plain" data-consent="!analytics">mark('no-analytics')</script>
<img data-consent="ads" data-src="/cc/pixel.gif?ads" alt="">
<script>mark('necessary')</script>`;

/** Reads from a page that may be reloading: `null` while its document is being replaced. */
const settle = <T>(page: Page, fn: () => T) => page.evaluate(fn).catch(() => null);
const cookieValue = async (context: BrowserContext) => (await context.cookies()).find((c) => c.name === 'consent_gate')?.value;

describe('two tabs deciding at the same moment', () => {
  it('end with one consistent decision in both tabs and in the cookie', async () => {
    const url = server.page('/cc/tabs.html', sitePage({ body: trackers }));
    const { page: a, context, errors } = await openPage(browser);
    const b = await context.newPage();
    const bErrors: string[] = [];
    b.on('pageerror', (e) => bErrors.push(String(e)));
    await Promise.all([a.goto(url), b.goto(url)]);
    await Promise.all([a.getByRole('button', { name: 'Accept all' }).waitFor(), b.getByRole('button', { name: 'Reject all' }).waitFor()]);
    await Promise.all([a.evaluate(() => window.consentGate.accept()), b.evaluate(() => window.consentGate.reject())]);
    await expect
      .poll(
        async () => {
          const [ia, ib, value] = await Promise.all([
            settle(a, () => window.consentGate.get().id),
            settle(b, () => window.consentGate.get().id),
            cookieValue(context),
          ]);
          return ia !== null && ia === ib && value?.split('~')[3] === ia;
          // The losing tab may learn of the winner only from tab sync's one-second cookie poll, then reload.
        },
        { timeout: 10_000, interval: 50 },
      )
      .toBe(true);
    // The tab whose code lost its consent reloads after adopting the decision: read both once they are settled.
    const both = () =>
      Promise.all([settle(a, () => window.consentGate.get().purposes), settle(b, () => window.consentGate.get().purposes)]);
    let pair: Array<Record<string, boolean> | null> = [];
    await expect
      .poll(
        async () => {
          pair = await both();
          // Both tabs hold the same purposes (compared once neither is mid-reload).
          return pair[0] != null && JSON.stringify(pair[0]) === JSON.stringify(pair[1]);
        },
        { timeout: 10_000, interval: 50 },
      )
      .toBe(true);
    const pa = pair[0]!;
    // What ran in each tab matches the final decision (a tab whose script lost its consent reloaded).
    const expected = pa.analytics ? ['necessary', 'analytics', 'tracker-js', 'ads'] : ['necessary', 'no-analytics'];
    for (const tab of [a, b])
      await expect
        .poll(async () => ((await settle(tab, () => window.ran)) ?? []).slice().sort(), { timeout: 10_000, interval: 50 })
        .toEqual(expected.slice().sort());
    expect([...errors, ...bErrors]).toEqual([]);
    await context.close();
  });
});

describe('rapid clicking', () => {
  it('Accept all clicked 10 times runs every script once and stores one decision', async () => {
    const url = server.page('/cc/rapid.html', sitePage({ body: trackers }));
    const { page, context, errors } = await openPage(browser);
    await page.goto(url);
    await page.getByRole('button', { name: 'Accept all' }).waitFor();
    const before = server.log.filter((p) => p.startsWith('/cc/')).length;
    const pixels = () => server.log.filter((p) => p === '/cc/pixel.gif?ads').length;
    const pixelsBefore = pixels();
    await page.evaluate(() => {
      const button = Array.from(document.querySelector('consent-gate')!.shadowRoot!.querySelectorAll('button')).find(
        (x) => x.textContent === 'Accept all',
      )!;
      for (let i = 0; i < 10; i++) button.click();
    });
    await expect.poll(() => marks(page)).toEqual(['necessary', 'analytics', 'tracker-js', 'ads']);
    await expect.poll(() => pixels() - pixelsBefore).toBe(1);
    expect(server.log.filter((p) => p.startsWith('/cc/')).length - before).toBe(2);
    expect((await context.cookies()).filter((c) => c.name === 'consent_gate')).toHaveLength(1);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Accept then Reject at once ends refused: the page reloads once and runs only the fallback', async () => {
    const url = server.page('/cc/flip.html', sitePage({ body: trackers }));
    const { page, context, errors } = await openPage(browser);
    await page.goto(url);
    await page.getByRole('button', { name: 'Accept all' }).waitFor();
    await page.evaluate(() => {
      const buttons = Array.from(document.querySelector('consent-gate')!.shadowRoot!.querySelectorAll('button'));
      buttons.find((x) => x.textContent === 'Accept all')!.click();
      buttons.find((x) => x.textContent === 'Reject all')!.click();
    });
    await expect.poll(async () => (await settle(page, () => window.ran))?.join()).toBe('no-analytics,necessary');
    expect(await cookieValue(context)).toMatch(/~!analytics\.!ads\.!customization\.!login$/);
    expect(await page.evaluate(() => performance.getEntriesByType('navigation')[0]!.toJSON().type)).toBe('reload');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("the visitor's choices stay between the visitor, the site and its receipt endpoint", () => {
  it('no request but the receipt and no console message carries the decision', async () => {
    const url = server.page(
      '/cc/privacy.html',
      sitePage({ body: trackers, attrs: 'data-log-url="/cc/log" data-google-consent-mode="on"' }),
    );
    const { page, context, errors } = await openPage(browser);
    const consoleAll: string[] = [];
    page.on('console', (m) => consoleAll.push(m.text()));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
    await page.goto(url);
    await page.getByRole('button', { name: 'Customize' }).click();
    await page.getByRole('button', { name: 'Save choices' }).click();
    await page.evaluate(() => window.consentGate.accept(['ads']));
    await expect.poll(() => server.bodies.get('/cc/log')?.length ?? 0).toBe(2);
    const id = await page.evaluate(() => window.consentGate.get().id!);
    const others = requests.filter((r) => !r.includes('/cc/log'));
    expect(
      others.some((r) => r.includes(id) || /analytics|granted|denied|consent_gate/.test(r.replace(/^GET \S+\/cc\/privacy\.html $/, ''))),
    ).toBe(false);
    expect(consoleAll.some((m) => m.includes(id) || m.includes('consent_gate='))).toBe(false);
    for (const body of server.bodies.get('/cc/log')!)
      expect(Object.keys(JSON.parse(body)).sort()).toEqual([
        'id',
        'lang',
        'method',
        'mode',
        'previous',
        'purposes',
        'revision',
        'shown',
        'timestamp',
        'url',
        'version',
      ]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
