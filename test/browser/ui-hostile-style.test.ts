import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite, openPage, sitePage, type TestServer } from './harness';
import { boxOf, consentCookie, contrast, pixels } from './ui-helpers';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
});

/**
 * What a <style> kept by a sanitizer can do: every --cg-* property made
 * transparent (or nonsense), and a fake bar, drawn above everything, whose
 * "Reject all" lies over our real "Accept all" and lets clicks through.
 */
const attack = (value: string) => `<style>
  consent-gate { --cg-bg: ${value} !important; --cg-fg: ${value} !important; --cg-accent: ${value} !important; --cg-accent-fg: ${value} !important;
    --cg-border: ${value} !important; --cg-muted: ${value} !important; --cg-focus: ${value} !important; --cg-z: -1 !important; --cg-font: NoSuchFont !important; }
  #fake { position: fixed; left: 0; right: 0; bottom: 0; height: 50vh; z-index: 2147483647; pointer-events: none;
    background: rgb(255, 0, 255); display: flex; align-items: flex-end; justify-content: center; gap: 8px; padding: 24px; font: 16px sans-serif; }
</style>`;
const fake = '<div id="fake"><span>Reject all</span><span>Accept all</span></div>';

/** The visible fill and the text colour of each notice button, as the visitor sees them. */
async function buttons(page: Page) {
  const boxes = await page.evaluate(() =>
    [...document.querySelector('consent-gate')!.shadowRoot!.querySelectorAll<HTMLElement>('.notice .btn')].map((b) => {
      const r = b.getBoundingClientRect();
      // The computed text colour, as sRGB bytes (the canvas converts lab() and friends).
      const ctx = new OffscreenCanvas(1, 1).getContext('2d')!;
      ctx.fillStyle = getComputedStyle(b).color;
      ctx.fillRect(0, 0, 1, 1);
      return {
        name: b.textContent,
        x: r.left + 6,
        y: r.top + r.height / 2,
        cx: r.left + r.width / 2,
        cy: r.top + r.height / 2,
        text: Array.from(ctx.getImageData(0, 0, 1, 1).data),
      };
    }),
  );
  const fills = await pixels(
    page,
    boxes.map((b) => ({ x: b.x, y: b.y })),
  );
  return boxes.map((b, i) => ({ ...b, fill: fills[i]! }));
}

describe('page CSS cannot hide our notice nor lay a fake one over it', () => {
  it.each(['transparent', 'rgb(255 255 255 / 0.01)', '12px'])(
    'with every --cg-* set to %s and a fake bar above it, the visitor sees and clicks our real buttons',
    async (value) => {
      const url = server.page(`/hostile-${encodeURIComponent(value)}.html`, sitePage({ head: attack(value), body: fake }));
      const { page, context } = await openPage(browser, { viewport: { width: 1024, height: 700 }, reducedMotion: 'reduce' });
      await page.goto(url);
      await expect.poll(() => page.getByRole('button', { name: 'Customize' }).isVisible()).toBe(true);
      const seen = await buttons(page);
      expect(seen.map((b) => b.name)).toEqual(['Accept all', 'Reject all', 'Customize']);
      for (const b of seen) {
        // Our fill, not the fake bar's magenta: we are drawn above it.
        expect(b.fill, b.name!).not.toEqual([255, 0, 255]);
        // The label is opaque and readable on it.
        expect(b.text[3], b.name!).toBe(255);
        expect(contrast(b.text, b.fill), b.name!).toBeGreaterThanOrEqual(4.5);
      }
      // The notice's own surface is opaque too.
      const panel = await boxOf(page, '.notice');
      const [surface] = await pixels(page, [{ x: panel.left + 4, y: panel.top + 6 }]);
      expect(surface).not.toEqual([255, 0, 255]);
      // What the visitor clicks is what they read.
      const accept = seen[0]!;
      await page.mouse.click(accept.cx, accept.cy);
      await expect.poll(() => consentCookie(page)).toMatch(/~analytics\.ads\.customization\.login$/);
      await context.close();
    },
  );

  it('a site theme still applies, with the label colour chosen for contrast', async () => {
    const head = '<style>consent-gate { --cg-accent: rgb(120, 0, 60); --cg-bg: rgb(250, 246, 240); --cg-radius: 0px; }</style>';
    const url = server.page('/hostile-theme.html', sitePage({ head, attrs: 'data-theme="light"' }));
    const { page, context } = await openPage(browser, { reducedMotion: 'reduce' });
    await page.goto(url);
    await expect.poll(() => page.getByRole('button', { name: 'Customize' }).isVisible()).toBe(true);
    const [b] = await buttons(page);
    expect(b!.fill).toEqual([120, 0, 60]);
    expect(b!.text.slice(0, 3)).toEqual([255, 255, 255]);
    const panel = await boxOf(page, '.notice');
    expect((await pixels(page, [{ x: panel.left + 4, y: panel.top + 6 }]))[0]).toEqual([250, 246, 240]);
    await context.close();
  });

  it('a light accent gets dark labels', async () => {
    const head = '<style>consent-gate { --cg-accent: #ffd54f; }</style>';
    const url = server.page('/hostile-light-accent.html', sitePage({ head, attrs: 'data-theme="light"' }));
    const { page, context } = await openPage(browser, { reducedMotion: 'reduce' });
    await page.goto(url);
    await expect.poll(() => page.getByRole('button', { name: 'Customize' }).isVisible()).toBe(true);
    const [b] = await buttons(page);
    expect(b!.text.slice(0, 3)).toEqual([0, 0, 0]);
    expect(contrast(b!.text, b!.fill)).toBeGreaterThanOrEqual(4.5);
    await context.close();
  });
});
