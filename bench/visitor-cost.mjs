/**
 * Added script time as a visitor's browser pays it: the same first and
 * returning visits as `mainThreadCost` / `returningCost` in measure.mjs, read
 * from the same CDP `Performance` metrics (thread time), but in a browser
 * driven over a bare DevTools pipe (cdp-pipe.mjs) with only `Performance`
 * (and `Emulation` for throttling) in use. Playwright's `Runtime` domain makes
 * some page calls capture stack traces (a `document.cookie` read re-parses
 * every function on the stack, the whole bundle for a tool in one IIFE), which
 * the tables from measure.mjs include for every candidate alike.
 */
import { pipeBrowser } from './cdp-pipe.mjs';
import { ranAll, SETTLE } from './measure.mjs';
import { summary } from './stats.mjs';
import { ORDER } from './trackers.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const LOADED = `document.readyState === 'complete'`;

/** Script and task CPU time of one page load in `contextId`, read `SETTLE` ms after `ready` holds; null if it never does. */
async function pageCost(cdp, contextId, url, ready, throttle) {
  const tab = await cdp.page(contextId);
  try {
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle }, tab.session);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' }, tab.session);
    await cdp.send('Page.navigate', { url }, tab.session);
    if (!(await cdp.waitFor(tab.session, ready))) return null;
    await sleep(SETTLE);
    const { metrics } = await cdp.send('Performance.getMetrics', {}, tab.session);
    const m = Object.fromEntries(metrics.map(({ name, value }) => [name, value * 1000]));
    return { scriptMs: m.ScriptDuration, taskMs: m.TaskDuration };
  } finally {
    await tab.close();
  }
}

/** `visit(contextId)` in a fresh context (no cookies, no cache), disposed afterwards. */
async function inFreshContext(cdp, visit) {
  const context = await cdp.context();
  try {
    return await visit(context.id);
  } finally {
    await context.close();
  }
}

/** A visitor who clicked Accept all (not measured), then a new page of theirs until every tracker ran. */
async function returning(cdp, base, candidate, throttle, expected) {
  return inFreshContext(cdp, async (contextId) => {
    const tab = await cdp.page(contextId);
    try {
      await cdp.send('Page.navigate', { url: `${base}/page/${candidate.id}` }, tab.session);
      if (!(await cdp.waitFor(tab.session, candidate.accept))) return null;
      await sleep(SETTLE);
      await cdp.send('Runtime.evaluate', { expression: `(${candidate.accept}).click()` }, tab.session);
      if (!(await cdp.waitFor(tab.session, ranAll(expected)))) return null;
    } finally {
      await tab.close();
    }
    return pageCost(cdp, contextId, `${base}/page/${candidate.id}`, ranAll(expected), throttle);
  });
}

const minus = (list, base, key) => list.map((v, i) => (v && base[i] ? v[key] - base[i][key] : null));

/**
 * For each throttle and each candidate that blocks: the first visit's and the
 * returning visit's added script and task time (medians over `runs`), each
 * paired within its run with the page without a tool (first) and the page
 * whose trackers are plain scripts (returning). Candidates take turns in a
 * rotating order.
 *
 * @example
 * const costs = await visitorCosts({ base: server.url, candidates, validation, runs: 15, throttles: [1, 4] });
 * costs['1']['consent-gate'].returningScriptMs.median
 */
export async function visitorCosts({ base, candidates, validation, runs, throttles, log = () => {} }) {
  const blocking = candidates.filter((c) => ['ok', 'order lost'].includes(validation[c.id]?.status));
  const cdp = await pipeBrowser();
  const out = { browser: cdp.version };
  try {
    for (const throttle of throttles) {
      const noTool = [];
      const ungated = [];
      const raw = Object.fromEntries(blocking.map((c) => [c.id, { first: [], back: [] }]));
      for (let run = 0; run < runs; run++) {
        noTool.push(await inFreshContext(cdp, (id) => pageCost(cdp, id, `${base}/page/no-tool`, LOADED, throttle)));
        ungated.push(await inFreshContext(cdp, (id) => pageCost(cdp, id, `${base}/page/ungated`, ranAll(ORDER.length), throttle)));
        for (const c of blocking.map((_, i) => blocking[(i + run) % blocking.length])) {
          raw[c.id].first.push(await inFreshContext(cdp, (id) => pageCost(cdp, id, `${base}/page/${c.id}`, c.notice, throttle)));
          raw[c.id].back.push(await returning(cdp, base, c, throttle, validation[c.id].expected ?? ORDER.length));
        }
        log(`visitor cost ${throttle}x: run ${run + 1}/${runs} done`);
      }
      out[throttle] = Object.fromEntries(
        blocking.map((c) => [
          c.id,
          {
            firstScriptMs: summary(minus(raw[c.id].first, noTool, 'scriptMs')),
            firstTaskMs: summary(minus(raw[c.id].first, noTool, 'taskMs')),
            returningScriptMs: summary(minus(raw[c.id].back, ungated, 'scriptMs')),
            returningTaskMs: summary(minus(raw[c.id].back, ungated, 'taskMs')),
          },
        ]),
      );
      out[throttle].baseline = {
        noToolScriptMs: summary(noTool.map((v) => v?.scriptMs)),
        ungatedScriptMs: summary(ungated.map((v) => v?.scriptMs)),
      };
    }
  } finally {
    await cdp.close();
  }
  return out;
}
