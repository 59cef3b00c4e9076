/** The markdown report `npm run bench` prints (and bench/README.md quotes). */
import { markdown as weightsTable } from './module-weights.mjs';
import { fmt } from './stats.mjs';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function bytesTable({ candidates, bytes }) {
  const lines = ['| candidate | version | files | raw | gzip -9 | brotli |', '|---|---|---|---|---|---|'];
  for (const c of candidates) {
    const b = bytes[c.id];
    if (!b) continue; // an embedding of a file already counted
    lines.push(`| ${c.name} | ${c.version} | ${b.files.length} | ${kb(b.raw)} | ${kb(b.gzip)} | ${kb(b.brotli)} |`);
  }
  return lines.join('\n');
}

/** Per candidate: what a first and a returning visit downloaded (gzip as served) and the script time each added. */
function visitsTable(report) {
  const throttles = Object.keys(report.timings);
  const head = [
    'candidate',
    'first visit: downloaded',
    'returning visit: downloaded',
    ...throttles.flatMap((t) => [`first: added script ${t}x (ms)`, `returning: added script ${t}x (ms)`]),
  ];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  const b = (s) => (s && s.median !== null ? `${(s.median / 1024).toFixed(1)} KB` : 'n/a');
  for (const c of report.candidates.filter((x) => !x.bytesOnly)) {
    const t1 = report.timings[throttles[0]][c.id];
    if (!t1) continue;
    const times = throttles.flatMap((t) => [
      fmt(report.timings[t][c.id].addedScriptMs),
      fmt(report.timings[t][c.id].returningAddedScriptMs),
    ]);
    lines.push(`| ${c.name} | ${b(t1.firstBytes)} | ${b(t1.returningBytes)} | ${times.join(' | ')} |`);
  }
  lines.push(
    "\nDownloaded: the tool's files the browser fetched (Resource Timing `encodedBodySize`: gzip -9 as served, no headers), a first visit until the notice showed plus 500 ms, a returning visit (after Accept all) until every tracker ran plus 500 ms. Added script: CPU script time over the page without any tool (first visit: the tagged page; returning: the page whose trackers run untagged).",
  );
  return lines.join('\n');
}

/** Added script time with no DevTools domain attached (bench/visitor-cost.mjs): what a visitor's browser pays. */
function visitorCostTable(report) {
  const v = report.visitorCost;
  if (!v) return '_not measured_';
  const throttles = Object.keys(v).filter((k) => k !== 'browser');
  const head = ['candidate', ...throttles.flatMap((t) => [`first: added script ${t}x (ms)`, `returning: added script ${t}x (ms)`])];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const c of report.candidates) {
    if (!v[throttles[0]]?.[c.id]) continue;
    lines.push(
      `| ${c.name} | ${throttles.flatMap((t) => [fmt(v[t][c.id].firstScriptMs), fmt(v[t][c.id].returningScriptMs)]).join(' | ')} |`,
    );
  }
  const base = throttles.map(
    (t) => `${t}x: no tool ${fmt(v[t].baseline.noToolScriptMs)} ms, ungated ${fmt(v[t].baseline.ungatedScriptMs)} ms`,
  );
  lines.push(
    `\n${report.environment.visitorRuns} runs, Chromium over a bare \`--remote-debugging-pipe\` with no DevTools domain enabled but \`Performance\` (the waits and the click use \`Runtime.evaluate\`, which enables nothing); the same visits, pages and subtraction as the table above. Playwright enables DevTools' \`Runtime\` domain on every page, which makes a \`document.cookie\` read capture a stack trace and V8 re-parse the functions on it; a visitor's browser does neither. Reference pages' script time: ${base.join('; ')}.`,
  );
  return lines.join('\n');
}

