/** The markdown table of bench/gate-cost.mjs results. */
import { fmt } from '../stats.mjs';

const pct = (v) => (v === undefined || v === null || Number.isNaN(v) ? 'n/a' : `${v >= 0 ? '+' : ''}${v.toFixed(1)}%`);
const num = (v) => (v === null || Number.isNaN(v) ? 'n/a' : v.toFixed(1));
const us = (ms, n) => (ms === null ? 'n/a' : ((ms / n) * 1000).toFixed(1));

export function markdown(r) {
  const { acceptMs: a, plainMs: p, startup: st, startupCpuMs: sc } = r;
  const lines = [
    `Medians of ${r.runs} fresh visits (min–max), ms. Wall: performance.now() in the page; CPU: main-thread time (CDP ThreadTime), which other load on the machine does not inflate. Load average ${r.loadAverage.map((l) => l.toFixed(1)).join(' → ')}.`,
    '',
    '| tagged inline scripts | 0 | 100 | 1,000 | µs per script (1,000) |',
    '|---|---|---|---|---|',
    `| Accept all -> all ran, wall | | ${fmt(a[100].wall)} | ${fmt(a[1000].wall)} | ${us(a[1000].wall.median, 1000)} |`,
    `| Accept all -> all ran, CPU | | ${fmt(a[100].cpu)} | ${fmt(a[1000].cpu)} | ${us(a[1000].cpu.median, 1000)} |`,
    `| reference: the same scripts inserted by plain code, CPU | | ${fmt(p[100].cpu)} | ${fmt(p[1000].cpu)} | ${us(p[1000].cpu.median, 1000)} |`,
    `| start-up, first visit: the built script's wall time | ${fmt(st[0].gated.wall)} | ${fmt(st[100].gated.wall)} | ${fmt(st[1000].gated.wall)} | |`,
    `| start-up, first visit: page CPU with minus without consent-gate | ${num(sc[0])} | ${num(sc[100])} | ${num(sc[1000])} | ${num(r.startupCpuPerElementUs)} |`,
    '',
    `| ${r.nodes.toLocaleString('en')} untagged nodes inserted | no observer | bare no-op observer | consent-gate | consent-gate overhead |`,
    '|---|---|---|---|---|',
  ];
  for (const style of ['one-by-one', 'fragment']) {
    const o = r.observer[style];
    const how = style === 'fragment' ? 'one innerHTML' : 'appendChild x10,000';
    for (const [key, label] of [
      ['script', 'wall to observer done'],
      ['layout', 'wall to layout done'],
      ['cpu', 'CPU to layout done'],
    ])
      lines.push(
        `| ${how}, ${label} | ${fmt(o.without[key])} | ${fmt(o.bare[key])} | ${fmt(o.with[key])} | ${pct(r.overheadPercent[style][key])} |`,
      );
  }
  return lines.join('\n');
}
