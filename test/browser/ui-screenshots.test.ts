import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite, openPage, sitePage, type TestServer } from './harness';
import { jsonConfig } from './ui-helpers';

/**
 * The pictures in docs/screenshots/: written to test-results/screenshots, and
 * to docs/screenshots with UPDATE_SCREENSHOTS=1 (then look at them before
 * committing). Each is taken once what it shows is asserted to be there.
 */
const DIR = process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots';
mkdirSync(DIR, { recursive: true });

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
});

const config = jsonConfig({
  purposes: {
    analytics: { cookies: [{ name: '_stat_id', provider: 'this site', duration: '1 year', description: 'Tells visits apart' }] },
  },
});
const body = `<nav><a href="#">Home</a> <a href="#">Shop</a></nav><p style="font:16px serif">${'Fresh bread every morning. '.repeat(40)}</p>`;

const shots: Array<{ name: string; options: BrowserContextOptions; position?: string; theme?: string; dialog?: boolean }> = [];
for (const [size, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['320', { width: 320, height: 640 }],
] as const) {
  for (const theme of ['light', 'dark']) {
    shots.push({ name: `notice-${size}-${theme}`, options: { viewport, colorScheme: theme as 'light' | 'dark' }, theme });
    shots.push({ name: `dialog-${size}-${theme}`, options: { viewport, colorScheme: theme as 'light' | 'dark' }, theme, dialog: true });
  }
  shots.push({ name: `forced-colors-notice-${size}`, options: { viewport, forcedColors: 'active' } });
  shots.push({ name: `forced-colors-dialog-${size}`, options: { viewport, forcedColors: 'active' }, dialog: true });
  shots.push({ name: `forced-colors-center-${size}`, options: { viewport, forcedColors: 'active' }, position: 'center' });
}
for (const position of ['bottom', 'top', 'center'])
  shots.push({ name: `notice-320x256-${position}`, options: { viewport: { width: 320, height: 256 } }, position });
shots.push({ name: 'dialog-320x256', options: { viewport: { width: 320, height: 256 } }, dialog: true });

describe('screenshots for the docs', () => {
  it.each(shots)('$name', async ({ name, options, position = 'bottom', theme = 'auto', dialog }) => {
    const url = server.page(
      `/shot-${name}.html`,
      sitePage({ attrs: `data-position="${position}" data-theme="${theme}" data-policy-url="/privacy"`, head: config, body }),
    );
    const { page, context } = await openPage(browser, { ...options, reducedMotion: 'reduce' });
    await page.goto(url);
    await expect.poll(() => page.getByRole('button', { name: 'Customize' }).isVisible()).toBe(true);
    if (dialog) {
      await page.getByRole('button', { name: 'Customize' }).click();
      await expect.poll(() => page.getByRole('dialog', { name: 'Privacy settings' }).isVisible()).toBe(true);
      await page.getByRole('dialog', { name: 'Privacy settings' }).getByRole('switch', { name: 'Analytics' }).check();
    }
    await page.screenshot({ path: `${DIR}/${name}.png` });
    await context.close();
  });
});
