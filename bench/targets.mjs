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
  const { bytes, timings } = report;
  const cg = bytes['consent-gate']?.gzip ?? null;
  const vc = bytes['vanilla-cookieconsent']?.gzip ?? null;
  const b = ratio(cg, vc);
  rows.push({ target: 'bytes <= 0.7x vanilla-cookieconsent all-in (gzip)', figure: `${r2(b)}x (${cg} / ${vc} B)`, met: met(b === null ? null : b <= 0.7) });
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
    for (const [key, label] of [['addedScriptMs', 'script'], ['addedTaskMs', 'main-thread task']]) {
      const x = ratio(med(t['consent-gate']?.[key]), med(t['vanilla-cookieconsent']?.[key]));
      rows.push({ target: `added ${label} time <= 0.5x vanilla-cookieconsent (${tag})`, figure: `${r2(x)}x`, met: met(x === null ? null : x <= 0.5) });
    }
    const back = med(t['consent-gate']?.returningOverUngatedMs);
    rows.push({ target: `returning visitor within 10 ms of ungated page (${tag})`, figure: `+${ms(back)}`, met: met(back === null ? null : back <= 10) });
    const accept = med(t['consent-gate']?.acceptMs);
    rows.push({ target: `Accept all -> all ran within 10 ms of the 300 ms floor (${tag})`, figure: ms(accept), met: met(accept === null ? null : accept - 300 <= 10) });
  }
  const mo = report.gateCost?.observerOverheadPercent ?? null;
  rows.push({ target: 'MutationObserver overhead < 5% (bench/gate-cost.mjs)', figure: mo === null ? 'n/a' : `${mo.toFixed(1)}%`, met: met(mo === null ? null : mo < 5) });
  return rows;
}
