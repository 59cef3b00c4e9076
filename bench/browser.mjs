/**
 * Headless Chromium for the benchmark, found and launched with exactly the flags of
 * the browser tests (both take them from src/cli/find-browser.ts, built to
 * dist/cli/find-browser.mjs by `npm run bench`), and one fresh context per visit
 * with optional CPU throttling.
 */
import { chromium } from 'playwright-core';
import { BROWSER_HELP, CHROMIUM_ARGS, findBrowser } from '../dist/cli/find-browser.mjs';

export { CHROMIUM_ARGS };

export function launch() {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error(BROWSER_HELP);
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/**
 * A fresh context (no cookies, no cache) and page. `throttle` > 1 slows the
 * CPU through CDP `Emulation.setCPUThrottlingRate`; `init` is an init script.
 */
export async function freshPage(browser, { throttle = 1, init } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, cdp, errors };
}
