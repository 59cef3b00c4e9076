/**
 * Headless Chromium for the benchmark, with exactly the flags of the browser
 * tests (read from test/browser/harness.ts, so the two cannot drift apart),
 * and one fresh context per visit with optional CPU throttling.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

function harnessArgs() {
  const source = readFileSync(new URL('../test/browser/harness.ts', import.meta.url), 'utf8');
  const block = /CHROMIUM_ARGS\s*=\s*\[([^\]]*)\]/.exec(source);
  if (!block) throw new Error('bench: CHROMIUM_ARGS not found in test/browser/harness.ts');
  return [...block[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

export const CHROMIUM_ARGS = harnessArgs();

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
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