function timingTable(report, throttle) {
  const t = report.timings[throttle];
  const lines = [
    '| candidate | validation | page FCP (ms) | notice visible (ms) | added script (ms) | added main-thread (ms) | Accept all -> all ran (ms) | returning: all ran (ms) | returning vs ungated (ms) | order kept |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const c of report.candidates.filter((x) => !x.bytesOnly)) {
    const v = report.validation[c.id];
    const r = t[c.id];
    if (v.status === 'failed' || v.status === 'cannot block') {
      const notice = v.status === 'failed' ? 'n/a | n/a' : `${fmt(r.fcpMs)} | ${fmt(r.noticeMs)}`;
      lines.push(`| ${c.name} | ${v.status} | ${notice} | – | – | – | – | – | – |`);
      continue;
    }
    // "order lost": a script needing an earlier one threw; times run to the last script that could run.
    const mark = v.status === 'ok' ? '' : ' †';
    lines.push(
      `| ${c.name} | ${v.status} | ${fmt(r.fcpMs)} | ${fmt(r.noticeMs)} | ${fmt(r.addedScriptMs)} | ${fmt(r.addedTaskMs)} | ${fmt(r.acceptMs)}${mark} | ${fmt(r.returningMs)}${mark} | ${fmt(r.returningOverUngatedMs)}${mark} | ${r.orderKept}/${r.runs} |`,
    );
  }
  const b = t.baseline;
  if (report.candidates.some((c) => report.validation[c.id]?.status === 'order lost')) {
    lines.push(
      "\n† order lost: the inline script that needs the late script's global threw (ReferenceError); times run to the last script that could run.",
    );
  }
  lines.push(
    `\nReference pages: no tool, script ${fmt(b.scriptMs)} ms, main-thread ${fmt(b.taskMs)} ms; ungated returning visit, all ran ${fmt(b.ungatedReturningMs)} ms.`,
  );
  return lines.join('\n');
}

function gateCostSection(gateCost) {
  if (!gateCost) return '_bench/gate-cost.mjs not present: gate cost not measured._';
  if (gateCost.error) return `_bench/gate-cost.mjs failed: ${gateCost.error}_`;
  if (typeof gateCost.markdown === 'string') return gateCost.markdown;
  if (typeof gateCost === 'string') return gateCost;
  return '```json\n' + JSON.stringify(gateCost, null, 2) + '\n```';
}

export function markdown(report) {
  const e = report.environment;
  const problems = Object.entries(report.validation)
    .filter(([, v]) => v.problems.length)
    .map(([id, v]) => `- ${id}: ${v.status}: ${v.problems.join('; ')}`);
  return [
    `### Bench ${e.date.slice(0, 16).replace('T', ' ')} UTC, ${e.cpu}, ${e.memoryGiB} GiB, Chromium ${e.chromium}, Node ${e.node}, commit ${e.commit}${e.uncommittedSrc ? ' + uncommitted src/' : ''}`,
    `${e.runs} runs per candidate and setting, fresh context per visit; median (min–max). Load average (1 min) during the run: ${e.loadAverage1m.join(' → ')}.`,
    '',
    '#### Shipped bytes (everything a site owner includes)',
    bytesTable(report),
    '',
    '#### What a visit downloads, and the script time it adds',
    visitsTable(report),
    '',
    '#### The same script times with no DevTools domain attached (bench/visitor-cost.mjs)',
    visitorCostTable(report),
    '',
    '#### What each module weighs (bench/module-weights.mjs)',
    weightsTable(report.weights),
    ...Object.keys(report.timings).flatMap((throttle) => [
      '',
      `#### ${throttle === '1' ? 'No throttling' : `${throttle}x CPU throttling`}`,
      timingTable(report, throttle),
    ]),
    '',
    problems.length ? '#### Validation notes\n' + problems.join('\n') : '',
    '',
    '#### Targets (consent-gate, medians of this run)',
    '| target | figure | met |',
    '|---|---|---|',
    ...report.targets.map((r) => `| ${r.target} | ${r.figure} | ${r.met} |`),
    '',
    '#### Gate cost (bench/gate-cost.mjs)',
    gateCostSection(report.gateCost),
  ].join('\n');
}
