/**
 * Helpers shared by the gate's Chromium tests (test/browser/gate-*.test.ts):
 * a stored decision as the cookie the built script reads (docs/cookie.md#format), and
 * small page builders.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Adds a valid consent cookie (format 1, revision 1, made now, `Path=/`) holding these choices for `url`'s host. */
export async function storeDecision(context: BrowserContext, url: string, choices: Record<string, boolean>) {
  const time = Math.floor(Date.now() / 1000).toString(36);
  const list = Object.entries(choices)
    .map(([p, granted]) => (granted ? p : '!' + p))
    .join('.');
  await context.addCookies([{ name: 'consent_gate', value: `1~1~${time}~0123456789abcdef~${list}`, url: new URL('/', url).href }]);
}

/** Every choice granted or refused. */
export const everything = (granted: boolean) => Object.fromEntries(['analytics', 'ads', 'customization', 'login'].map((p) => [p, granted]));

/** The marks the page recorded so far (`mark(name)` pushes to `window.ran`). */
export const marks = (page: Page) => page.evaluate(() => window.ran);

/** A JavaScript route body. */
export const js = (body: string, delay = 0) => ({ body, type: 'text/javascript', ...(delay ? { delay } : {}) });

/** Waits until the gate started (the API exists). */
export async function gateReady(page: Page) {
  await expect.poll(() => page.evaluate(() => typeof window.consentGate?.get)).toBe('function');
}
