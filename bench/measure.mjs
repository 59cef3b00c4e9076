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
export const SETTLE = 500;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const ranAll = (n) => `window.__ran && window.__ran.length >= ${n}`;
const getRan = (page) => page.evaluate(() => window.__ran.slice());
const lastMark = (ran) => Math.max(...ran.map(([, t]) => t));
const inOrder = (ran) => ran.map(([id]) => id).join() === ORDER.join();

/**
 * What the visit downloaded of the tool itself, from the browser's Resource
 * Timing: every response from /dist/ or /node_modules/ (the candidates' files,
 * also those a tool fetches later, such as tarteaucitron's language file),
 * `encodedBodySize` = the body as served (gzip), headers not counted.
 */
export const toolBytes = (page) =>
  page.evaluate(() => {
    const ours = performance.getEntriesByType('resource').filter((e) => /^\/(dist|node_modules)\//.test(new URL(e.name).pathname));
    return { bytes: ours.reduce((n, e) => n + e.encodedBodySize, 0), files: ours.map((e) => new URL(e.name).pathname) };
  });

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
    if (noticeOnly) {
      await sleep(SETTLE);
      return { noticeMs, fcpMs, firstBytes: (await toolBytes(page)).bytes };
    }
    await sleep(SETTLE);
    const first = await toolBytes(page);
    const before = (await getRan(page)).length;
    const clickAt = await page.evaluate(
      `(() => { const b = ${candidate.accept}; if (!b) return null; const t = performance.now(); b.click(); return t; })()`,
    );
    if (clickAt === null) return { error: 'no Accept all button', noticeMs };
    await waitFor(page, ranAll(expected));
    const ran = await getRan(page);
    const result = {
      noticeMs,
      fcpMs,
      firstBytes: first.bytes,
      firstFiles: first.files,
      ranBeforeConsent: before,
      acceptMs: ran.length >= expected ? lastMark(ran) - clickAt : null,
      orderKept: inOrder(ran) && errors.length === 0,
    };
    await page.goto(`${base}/page/${candidate.id}`, { waitUntil: 'load' });
    const back = (await waitFor(page, ranAll(expected))) ? await getRan(page) : null;
    result.returningMs = back ? lastMark(back) : null;
    result.returningOrderKept = back ? inOrder(back) : false;
    // Anything a tool loads late (a lazy banner, a language file) is in by now.
    await sleep(SETTLE);
    const returning = await toolBytes(page);
    result.returningBytes = returning.bytes;
    result.returningFiles = returning.files;
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

/** CPU time of the page's main thread (CDP metrics in thread ticks), read `SETTLE` ms after `ready` holds. */
async function pageCost(context, url, ready, throttle) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load' });
  if (!(await waitFor(page, ready))) return { error: 'not ready' };
  await sleep(SETTLE);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
  return { scriptMs: m.ScriptDuration * 1000, taskMs: m.TaskDuration * 1000 };
}

/**
 * Main-thread cost of a returning visit: a first visit accepts all (not
 * measured), then a new page of the same visitor loads until every tracker
 * ran plus SETTLE ms. Compare with `ungatedCost` (the same trackers, no tool).
 */
export async function returningCost(browser, base, candidate, throttle, expected = ORDER.length) {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(`${base}/page/${candidate.id}`, { waitUntil: 'load' });
    if (!(await waitFor(page, `!!(${candidate.accept})`))) return { error: 'no Accept all button' };
    await sleep(SETTLE);
    await page.evaluate(`(${candidate.accept}).click()`);
    if (!(await waitFor(page, ranAll(expected)))) return { error: 'not all ran after Accept all' };
    await page.close();
    return await pageCost(context, `${base}/page/${candidate.id}`, ranAll(expected), throttle);
  } finally {
    await context.close();
  }
}

/** Main-thread cost of the page without any tool whose trackers run at once: the reference for `returningCost`. */
export async function ungatedCost(browser, base, throttle) {
  const { context } = await freshPage(browser);
  try {
    return await pageCost(context, `${base}/page/ungated`, ranAll(ORDER.length), throttle);
  } finally {
    await context.close();
  }
}
