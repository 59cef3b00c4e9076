/** The markdown report `npm run bench` prints (and bench/README.md quotes). */
import { markdown as sizeFloorTable } from './size-floor.mjs';
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
    lines.push('\n† order lost: the inline script that needs the late script\'s global threw (ReferenceError); times run to the last script that could run.');
  }
  lines.push(`\nReference pages: no tool, script ${fmt(b.scriptMs)} ms, main-thread ${fmt(b.taskMs)} ms; ungated returning visit, all ran ${fmt(b.ungatedReturningMs)} ms.`);
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
    '#### Where consent-gate\'s bytes go (bench/size-floor.mjs)',
    sizeFloorTable(report.sizeFloor),
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
