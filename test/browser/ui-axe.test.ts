import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite, openPage, sitePage, type TestServer } from './harness';
import { jsonConfig } from './ui-helpers';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

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

interface Finding {
  id: string;
  impact: string | null;
  targets: string[];
}

/** Runs axe-core on the consent-gate host and its shadow tree; returns serious and critical findings. */
async function scan(page: Page, host = 'consent-gate'): Promise<Finding[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (host) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown }> }> }>;
        };
      }
    ).axe;
    const { violations } = await axe.run({ include: [[host]] }, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, host);
}

const cases = ['bottom', 'top', 'center'].flatMap((position) =>
  (['light', 'dark', 'auto-dark'] as const).map((theme) => ({ position, theme })),
);

describe.each(cases)('axe-core, $position, $theme', ({ position, theme }) => {
  it('finds no serious or critical violation in the notice nor in the dialog (with GPC note and cookie list)', async () => {
    const attrs = `data-position="${position}" data-theme="${theme === 'auto-dark' ? 'auto' : theme}" data-policy-url="/privacy"`;
    const url = server.page(`/axe-${position}-${theme}.html`, sitePage({ attrs, head: config }));
    const { page, context } = await openPage(browser, { colorScheme: theme === 'light' ? 'light' : 'dark', reducedMotion: 'reduce' });
    await page.addInitScript(() => Object.defineProperty(navigator, 'globalPrivacyControl', { value: true }));
    await page.goto(url);
    await expect.poll(() => page.getByRole('button', { name: 'Customize' }).isVisible()).toBe(true);
    expect(await scan(page)).toEqual([]);
    await page.getByRole('button', { name: 'Customize' }).click();
    const dialog = page.getByRole('dialog', { name: 'Privacy settings' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByText('Cookies (1)').click();
    expect(await dialog.getByText('_stat_id').isVisible()).toBe(true);
    expect(await scan(page)).toEqual([]);
    await context.close();
  });
});

it.each(['light', 'dark'])('finds no serious or critical violation in a blocked iframe placeholder (%s)', async (theme) => {
  const body = '<iframe title="Bakery video" data-consent="customization" data-src="/video.html" width="400" height="220"></iframe>';
  const url = server.page(`/axe-placeholder-${theme}.html`, sitePage({ attrs: `data-theme="${theme}"`, body }));
  const { page, context } = await openPage(browser, { reducedMotion: 'reduce' });
  await page.goto(url);
  await expect.poll(() => page.getByRole('button', { name: 'Allow Customization' }).isVisible()).toBe(true);
  expect(await scan(page, 'consent-gate-placeholder')).toEqual([]);
  await context.close();
});

it('axe-core does see a violation in the shadow root when there is one (the scan is not blind)', async () => {
  const url = server.page('/axe-broken.html', sitePage({}));
  const { page, context } = await openPage(browser);
  await page.goto(url);
  await expect.poll(() => page.getByRole('button', { name: 'Customize' }).isVisible()).toBe(true);
  await page.evaluate(() => {
    const button = document.querySelector('consent-gate')!.shadowRoot!.querySelector('button')!;
    button.textContent = '';
  });
  expect((await scan(page)).map((f) => f.id)).toContain('button-name');
  await context.close();
});
