/**
 * The targets, checked against one bench run (medians). A target that
 * cannot be computed (a peer failed validation, gate-cost missing) says so.
 */
const ratio = (a, b) => (a !== null && b ? a / b : null);
const r2 = (v) => (v === null ? 'n/a' : v.toFixed(2));
const ms = (v) => (v === null ? 'n/a' : `${v.toFixed(1)} ms`);
const med = (s) => s?.median ?? null;
const met = (ok) => (ok === null ? 'n/a' : ok ? 'yes' : 'no');

export function targets(report) {
  const rows = [];
  const { timings } = report;
  // Issue 14: bytes as the browser downloaded them (gzip as served), medians of the unthrottled run.
  const t1 = timings[Object.keys(timings)[0]] ?? {};
  const vcAll = med(t1['vanilla-cookieconsent']?.firstBytes);
  const first = ratio(med(t1['consent-gate']?.firstBytes), vcAll);
  const back = ratio(med(t1['consent-gate']?.returningBytes), vcAll);
  rows.push({
    target: 'returning visit bytes <= 0.4x vanilla-cookieconsent all-in (gzip as served)',
    figure: `${r2(back)}x (${med(t1['consent-gate']?.returningBytes)} / ${vcAll} B)`,
    met: met(back === null ? null : back <= 0.4),
  });
  rows.push({
    target: 'first visit bytes (core + one UI file) <= 1.0x vanilla-cookieconsent',
    figure: `${r2(first)}x (${med(t1['consent-gate']?.firstBytes)} / ${vcAll} B)`,
    met: met(first === null ? null : first <= 1),
  });
  for (const [throttle, t] of Object.entries(timings)) {
    const tag = throttle === '1' ? 'no throttling' : `${throttle}x CPU`;
    const ours = med(t['consent-gate']?.noticeMs);
    const peers = Object.entries(t)
      .filter(([id]) => !id.startsWith('consent-gate') && id !== 'baseline')
      .map(([id, v]) => [id, med(v.noticeMs)])
      .filter(([, v]) => v !== null)
      .sort((x, y) => x[1] - y[1]);
    const fastest = peers[0];
    rows.push({
      target: `notice visible <= fastest peer (${tag})`,
      figure: fastest ? `${ms(ours)} vs ${fastest[0]} ${ms(fastest[1])}` : 'n/a',
      met: met(ours === null || !fastest ? null : ours <= fastest[1]),
    });
    for (const [key, label] of [
      ['addedScriptMs', 'first visit: added script'],
      ['addedTaskMs', 'first visit: added main-thread task'],
    ]) {
      const x = ratio(med(t['consent-gate']?.[key]), med(t['vanilla-cookieconsent']?.[key]));
      rows.push({ target: `${label} time vs vanilla-cookieconsent (${tag})`, figure: `${r2(x)}x`, met: 'info' });
    }
    const rs = ratio(med(t['consent-gate']?.returningAddedScriptMs), med(t['vanilla-cookieconsent']?.returningAddedScriptMs));
    rows.push({
      target: `returning visit: added script time <= 0.4x vanilla-cookieconsent (${tag})`,
      figure: `${r2(rs)}x`,
      met: met(rs === null ? null : rs <= 0.4),
    });
    const v = report.visitorCost?.[throttle];
    const bare = ratio(med(v?.['consent-gate']?.returningScriptMs), med(v?.['vanilla-cookieconsent']?.returningScriptMs));
    rows.push({
      target: `returning visit: added script time <= 0.4x vanilla-cookieconsent, no DevTools domain attached (${tag})`,
      figure: `${r2(bare)}x`,
      met: met(bare === null ? null : bare <= 0.4),
    });
    const backMs = med(t['consent-gate']?.returningOverUngatedMs);
    rows.push({
      target: `returning visitor within 10 ms of ungated page (${tag})`,
      figure: `+${ms(backMs)}`,
      met: met(backMs === null ? null : backMs <= 10),
    });
    const accept = med(t['consent-gate']?.acceptMs);
    rows.push({
      target: `Accept all -> all ran within 10 ms of the 300 ms floor (${tag})`,
      figure: ms(accept),
      met: met(accept === null ? null : accept - 300 <= 10),
    });
  }
  const mo = report.gateCost?.observerOverheadPercent ?? null;
  rows.push({
    target: 'MutationObserver overhead < 5% (bench/gate-cost.mjs)',
    figure: mo === null ? 'n/a' : `${mo.toFixed(1)}%`,
    met: met(mo === null ? null : mo < 5),
  });
  return rows;
}
