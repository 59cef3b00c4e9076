/**
 * Answers a consent banner as a visitor would: the button named Reject all or
 * Accept all (or the one the site owner's selector points to), in the page, its
 * open shadow roots and its same-origin frames; on consent-gate sites,
 * `window.consentGate` when no button can be clicked. Nothing else is clicked.
 */
import type { Frame, Page } from 'playwright-core';
import { ACCEPT_WORDS, REJECT_WORDS } from './banner-words';
import { answerConsentGate, findButton } from './in-page';
import type { ActionRecord } from './types';

const CLICK_TIMEOUT = 5000;

function sameOriginFrames(page: Page): Frame[] {
  const origin = new URL(page.url()).origin;
  return page.frames().filter((frame) => {
    if (frame === page.mainFrame()) return true;
    const url = frame.url();
    if (url === 'about:blank' || url === 'about:srcdoc') return true;
    try {
      return new URL(url).origin === origin;
    } catch {
      return false;
    }
  });
}

/** The best button for `wanted` across the page's same-origin frames, or `null`. */
async function bestButton(page: Page, wanted: 'reject' | 'accept') {
  const words = wanted === 'reject' ? REJECT_WORDS : ACCEPT_WORDS;
  let best: { frame: Frame; name: string; score: number } | null = null;
  for (const frame of sameOriginFrames(page)) {
    const found = (await frame.evaluate(findButton, { words, element: false }).catch(() => null)) as { name: string; score: number } | null;
    if (found && (!best || found.score > best.score)) best = { frame, name: found.name, score: found.score };
  }
  return best;
}

/**
 * Waits up to `waitMs` for a banner button named for `wanted` (notices often
 * appear after the load event); resolves to its accessible name or `null`.
 *
 * @example
 * const name = await waitForButton(page, 'reject', 5000); // 'Reject all'
 */
export async function waitForButton(page: Page, wanted: 'reject' | 'accept', waitMs: number): Promise<string | null> {
  return (await waitForBanner(page, [wanted], waitMs))[wanted];
}

/**
 * Waits up to `waitMs` until a button for any of `wanted` is there; resolves to the name
 * found for each (`null` for those not found).
 *
 * @example
 * const { reject, accept } = await waitForBanner(page, ['reject', 'accept'], 4000);
 */
export async function waitForBanner(
  page: Page,
  wanted: Array<'reject' | 'accept'>,
  waitMs: number,
): Promise<{ reject: string | null; accept: string | null }> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const found = { reject: null as string | null, accept: null as string | null };
    for (const w of wanted) found[w] = (await bestButton(page, w))?.name ?? null;
    if (found.reject || found.accept || Date.now() >= deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function clickBest(page: Page, wanted: 'reject' | 'accept'): Promise<string | null> {
  const best = await bestButton(page, wanted);
  if (!best) return null;
  const words = wanted === 'reject' ? REJECT_WORDS : ACCEPT_WORDS;
  const el = (await best.frame.evaluateHandle(findButton, { words, element: true })).asElement();
  if (!el) return null;
  // A real click first (scrolled into view, checked to be hit); a script click when an overlay is in the way.
  await el.click({ timeout: CLICK_TIMEOUT }).catch(() => el.evaluate((e) => (e as HTMLElement).click()));
  return best.name;
}

async function clickSelector(page: Page, selector: string): Promise<boolean> {
  for (const frame of sameOriginFrames(page)) {
    const target = frame.locator(selector).first();
    if ((await target.count().catch(() => 0)) === 0) continue;
    await target.click({ timeout: CLICK_TIMEOUT });
    return true;
  }
  return false;
}

export interface AnswerOptions {
  selector?: string;
  consentGate: boolean;
  /** How long to wait for the banner's button to appear. */
  waitMs: number;
}

/**
 * Clicks Reject all or Accept all.
 *
 * @example
 * const action = await answerBanner(page, 'reject', { consentGate: true, waitMs: 5000 });
 */
export async function answerBanner(page: Page, wanted: 'reject' | 'accept', options: AnswerOptions): Promise<ActionRecord> {
  if (options.selector) {
    const clicked = await clickSelector(page, options.selector);
    return clicked
      ? { wanted, method: 'selector', name: options.selector }
      : { wanted, method: 'none', note: `--${wanted} ${options.selector} matched nothing` };
  }
  if (options.waitMs > 0) await waitForButton(page, wanted, options.waitMs);
  const name = await clickBest(page, wanted);
  if (name) return { wanted, method: 'button', name };
  if (options.consentGate && (await page.evaluate(answerConsentGate, wanted).catch(() => false))) {
    return { wanted, method: 'api', name: `consentGate.${wanted}()` };
  }
  return { wanted, method: 'none', note: `no ${wanted === 'reject' ? 'Reject' : 'Accept'} button found` };
}
