/**
 * One visit per function, each in a fresh browser context. Times come from
 * `performance.now()` inside the page (ms since navigation start), so the
 * polling the runner does to learn that a visit is over never enters a figure.
 */
import { freshPage } from './browser.mjs';
import { probeScript } from './probe.mjs';
import { ORDER } from './trackers.mjs';

const WAIT = 10_000;
/** Quiet time after the notice shows, so every tool has wired its buttons before the click. */
const SETTLE = 500;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const ranAll = (n) => `window.__ran && window.__ran.length >= ${n}`;
const getRan = (page) => page.evaluate(() => window.__ran.slice());
const lastMark = (ran) => Math.max(...ran.map(([, t]) => t));
const inOrder = (ran) => ran.map(([id]) => id).join() === ORDER.join();

async function waitFor(page, expression, timeout = WAIT) {
  try {
    await page.waitForFunction(expression, undefined, { timeout, polling: 50 });
    return true;
  } catch {
    return false;
  }
}

/**
 * First visit, Accept all, then the same visitor returning: time to visible
 * notice, click -> last tagged script, document order, and time to the last
 * tagged script on the return visit. `noticeOnly` for a candidate that
 * cannot block: its trackers ran anyway, so only the notice time means anything.
 */
export async function visitorJourney(browser, base, candidate, throttle, { noticeOnly = false, expected = ORDER.length } = {}) {
  const { context, page, errors } = await freshPage(browser, { throttle, init: probeScript(candidate.notice) });
  try {
    await page.goto(`${base}/page/${candidate.id}?probe`, { waitUntil: 'load' });
    if (!(await waitFor(page, 'window.__noticeAt !== undefined'))) return { error: 'notice never visible' };
    const noticeMs = await page.evaluate(() => window.__noticeAt);
    // The page's own first contentful paint, to read the notice time against.
    const fcpMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    if (noticeOnly) return { noticeMs, fcpMs };
    await sleep(SETTLE);
    const before = (await getRan(page)).length;
    const clickAt = await page.evaluate(`(() => { const b = ${candidate.accept}; if (!b) return null; const t = performance.now(); b.click(); return t; })()`);
    if (clickAt === null) return { error: 'no Accept all button', noticeMs };
    await waitFor(page, ranAll(expected));
    const ran = await getRan(page);
    const result = {
      noticeMs,
      fcpMs,
      ranBeforeConsent: before,
      acceptMs: ran.length >= expected ? lastMark(ran) - clickAt : null,
      orderKept: inOrder(ran) && errors.length === 0,
    };
    await page.goto(`${base}/page/${candidate.id}`, { waitUntil: 'load' });
    const back = (await waitFor(page, ranAll(expected))) ? await getRan(page) : null;
    result.returningMs = back ? lastMark(back) : null;
    result.returningOrderKept = back ? inOrder(back) : false;
    result.errors = errors.slice(0, 3);
    return result;
  } finally {
    await context.close();
  }
}

/** A page without any consent tool, second visit (like a returning visitor): time to the last plain tracker. */
export async function ungatedVisit(browser, base, throttle) {
  const { context, page } = await freshPage(browser, { throttle });
  try {
    await page.goto(`${base}/page/ungated`, { waitUntil: 'load' });
    await page.goto(`${base}/page/ungated`, { waitUntil: 'load' });
    await waitFor(page, ranAll(ORDER.length));
    return { returningMs: lastMark(await getRan(page)) };
  } finally {
    await context.close();
  }
}

/**
 * Main-thread cost of a first visit, no probe: CDP Performance metrics once
 * the notice is shown (or `load`, for the page without a tool) plus SETTLE ms.
 * In thread CPU time (`threadTicks`): wall-clock durations on a shared
 * machine swing several-fold with the load of other processes.
 */
export async function mainThreadCost(browser, base, pageId, notice, throttle) {
  const { context, page, cdp } = await freshPage(browser, { throttle });
  try {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(`${base}/page/${pageId}`, { waitUntil: 'load' });
    if (notice && !(await waitFor(page, `!!(${notice})`))) return { error: 'notice never shown' };
    await sleep(SETTLE);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
    return {
      scriptMs: m.ScriptDuration * 1000,
      taskMs: m.TaskDuration * 1000,
      layoutMs: m.LayoutDuration * 1000,
      styleMs: m.RecalcStyleDuration * 1000,
    };
  } finally {
    await context.close();
  }
}
