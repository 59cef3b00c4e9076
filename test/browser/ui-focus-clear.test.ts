import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite, openPage, type TestServer } from './harness';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
});

/** A short shop page, the kind that cannot scroll far: top navigation, a text, a newsletter form at the end. */
const shop = (position: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bakery</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/dist/consent-gate.min.js" data-position="${position}"></script>
</head><body style="font:16px/1.4 sans-serif">
<nav><a href="#home">Home</a> <a href="#shop">Shop</a> <a href="#about">About us</a></nav>
<main><h1>Fresh bread</h1><p>Sourdough, rye and spelt, baked every morning.</p>
<form id="newsletter" onsubmit="return false"><label>Email <input type="email" name="email"></label>
<button type="submit">Subscribe</button></form></main>
<footer><a href="#imprint">Imprint</a></footer>
</body></html>`;

interface Seen {
  id: string;
  top: number;
  bottom: number;
  vh: number;
  bar: { top: number; bottom: number };
}

/** Tabs through the whole page once; for every page control that gets focus, where it is and where the bar is. */
async function tabThrough(page: Page): Promise<{ seen: Seen[]; controls: string[] }> {
  const controls = await page.evaluate(() =>
    [...document.querySelectorAll('a[href], input, button')].map((el) => el.textContent?.trim() || el.getAttribute('name') || ''),
  );
  const seen: Seen[] = [];
  for (let i = 0; i < controls.length + 8; i++) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el.localName === 'consent-gate' || el === document.body) return null;
      const r = el.getBoundingClientRect();
      const bar = document.querySelector('consent-gate')!.shadowRoot!.querySelector('.notice')!.getBoundingClientRect();
      return {
        id: el.textContent?.trim() || el.getAttribute('name') || '',
        top: r.top,
        bottom: r.bottom,
        vh: innerHeight,
        bar: { top: bar.top, bottom: bar.bottom },
      };
    });
    if (here) seen.push(here);
  }
  return { seen, controls };
}

const viewports = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
  // 1280x1024 at 400% zoom (WCAG 1.4.10).
  { width: 320, height: 256 },
];

describe.each(viewports)('at $width x $height', ({ width, height }) => {
  it.each(['bottom', 'top'])('every page control scrolls clear of a %s bar when it gets keyboard focus (WCAG 2.4.11)', async (position) => {
    const url = server.page(`/clear-${position}-${width}x${height}.html`, shop(position));
    const { page, context } = await openPage(browser, { viewport: { width, height }, reducedMotion: 'reduce' });
    await page.goto(url);
    await expect.poll(() => page.getByRole('button', { name: 'Customize' }).isVisible()).toBe(true);
    const bar = await page.evaluate(
      () => document.querySelector('consent-gate')!.shadowRoot!.querySelector('.notice')!.getBoundingClientRect().height,
    );
    // A bar never takes more than about half of a short viewport; its own content scrolls.
    expect(bar).toBeLessThanOrEqual(Math.max(height / 2, height - 240) + 1);
    const { seen, controls } = await tabThrough(page);
    expect(new Set(seen.map((s) => s.id))).toEqual(new Set(controls));
    for (const s of seen) {
      // Wholly inside the viewport and wholly outside the bar.
      expect(s.top, s.id).toBeGreaterThanOrEqual(0);
      expect(s.bottom, s.id).toBeLessThanOrEqual(s.vh);
      if (position === 'bottom') expect(s.bottom, s.id).toBeLessThanOrEqual(s.bar.top + 0.5);
      else expect(s.top, s.id).toBeGreaterThanOrEqual(s.bar.bottom - 0.5);
    }
    await context.close();
  });
});

describe('the room the bar takes', () => {
  it('is given back after the decision: the page is as long as before and starts where it did', async () => {
    const url = server.page('/clear-undo.html', shop('top'));
    const { page, context } = await openPage(browser, { viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    await page.goto(url);
    await expect.poll(() => page.getByRole('button', { name: 'Customize' }).isVisible()).toBe(true);
    const bar = await page.evaluate(
      () => document.querySelector('consent-gate')!.shadowRoot!.querySelector('.notice')!.getBoundingClientRect().height,
    );
    // Under a top bar the page starts below it: the navigation is not covered even at scroll position 0.
    await expect.poll(() => page.evaluate(() => document.querySelector('nav')!.getBoundingClientRect().top)).toBeGreaterThanOrEqual(bar);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => page.evaluate(() => document.querySelector('nav')!.getBoundingClientRect().top)).toBeLessThan(bar);
    expect(
      await page.evaluate(() => [
        document.querySelectorAll('consent-gate-reserve').length,
        document.documentElement.getAttribute('style') ?? '',
      ]),
    ).toEqual([0, '']);
    await context.close();
  });
});
