import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite, openPage, sitePage, type TestServer } from './harness';
import { jsonConfig } from './ui-helpers';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
});

/** WCAG 1.4.12's values, as the text-spacing bookmarklets and extensions apply them. */
const SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
const config = jsonConfig({
  purposes: {
    analytics: { cookies: [{ name: '_stat_id', provider: 'this site', duration: '1 year', description: 'Tells visits apart' }] },
  },
});

/**
 * A user stylesheet reaches into shadow trees (user-origin styles are not
 * scoped); a page stylesheet does not. The equivalent: the same rules in the
 * page and in each of our shadow roots.
 */
async function applyUserSpacing(page: Page) {
  await page.evaluate((css) => {
    for (const host of document.querySelectorAll('consent-gate')) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      host.shadowRoot!.adoptedStyleSheets = [...host.shadowRoot!.adoptedStyleSheets, sheet];
    }
  }, SPACING);
}

/** Every text-holding element of the open panel whose content is cut: wider or taller than its box and not scrollable. */
function clipped(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const root = document.querySelector('consent-gate')!.shadowRoot!;
    const panel = root.querySelector<HTMLElement>(sel)!;
    const out: string[] = [];
    if (panel.scrollWidth > panel.clientWidth + 1) out.push('panel scrolls sideways');
    for (const el of panel.querySelectorAll<HTMLElement>('button, label, h2, p, summary, dt, dd, a')) {
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) out.push(`${el.localName} "${el.textContent}" is cut sideways`);
      if (el.scrollHeight > el.clientHeight + 1 && el.clientHeight > 0 && getComputedStyle(el).overflowY !== 'visible')
        out.push(`${el.localName} "${el.textContent}" is cut vertically`);
      const r = el.getBoundingClientRect();
      const p = panel.getBoundingClientRect();
      if (r.left < p.left - 1 || r.right > p.right + 1) out.push(`${el.localName} "${el.textContent}" sticks out of the panel`);
    }
    return out;
  }, selector);
}

describe('text spacing (WCAG 1.4.12)', () => {
  it("a page's text-spacing override reaches the notice: letter and word spacing inherit", async () => {
    const url = server.page('/spacing-inherit.html', sitePage({ head: `<style>${SPACING}</style>` }));
    const { page, context } = await openPage(browser, { reducedMotion: 'reduce' });
    await page.goto(url);
    await expect.poll(() => page.getByRole('button', { name: 'Customize' }).isVisible()).toBe(true);
    const spacing = await page.evaluate(() => {
      const root = document.querySelector('consent-gate')!.shadowRoot!;
      return ['#cg-body', '.btn'].map((sel) => {
        const s = getComputedStyle(root.querySelector(sel)!);
        return { letter: parseFloat(s.letterSpacing) || 0, word: parseFloat(s.wordSpacing) || 0 };
      });
    });
    for (const { letter, word } of spacing) {
      // 0.12em and 0.16em of the page's 16px, inherited as lengths.
      expect(letter).toBeGreaterThanOrEqual(1.9);
      expect(word).toBeGreaterThanOrEqual(2.5);
    }
    await context.close();
  });

  describe.each([
    { width: 1280, height: 800 },
    { width: 320, height: 640 },
  ])('at $width px', ({ width, height }) => {
    it.each(['bottom', 'center'])('nothing in the %s notice nor in the dialog is cut with the standard spacing', async (position) => {
      const url = server.page(
        `/spacing-${position}-${width}.html`,
        sitePage({
          attrs: `data-position="${position}" data-policy-url="/privacy" data-lang="de"`,
          head: `${config}<style>${SPACING}</style>`,
        }),
      );
      const { page, context } = await openPage(browser, { viewport: { width, height }, reducedMotion: 'reduce' });
      await page.goto(url);
      await expect.poll(() => page.getByRole('button', { name: 'Anpassen' }).isVisible()).toBe(true);
      await applyUserSpacing(page);
      expect(await clipped(page, '.notice')).toEqual([]);
      await page.getByRole('button', { name: 'Anpassen' }).click();
      await expect.poll(() => page.getByRole('dialog', { name: 'Datenschutz-Einstellungen' }).isVisible()).toBe(true);
      await applyUserSpacing(page);
      await page.getByRole('dialog').getByText('Cookies (1)').click();
      expect(await clipped(page, '.dialog')).toEqual([]);
      await context.close();
    });
  });
});

describe('font size', () => {
  const buttonSize = (page: Page) =>
    page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('consent-gate')!.shadowRoot!.querySelector('.btn')!).fontSize));

  it("follows the browser's font-size setting", async () => {
    const url = server.page('/font-browser.html', sitePage({}));
    const { page, context } = await openPage(browser, { reducedMotion: 'reduce' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.enable');
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
    await page.goto(url);
    await expect.poll(() => page.getByRole('button', { name: 'Customize' }).isVisible()).toBe(true);
    expect(await buttonSize(page)).toBeCloseTo(22.5, 1);
    await context.close();
  });

  it.each([
    ['125%', 18.75],
    // The "62.5% trick" shrinks rem to 10px: the notice keeps the visitor's default size.
    ['62.5%', 15],
  ])('with <html style="font-size: %s"> the buttons are %spx', async (root, size) => {
    const url = server.page(`/font-root-${root}.html`, sitePage({ head: `<style>html { font-size: ${root} }</style>` }));
    const { page, context } = await openPage(browser, { reducedMotion: 'reduce' });
    await page.goto(url);
    await expect.poll(() => page.getByRole('button', { name: 'Customize' }).isVisible()).toBe(true);
    expect(await buttonSize(page)).toBeCloseTo(size, 1);
    await context.close();
  });
});
