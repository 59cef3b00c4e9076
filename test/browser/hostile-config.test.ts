/**
 * Markup and polluted prototypes a page lets in must never configure us:
 * only the site owner's tag and JSON script do (issue 12, fails open 1 and 2).
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { everything, gateReady, marks, storeDecision } from './gate-helpers';
import { openPage, sitePage, useSite, type TestServer } from './harness';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
});

const trackers = `
<script type="text/plain" data-consent="analytics">mark('analytics')</script>
<script type="text/plain" data-consent="ads">mark('ads')</script>
<script>mark('necessary')</script>`;
const ours = (w: string[]) => w.filter((m) => m.startsWith('consent-gate:'));
const relabel = JSON.stringify({ texts: { en: { acceptAll: 'Reject all', rejectAll: 'Accept all' } } });

describe('a user post holding an element with the config id', () => {
  it('cannot relabel the buttons of a deferred tag: "Reject all" still refuses, with one warning naming the element', async () => {
    const post = `<article class="post"><div id="consent-gate-config" hidden>${relabel}</div></article>`;
    const url = server.page('/hostile/post-div.html', sitePage({ attrs: 'defer', body: post + trackers }));
    const { page, context, warnings, errors } = await openPage(browser);
    await page.goto(url);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => page.evaluate(() => window.consentGate.get().decided)).toBe(true);
    expect(await page.evaluate(() => window.consentGate.get().purposes)).toEqual({
      analytics: false,
      ads: false,
      customization: false,
      login: false,
    });
    expect(await marks(page)).toEqual(['necessary']);
    expect(ours(warnings).filter((w) => w.includes('<div id="consent-gate-config">'))).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("uses the owner's JSON script before the tag and never a second one a post adds after it", async () => {
    const owner = `<script type="application/json" id="consent-gate-config">${JSON.stringify({ texts: { en: { acceptAll: 'Allow everything' } } })}</script>`;
    const post = `<script type="application/json" id="consent-gate-config">${relabel}</script>`;
    const url = server.page('/hostile/second-json.html', sitePage({ head: owner, attrs: 'defer', body: post + trackers }));
    const { page, context, warnings } = await openPage(browser);
    await page.goto(url);
    await expect.poll(() => page.getByRole('button', { name: 'Allow everything' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => page.evaluate(() => window.consentGate.get().decided)).toBe(true);
    expect(await page.evaluate(() => window.consentGate.get().purposes.analytics)).toBe(false);
    expect(ours(warnings).filter((w) => /ignoring <script type="application\/json" id="consent-gate-config">/.test(w))).toHaveLength(1);
    await context.close();
  });

  it('with a JSON script only after a deferred tag and no data-config, uses none and says why', async () => {
    const late = `<script type="application/json" id="consent-gate-config">${relabel}</script>`;
    const url = server.page('/hostile/late-json.html', sitePage({ attrs: 'defer', body: late + trackers }));
    const { page, context, warnings } = await openPage(browser);
    await page.goto(url);
    await expect.poll(() => page.getByRole('button', { name: 'Accept all' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => page.evaluate(() => window.consentGate.get().decided)).toBe(true);
    expect(await page.evaluate(() => window.consentGate.get().purposes.ads)).toBe(false);
    expect(ours(warnings).filter((w) => w.includes('comes after the consent-gate tag'))).toHaveLength(1);
    await context.close();
  });

  it('reads a JSON script anywhere when the tag names it with data-config', async () => {
    const late = `<script type="application/json" id="site-consent">${JSON.stringify({ texts: { en: { acceptAll: 'Yes please' } } })}</script>`;
    const url = server.page('/hostile/named-json.html', sitePage({ attrs: 'defer data-config="site-consent"', body: late + trackers }));
    const { page, context, warnings } = await openPage(browser);
    await page.goto(url);
    await expect.poll(() => page.getByRole('button', { name: 'Yes please' }).count()).toBe(1);
    expect(ours(warnings)).toEqual([]);
    await context.close();
  });
});

describe('Object.prototype polluted before our script (a vulnerable query-string parser)', () => {
  const pollute = (props: Record<string, unknown>) =>
    `<script>${Object.entries(props)
      .map(([k, v]) => `Object.prototype[${JSON.stringify(k)}] = ${JSON.stringify(v)};`)
      .join('')}</script>`;

  it('does not turn opt-in into opt-out: nothing runs before a decision', async () => {
    const head = pollute({ mode: 'opt-out', gpc: 'ignore', reloadOnWithdraw: 'false', config: 'evil', cookieName: 'x', revision: '9' });
    const url = server.page('/hostile/pollute-mode.html', sitePage({ head, body: trackers }));
    const { page, context, errors } = await openPage(browser);
    await page.goto(url);
    await gateReady(page);
    await expect.poll(() => page.getByRole('button', { name: 'Accept all' }).count()).toBe(1);
    expect(await page.evaluate(() => window.consentGate.get())).toMatchObject({
      decided: false,
      revision: '1',
      purposes: { analytics: false, ads: false },
    });
    expect(await marks(page)).toEqual(['necessary']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('does not take texts or purposes from the prototype into the JSON config', async () => {
    const head =
      `<script>Object.prototype.texts = { en: { acceptAll: 'Reject all', rejectAll: 'Accept all' } };</script>` +
      `<script type="application/json" id="consent-gate-config">{"purposes": {"analytics": {"cookies": ["_ga"]}}}</script>`;
    const url = server.page('/hostile/pollute-texts.html', sitePage({ head, body: trackers }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => page.evaluate(() => window.consentGate.get().decided)).toBe(true);
    expect(await page.evaluate(() => window.consentGate.get().purposes.analytics)).toBe(false);
    expect(await marks(page)).toEqual(['necessary']);
    await context.close();
  });
});

describe('the JSON config split: the core reads cookie declarations, the UI the rest, the check file warns', () => {
  const misplaced = (declared: object) => `<script type="application/json" id="consent-gate-config">${JSON.stringify(declared)}</script>`;

  it('on a first visit, a misplaced top-level "cookies" is told once, naming the key and purposes.<id>.cookies', async () => {
    const head = misplaced({ cookies: { analytics: ['_ga'] }, purposes: { analytics: { label: 'Statistics' } } });
    const url = server.page('/hostile/json-misplaced.html', sitePage({ head, body: trackers }));
    const { page, context, warnings, errors } = await openPage(browser);
    const since = server.log.length;
    await page.goto(url);
    await expect.poll(() => page.getByRole('button', { name: 'Accept all' }).count()).toBe(1);
    await expect
      .poll(() => ours(warnings))
      .toEqual(['consent-gate: the JSON config key "cookies" is not known and is ignored; did you mean purposes.<id>.cookies?']);
    // Told by the check file, which the UI file loads after itself when the config has a problem.
    expect(server.log.slice(since)).toEqual(expect.arrayContaining(['/dist/consent-gate-ui.en.min.js', '/dist/consent-gate-check.min.js']));
    // Opening the dialog again does not repeat it.
    await page.getByRole('button', { name: 'Customize' }).click();
    await expect.poll(() => page.getByText('Statistics').count()).toBeGreaterThan(0);
    expect(ours(warnings)).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a returning visit, without loading the UI, clears the declared cookie of a refused purpose and keeps a granted one', async () => {
    const head = misplaced({
      purposes: { analytics: { cookies: ['_ga', { name: '_ga_*', provider: 'Google' }] }, ads: { cookies: ['_fbp'] } },
    });
    const url = server.page('/hostile/json-returning.html', sitePage({ head, body: trackers }));
    const { page, context, warnings, errors } = await openPage(browser);
    await storeDecision(context, url, { ...everything(true), analytics: false });
    await context.addCookies(['_ga', '_ga_X1', '_fbp', 'other'].map((name) => ({ name, value: '1', url: new URL('/', url).href })));
    const since = server.log.length;
    await page.goto(url);
    await gateReady(page);
    await expect.poll(async () => (await marks(page)).sort()).toEqual(['ads', 'necessary']);
    const names = (await context.cookies()).map((c) => c.name).sort();
    expect(names).toEqual(['_fbp', 'consent_gate', 'other']);
    expect(server.log.slice(since).filter((p) => /consent-gate-(ui|check)/.test(p))).toEqual([]);
    expect(ours(warnings)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
