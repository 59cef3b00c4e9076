import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { marks } from './gate-helpers';
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

const ours = (w: string[]) => w.filter((m) => m.startsWith('consent-gate:'));
const shadow = (page: Page, selector: string) =>
  page.evaluate((s) => Array.from(document.querySelector('consent-gate')!.shadowRoot!.querySelectorAll(s)).length, selector);

describe('a JSON config with HTML and script URLs in its texts', () => {
  const HTML = `<img src=x onerror="mark('xss')"><b id="injected">bold</b>`;
  const config = JSON.stringify({
    texts: { en: { title: HTML, body: `<a href="javascript:mark('href')">click</a>`, policy: '<script>mark("s")</script>' } },
    purposes: {
      analytics: {
        label: '<i id="label">Stats</i>',
        description: 'javascript:mark(1)',
        cookies: [{ name: '<b>_c</b>', provider: '<img src=y onerror=mark(2)>', description: 'x' }],
      },
    },
    __proto__: { polluted: 1 },
    constructor: { prototype: { polluted: 1 } },
  }).replace(/</g, '\\u003c');

  it('renders every text as text: no element injected, no handler run, nothing polluted', async () => {
    const head = `<script type="application/json" id="consent-gate-config">${config}</script>`;
    const url = server.page('/input/texts.html', sitePage({ head, body: trackers, attrs: 'data-policy-url="/privacy"' }));
    const { page, context, errors } = await openPage(browser);
    await page.goto(url);
    const notice = page.getByRole('dialog');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('<img src=x onerror="mark(\'xss\')">');
    await page.getByRole('button', { name: 'Customize' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('switch', { name: '<i id="label">Stats</i>' })
          .or(page.getByRole('checkbox', { name: '<i id="label">Stats</i>' }))
          .count(),
      )
      .toBe(1);
    for (const s of ['img', 'b', 'i', 'script', '#injected', '#label', 'a[href^="javascript"]']) expect(await shadow(page, s)).toBe(0);
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
    expect(await marks(page)).toEqual(['necessary']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a javascript: policy link: the notice shows no link and warns once naming data-policy-url', async () => {
    const url = server.page('/input/js-link.html', sitePage({ body: trackers, attrs: `data-policy-url=" java\tscript:mark('link')"` }));
    const { page, context, errors, warnings } = await openPage(browser);
    await page.goto(url);
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    expect(await shadow(page, 'a')).toBe(0);
    expect(ours(warnings).filter((w) => w.includes('data-policy-url'))).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with malformed or huge JSON, shows the built-in notice and warns once', async () => {
    for (const [path, text] of [
      ['/input/bad-json.html', '{"texts": {"en": '],
      ['/input/huge-json.html', JSON.stringify({ texts: { en: { title: 'x'.repeat(250_000) } } })],
    ]) {
      const head = `<script type="application/json" id="consent-gate-config">${text}</script>`;
      const { page, context, errors, warnings } = await openPage(browser);
      await page.goto(server.page(path!, sitePage({ head, body: trackers })));
      await expect.poll(() => page.getByRole('dialog', { name: 'Your privacy choices' }).isVisible()).toBe(true);
      expect(ours(warnings).filter((w) => w.includes('JSON config'))).toHaveLength(1);
      expect(await marks(page)).toEqual(['necessary']);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});

describe('every attribute broken at once', () => {
  it('still shows the notice, runs nothing, and warns once per attribute, naming it', async () => {
    const bad: Record<string, string> = {
      'data-purposes': '<b>;"',
      'data-mode': 'opt-maybe',
      'data-policy-url': 'javascript:alert(1)',
      'data-revision': 'x'.repeat(500),
      'data-expires': '-1',
      'data-cookie-name': 'a=b; Domain=evil.example',
      'data-cookie-domain': 'evil.example',
      'data-lang': '"><script>',
      'data-position': 'sideways',
      'data-theme': '\u202eneon',
      'data-gpc': 'sometimes',
      'data-google-consent-mode': 'maybe',
      'data-google-consent-wait': '1e9',
      'data-log-url': 'data:text/plain,x',
      'data-reload-on-withdraw': 'perhaps',
    };
    const attrs = Object.entries(bad)
      .map(([k, v]) => `${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
      .join(' ');
    const url = server.page('/input/attrs.html', sitePage({ body: trackers, attrs }));
    const { page, context, errors, warnings } = await openPage(browser);
    await page.goto(url);
    await expect.poll(() => page.getByRole('dialog', { name: 'Your privacy choices' }).isVisible()).toBe(true);
    expect(await marks(page)).toEqual(['necessary']);
    for (const name of Object.keys(bad))
      expect(
        ours(warnings).filter((w) => w.startsWith(`consent-gate: ${name}=`)),
        name,
      ).toHaveLength(1);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => marks(page)).toEqual(['necessary', 'analytics', 'ads']);
    expect((await context.cookies()).map((c) => c.name)).toEqual(['consent_gate']);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a tampered or foreign consent cookie', () => {
  const url = () => server.page('/input/cookie.html', sitePage({ body: trackers }));
  const time = () => Math.floor(Date.now() / 1000).toString(36);
  const cases: Array<[string, () => string]> = [
    ['garbage', () => 'analytics=yes'],
    ['truncated', () => `1~1~${time()}~0123456789ab`],
    ['percent-encoded', () => `1%7E1%7E${time()}%7E0123456789abcdef%7Eanalytics.ads`],
    ['4 KB long', () => `1~1~${time()}~0123456789abcdef~analytics.ads.${'x'.repeat(3900)}`],
    ['another format version', () => `2~1~${time()}~0123456789abcdef~analytics.ads.customization.login`],
  ];
  for (const [name, value] of cases) {
    it(`${name}: counts as no decision, shows the notice, runs nothing`, async () => {
      const { page, context, errors } = await openPage(browser);
      await context.addCookies([{ name: 'consent_gate', value: value(), url: url() }]);
      await page.goto(url());
      await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
      expect(await marks(page)).toEqual(['necessary']);
      expect(await page.evaluate(() => window.consentGate.get().decided)).toBe(false);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('with purposes the page does not know: keeps them, grants nothing new, asks about the rest', async () => {
    const { page, context, errors } = await openPage(browser);
    await context.addCookies([
      { name: 'consent_gate', value: `1~1~${time()}~0123456789abcdef~analytics.video.!maps`, url: server.url + '/' },
    ]);
    await page.goto(url());
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    expect(await marks(page)).toEqual(['analytics', 'necessary']);
    expect(await page.evaluate(() => window.consentGate.get().purposes)).toEqual({
      analytics: true,
      ads: false,
      customization: false,
      login: false,
    });
    await page.getByRole('button', { name: 'Reject all' }).click();
    await expect
      .poll(async () => (await context.cookies())[0]?.value.split('~')[4]?.split('.').sort())
      .toEqual(['!ads', '!analytics', '!customization', '!login', '!maps', 'video']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('written twice under different paths: the newest valid decision counts, whichever comes first', async () => {
    const older = Math.floor(Date.now() / 1000 - 3600).toString(36);
    const { page, context, errors } = await openPage(browser);
    const path = server.page('/input/deep/page.html', sitePage({ body: trackers }));
    await context.addCookies([
      {
        name: 'consent_gate',
        value: `1~1~${older}~00000000000000aa~analytics.ads.customization.login`,
        domain: '127.0.0.1',
        path: '/input/deep',
      },
      {
        name: 'consent_gate',
        value: `1~1~${time()}~00000000000000bb~!analytics.!ads.!customization.!login`,
        domain: '127.0.0.1',
        path: '/',
      },
    ]);
    await page.goto(path);
    await expect.poll(() => marks(page)).toEqual(['no-analytics', 'necessary']);
    expect(await page.evaluate(() => window.consentGate.get().id)).toBe('00000000000000bb');
    expect(await page.getByRole('dialog').count()).toBe(0);
    // The more specific path comes first in document.cookie: order did not decide.
    expect(await page.evaluate(() => document.cookie.indexOf('00000000000000aa') < document.cookie.indexOf('00000000000000bb'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
