import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite, openPage, sitePage, type TestServer } from './harness';
import { jsonConfig } from './ui-helpers';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
});

/** Pictures to look at, not compared: a folder of their own (ui-screenshots writes the docs' pictures, with some of the same names). */
const SHOTS = 'test-results/layout';
mkdirSync(SHOTS, { recursive: true });

/** A screenshot once the notice's entry animation (0.2 s) has finished, so no picture catches it mid-fade. */
async function shot(page: Page, name: string) {
  await page.evaluate(() =>
    Promise.all((document.querySelector('consent-gate')?.shadowRoot?.getAnimations() ?? []).map((animation) => animation.finished)),
  );
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

const config = jsonConfig({
  purposes: {
    analytics: { cookies: [{ name: '_stat_id', provider: 'this site', duration: '1 year', description: 'Tells visits apart' }, '_stat_*'] },
    ads: { cookies: [{ name: 'ad_click', provider: 'Ads Inc.', duration: '90 days' }] },
  },
});
const page_body = `<p style="font:16px serif">${'Page text. '.repeat(300)}</p>`;

/** Everything of `root` lies inside the viewport horizontally and nothing scrolls sideways (WCAG 1.4.10 reflow). */
async function assertReflows(page: Page, panelSelector: string) {
  const box = await page.evaluate((sel) => {
    const root = document.querySelector('consent-gate')!.shadowRoot!;
    const panel = root.querySelector<HTMLElement>(sel)!;
    const buttons = [...panel.querySelectorAll('button')].map((b) => b.getBoundingClientRect());
    return {
      vw: document.documentElement.clientWidth,
      sideways: panel.scrollWidth - panel.clientWidth,
      pageSideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      right: Math.max(...buttons.map((b) => b.right)),
      left: Math.min(...buttons.map((b) => b.left)),
      minSize: Math.min(...buttons.map((b) => Math.min(b.width, b.height))),
    };
  }, panelSelector);
  expect(box.sideways).toBeLessThanOrEqual(0);
  expect(box.pageSideways).toBeLessThanOrEqual(0);
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(box.vw);
  expect(box.minSize).toBeGreaterThanOrEqual(24);
}

/** Widths of the three notice buttons (docs/notice.md#the-notice: equally prominent). */
const buttonWidths = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelector('consent-gate')!.shadowRoot!.querySelectorAll('.notice .btn, .backdrop .btn')].map((b) =>
      Math.round(b.getBoundingClientRect().width),
    ),
  );

// 640x400 is 1280x800 at 200% zoom: the same CSS pixels a zoomed page gets.
const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'zoom200', width: 640, height: 400 },
  { name: 'narrow', width: 320, height: 640 },
];

