import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite, openPage, sitePage, type TestServer } from './harness';
import { boxOf, pixels } from './ui-helpers';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
});

const same = (a: readonly number[], b: readonly number[]) => a.every((v, i) => Math.abs(v - b[i]!) <= 8);

// Forced colours (Windows High Contrast) repaint backgrounds in the system Canvas colour: whatever
// is drawn by a fill alone disappears unless it is drawn with system colours.
describe('in forced colours', () => {
  it.each(['light', 'dark'])('an off switch still shows its thumb, an on switch too (%s page)', async (scheme) => {
    const url = server.page(`/forced-switch-${scheme}.html`, sitePage({}));
    const { page, context } = await openPage(browser, {
      forcedColors: 'active',
      colorScheme: scheme as 'light' | 'dark',
      reducedMotion: 'reduce',
    });
    await page.goto(url);
    await page.getByRole('button', { name: 'Customize' }).click();
    const dialog = page.getByRole('dialog', { name: 'Privacy settings' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('switch', { name: 'Ad tracking' }).check();
    const off = await boxOf(page, '#cg-p-analytics');
    const on = await boxOf(page, '#cg-p-ads');
    // Thumb centre (2px border + 3px inset + 9px radius) against the empty part of the track.
    const [offThumb, offTrack, onThumb, onTrack] = await pixels(page, [
      { x: off.left + 14, y: off.top + 14 },
      { x: off.right - 12, y: off.top + 14 },
      { x: on.right - 14, y: on.top + 14 },
      { x: on.left + 12, y: on.top + 14 },
    ]);
    expect(same(offThumb!, offTrack!)).toBe(false);
    expect(same(onThumb!, onTrack!)).toBe(false);
    // On and off look different where the thumb is not.
    expect(same(offTrack!, onTrack!)).toBe(false);
    await context.close();
  });

  it('the centre notice has a border on all four sides, against the backdrop and its own inside', async () => {
    const url = server.page('/forced-center.html', sitePage({ attrs: 'data-position="center"' }));
    const { page, context } = await openPage(browser, {
      forcedColors: 'active',
      viewport: { width: 1024, height: 700 },
      reducedMotion: 'reduce',
    });
    await page.goto(url);
    await expect.poll(() => page.getByRole('button', { name: 'Customize' }).isVisible()).toBe(true);
    const box = await boxOf(page, '.notice');
    const midX = box.left + box.width / 2;
    const midY = box.top + box.height / 2;
    const [inside, top, right, bottom, left] = await pixels(page, [
      { x: box.left + 6, y: midY },
      { x: midX, y: box.top + 1 },
      { x: box.right - 1, y: midY },
      { x: midX, y: box.bottom - 1 },
      { x: box.left + 1, y: midY },
    ]);
    for (const [side, colour] of Object.entries({ top, right, bottom, left })) expect(same(colour!, inside!), side).toBe(false);
    await context.close();
  });

  it('the buttons keep a visible outline', async () => {
    const url = server.page('/forced-buttons.html', sitePage({}));
    const { page, context } = await openPage(browser, { forcedColors: 'active', reducedMotion: 'reduce' });
    await page.goto(url);
    await expect.poll(() => page.getByRole('button', { name: 'Customize' }).isVisible()).toBe(true);
    const button = await boxOf(page, '.btn');
    const [edge, inside] = await pixels(page, [
      { x: button.left + 1, y: button.top + button.height / 2 },
      { x: button.left + 6, y: button.top + button.height / 2 },
    ]);
    expect(same(edge!, inside!)).toBe(false);
    await context.close();
  });
});
