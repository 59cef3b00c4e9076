import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite, openPage, sitePage, type TestServer } from './harness';
import { consentCookie } from './ui-helpers';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
});

/** Computed style of the first element matching `selector` in the notice's shadow root. */
function styleOf(page: Page, selector: string, props: string[]) {
  return page.evaluate(
    ([sel, names]) => {
      const el = document.querySelector('consent-gate')!.shadowRoot!.querySelector(sel as string)!;
      const style = getComputedStyle(el);
      return Object.fromEntries((names as string[]).map((n) => [n, style.getPropertyValue(n)]));
    },
    [selector, props] as const,
  );
}

const visibleButtons = (page: Page) => expect.poll(() => page.getByRole('button', { name: 'Customize' }).isVisible()).toBe(true);

describe('page CSS does not reach in', () => {
  it('a page with `* { all: unset }`, hidden buttons and a hidden host still gets a working notice', async () => {
    const hostile = `<style>
      * { all: unset !important; }
      button { display: none !important; }
      consent-gate { display: none !important; visibility: hidden !important; }
      body * { font-size: 2px !important; color: transparent !important; }
    </style>`;
    const url = server.page('/style-hostile.html', sitePage({ head: hostile }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await visibleButtons(page);
    expect(await styleOf(page, '.notice', ['position', 'font-size'])).toEqual({ position: 'fixed', 'font-size': '15px' });
    expect(await styleOf(page, '.btn', ['display', 'min-height'])).toEqual({ display: 'block', 'min-height': '44px' });
    await page.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => consentCookie(page)).toMatch(/~!analytics/);
    await context.close();
  });

  it('and notice CSS does not reach out: the page keeps its own button and paragraph styles', async () => {
    const body = '<button id="own">Page button</button><p id="para">Page paragraph</p>';
    const url = server.page('/style-out.html', sitePage({ body, head: '<style>p { margin: 3px } </style>' }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await visibleButtons(page);
    const own = await page.evaluate(() => {
      const b = getComputedStyle(document.getElementById('own')!);
      return { minHeight: b.minHeight, bg: b.backgroundColor, margin: getComputedStyle(document.getElementById('para')!).margin };
    });
    expect(own).toEqual({ minHeight: '0px', bg: 'rgb(239, 239, 239)', margin: '3px' });
    await context.close();
  });
});

describe('theming', () => {
  it('custom properties set on the host restyle the notice; the label colour follows the accent for contrast (--cg-accent-fg is not read)', async () => {
    const head = '<style>consent-gate { --cg-accent: rgb(120, 0, 60); --cg-accent-fg: rgb(120, 0, 61); --cg-radius: 0px; }</style>';
    const url = server.page('/style-theme.html', sitePage({ head, attrs: 'data-theme="light"' }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await visibleButtons(page);
    expect(await styleOf(page, '.btn', ['background-image', 'color', 'border-top-left-radius'])).toEqual({
      // Our accent, made opaque (relative colour syntax serializes in color(srgb …)).
      'background-image': 'linear-gradient(color(srgb 0.470588 0 0.235294) 0px, color(srgb 0.470588 0 0.235294) 0px)',
      color: 'lab(100 0 0)',
      'border-top-left-radius': '0px',
    });
    await context.close();
  });

  it.each([
    ['light', 'dark', 'rgb(255, 255, 255)'],
    ['dark', 'light', 'rgb(27, 29, 34)'],
    ['auto', 'dark', 'rgb(27, 29, 34)'],
    ['auto', 'light', 'rgb(255, 255, 255)'],
  ] as const)('data-theme="%s" with a %s colour scheme paints the notice %s', async (theme, scheme, bg) => {
    const url = server.page(`/style-${theme}-${scheme}.html`, sitePage({ attrs: `data-theme="${theme}"` }));
    const { page, context } = await openPage(browser, { colorScheme: scheme });
    await page.goto(url);
    await visibleButtons(page);
    expect((await styleOf(page, '.notice', ['background-color']))['background-color']).toBe(bg);
    await context.close();
  });
});

describe('motion', () => {
  it('animates the entrance only when the visitor has not asked for reduced motion', async () => {
    const url = server.page('/style-motion.html', sitePage({}));
    for (const [reducedMotion, name] of [
      ['reduce', 'none'],
      ['no-preference', 'cg-in'],
    ] as const) {
      const { page, context } = await openPage(browser, { reducedMotion });
      await page.goto(url);
      await visibleButtons(page);
      expect((await styleOf(page, '.notice', ['animation-name']))['animation-name']).toBe(name);
      await context.close();
    }
  });
});

describe("Content-Security-Policy: style-src 'self'", () => {
  it('styles the notice (constructable stylesheet) and causes no style violation', async () => {
    const csp = { 'content-security-policy': "default-src 'self'; style-src 'self'; script-src 'self' 'unsafe-inline'" };
    const head = `<script>window.violations = []; document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));</script>`;
    const url = server.page('/style-csp.html', sitePage({ head }), csp);
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await visibleButtons(page);
    expect(await styleOf(page, '.notice', ['position', 'background-color'])).toEqual({
      position: 'fixed',
      'background-color': 'rgb(255, 255, 255)',
    });
    expect(await page.locator('consent-gate').evaluate((h) => h.shadowRoot!.querySelectorAll('style').length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    await context.close();
  });
});

describe('no flash', () => {
  it('is styled from the first moment it is in the page', async () => {
    // Records, at the first mutation that adds the host (before any paint), whether its panel is already styled.
    const head = `<script>
      window.firstSeen = null;
      new MutationObserver((records, observer) => {
        const host = document.querySelector('consent-gate');
        if (!host) return;
        observer.disconnect();
        const panel = host.shadowRoot && host.shadowRoot.querySelector('.notice');
        window.firstSeen = panel ? getComputedStyle(panel).position : 'empty';
      }).observe(document.documentElement, { childList: true, subtree: true });
    </script>`;
    const url = server.page('/style-first.html', sitePage({ head }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await expect.poll(() => page.evaluate(() => (window as unknown as { firstSeen: string | null }).firstSeen)).toBe('fixed');
    await context.close();
  });

  it('renders nothing at all when a valid decision exists', async () => {
    const url = server.page('/style-decided.html', sitePage({}));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => consentCookie(page)).toBeTruthy();
    await page.reload();
    await expect.poll(() => page.evaluate(() => typeof window.consentGate)).toBe('object');
    // Not even the host: a returning visitor's page gets nothing from the UI until it is asked for.
    expect(await page.locator('consent-gate').count()).toBe(0);
    await page.evaluate(() => window.consentGate.show());
    await expect.poll(() => page.getByRole('dialog', { name: 'Privacy settings' }).isVisible()).toBe(true);
    await context.close();
  });
});
