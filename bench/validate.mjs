/**
 * Validation before any figure counts (STYLE habit 11): the notice shows,
 * nothing tagged runs or is even requested before consent, and everything
 * runs after Accept all. A candidate that fails is reported with the reason
 * and not timed; one that cannot block is timed for its notice only; one
 * whose only failure is a script that needs an earlier one ("order lost") is
 * timed to the last script that could run, and flagged.
 */
import { freshPage } from './browser.mjs';
import { probeScript } from './probe.mjs';
import { ORDER, TRACKERS } from './trackers.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const TRACKER_PATHS = new Set(TRACKERS.filter((t) => t.src).map((t) => t.src));
const NEEDS_ORDER = new Set(TRACKERS.filter((t) => t.needsOrder).map((t) => t.id));

export async function validate(browser, server, candidate) {
  const { context, page, errors } = await freshPage(browser, { init: probeScript(candidate.notice) });
  const problems = [];
  try {
    const from = server.log.length;
    await page.goto(`${server.url}/page/${candidate.id}?probe`, { waitUntil: 'load' });
    const noticeShown = await page.waitForFunction('window.__noticeAt !== undefined', undefined, { timeout: 10_000, polling: 50 }).then(
      () => true,
      () => false,
    );
    if (!noticeShown) problems.push('notice not visible within 10 s');
    // Long enough for the late script to have arrived, had it been requested.
    await sleep(1000);
    const ranBefore = await page.evaluate(() => window.__ran.map(([id]) => id));
    const requested = server.log.slice(from).filter((p) => TRACKER_PATHS.has(p));
    const blocks = ranBefore.length === 0 && requested.length === 0;
    if (!blocks) problems.push(`before consent: ran [${ranBefore.join(', ')}], requested [${requested.join(', ')}]`);
    const clicked = await page.evaluate(`(() => { const b = ${candidate.accept}; if (!b) return false; b.click(); return true; })()`);
    if (!clicked) problems.push('no Accept all button');
    await page.waitForFunction(`window.__ran.length >= ${ORDER.length}`, undefined, { timeout: 10_000, polling: 50 }).catch(() => {});
    const ranAfter = await page.evaluate(() => window.__ran.map(([id]) => id));
    const missing = ORDER.filter((id) => !ranAfter.includes(id));
    if (missing.length) problems.push(`after Accept all, never ran: ${missing.join(', ')}`);
    if (errors.length) problems.push(`page errors: ${errors.slice(0, 2).join(' | ')}`);
    // Only scripts that need an earlier one missing, with a page error: it blocks, but loses document order.
    const orderOnly = missing.length > 0 && errors.length > 0 && missing.every((id) => NEEDS_ORDER.has(id));
    let status = 'ok';
    if (!noticeShown) status = 'failed';
    else if (!candidate.canBlock || !blocks) status = 'cannot block';
    else if (orderOnly) status = 'order lost';
    else if (missing.length) status = 'failed';
    // How many marks a finished visit leaves: a dependent script that throws never marks.
    const expected = ORDER.length - (orderOnly ? missing.length : 0);
    return { status, noticeShown, blocks, ranBefore, missing, expected, errors: errors.slice(0, 3), problems };
  } finally {
    await context.close();
  }
}