describe.each(viewports)('at $width x $height', ({ name, width, height }) => {
  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: the notice and the dialog fit without sideways scrolling; buttons are equal and big enough`, async () => {
      const url = server.page(
        `/layout-${name}-${theme}.html`,
        sitePage({ attrs: `data-theme="${theme}" data-policy-url="/privacy"`, head: config, body: page_body }),
      );
      const { page, context } = await openPage(browser, { viewport: { width, height }, reducedMotion: 'reduce' });
      await page.goto(url);
      await expect.poll(() => page.getByRole('button', { name: 'Customize' }).isVisible()).toBe(true);
      await assertReflows(page, '.notice');
      const widths = await buttonWidths(page);
      expect(widths).toHaveLength(3);
      expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(1);
      await shot(page, `notice-${name}-${theme}`);

      await page.getByRole('button', { name: 'Customize' }).click();
      const dialog = page.getByRole('dialog', { name: 'Privacy settings' });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      await dialog.getByText('Cookies (2)').click();
      await assertReflows(page, '.dialog');
      // Everything stays reachable: the last button scrolls into view inside the dialog.
      await dialog.getByRole('button', { name: 'Reject all' }).scrollIntoViewIfNeeded();
      expect(await dialog.getByRole('button', { name: 'Reject all' }).isVisible()).toBe(true);
      await dialog.evaluate((d) => d.scrollTo(0, 0));
      await shot(page, `dialog-${name}-${theme}`);
      await context.close();
    });
  }
});

describe('every language at 320 px', () => {
  it.each(['de', 'fr', 'es', 'it', 'nl', 'pt', 'pl'])('%s: the notice and the dialog fit, with long words and GPC note', async (lang) => {
    const url = server.page(
      `/layout-320-${lang}.html`,
      sitePage({ attrs: `data-lang="${lang}" data-policy-url="/privacy"`, head: config }),
    );
    const { page, context } = await openPage(browser, { viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' });
    await page.addInitScript(() => Object.defineProperty(navigator, 'globalPrivacyControl', { value: true }));
    await page.goto(url);
    await expect.poll(() => page.locator('consent-gate').evaluate((h) => h.shadowRoot!.querySelectorAll('.notice .btn').length)).toBe(3);
    await assertReflows(page, '.notice');
    await page.locator('consent-gate .customize').click();
    await expect.poll(() => page.locator('consent-gate').evaluate((h) => !!h.shadowRoot!.querySelector('.dialog'))).toBe(true);
    await assertReflows(page, '.dialog');
    await shot(page, `dialog-narrow-${lang}`);
    await context.close();
  });
});

describe('positions', () => {
  it.each(['top', 'bottom'])('a %s bar covers the page and makes room for it at that end, nothing else moves', async (position) => {
    const baseline = server.page(`/layout-base-${position}.html`, sitePage({ script: '/nothing.js', body: page_body }));
    const url = server.page(`/layout-${position}.html`, sitePage({ attrs: `data-position="${position}"`, body: page_body }));
    // Reduced motion: the entrance animation would move the bar for a moment.
    const { page, context } = await openPage(browser, { viewport: { width: 1024, height: 700 }, reducedMotion: 'reduce' });
    await page.goto(baseline);
    const [top, height] = await page.evaluate(() => [
      document.querySelector('h1')!.getBoundingClientRect().top,
      document.documentElement.scrollHeight,
    ]);
    await page.goto(url);
    await expect.poll(() => page.getByRole('button', { name: 'Customize' }).isVisible()).toBe(true);
    const bar = await page.evaluate(() =>
      document.querySelector('consent-gate')!.shadowRoot!.querySelector('.notice')!.getBoundingClientRect().toJSON(),
    );
    // WCAG 2.4.11: the page can scroll every part of itself clear of the bar; under a top bar it starts below it.
    const state = () =>
      page.evaluate(() => ({
        h1: document.querySelector('h1')!.getBoundingClientRect().top,
        // Room between the end of the page's content and the end of the scrollable page.
        room: document.documentElement.scrollHeight - (document.querySelector('p:last-of-type')!.getBoundingClientRect().bottom + scrollY),
      }));
    if (position === 'top') await expect.poll(async () => (await state()).h1 >= bar.height + top).toBe(true);
    else await expect.poll(async () => ((s) => s.h1 === top && s.room >= Math.floor(bar.height))(await state())).toBe(true);
    expect(height).toBeGreaterThan(0);
    if (position === 'top') expect(bar.top).toBe(0);
    else expect(Math.round(bar.bottom)).toBe(700);
    await shot(page, `notice-${position}`);
    await context.close();
  });

  it('keyboard focus on the page never hides behind the bar (WCAG 2.4.11), and the page is left as it was after', async () => {
    // In view, but where the bar covers it: the browser sees no reason to scroll unless told.
    const body = '<a href="#" id="low" style="position:absolute;top:calc(100vh - 40px)">Low link</a><div style="height:3000px"></div>';
    const url = server.page('/layout-obscured.html', sitePage({ body }));
    const { page, context } = await openPage(browser, { viewport: { width: 1024, height: 700 }, reducedMotion: 'reduce' });
    await page.goto(url);
    await expect.poll(() => page.getByRole('button', { name: 'Customize' }).isVisible()).toBe(true);
    for (let i = 0; i < 8 && (await page.evaluate(() => document.activeElement?.id)) !== 'low'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('low');
    const [linkBottom, barTop] = await page.evaluate(() => [
      document.getElementById('low')!.getBoundingClientRect().bottom,
      document.querySelector('consent-gate')!.shadowRoot!.querySelector('.notice')!.getBoundingClientRect().top,
    ]);
    expect(linkBottom).toBeLessThanOrEqual(barTop);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.getAttribute('style') ?? '')).toBe('');
    await context.close();
  });

  it("the page's scroll padding follows the bar's height when the window narrows and the bar grows", async () => {
    const url = server.page('/layout-narrowing.html', sitePage({ body: page_body }));
    const { page, context } = await openPage(browser, { viewport: { width: 1024, height: 700 }, reducedMotion: 'reduce' });
    await page.goto(url);
    const state = () =>
      page.evaluate(() => ({
        padding: document.documentElement.style.getPropertyValue('scroll-padding-bottom'),
        bar: document.querySelector('consent-gate')!.shadowRoot!.querySelector<HTMLElement>('.notice')!.offsetHeight + 'px',
      }));
    await expect.poll(async () => ((s) => s.padding !== '' && s.padding === s.bar)(await state())).toBe(true);
    const wide = (await state()).bar;
    await page.setViewportSize({ width: 320, height: 640 });
    await expect.poll(async () => ((s) => s.padding === s.bar && s.bar !== wide)(await state())).toBe(true);
    await context.close();
  });

  it('center is a modal over a backdrop that covers the viewport', async () => {
    const url = server.page('/layout-center.html', sitePage({ attrs: 'data-position="center"', body: page_body }));
    const { page, context } = await openPage(browser, { viewport: { width: 1024, height: 700 } });
    await page.goto(url);
    const notice = page.getByRole('dialog', { name: 'Your privacy choices' });
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.getAttribute('aria-modal')).toBe('true');
    // A click in the page's corner lands on the backdrop, not on the page.
    expect(await page.evaluate(() => document.elementFromPoint(5, 5)?.localName)).toBe('consent-gate');
    await shot(page, `notice-center`);
    await context.close();
  });
});
