/** The terminal summary of an audit: plain text, one screen for a typical site. */
import type { AuditRecord, VisitRecord } from './types';

function pad(text: string, width: number): string {
  return text.length >= width ? text + ' ' : text + ' '.repeat(width - text.length);
}

function actionText(visit: VisitRecord): string {
  const a = visit.action;
  if (a.wanted === 'none') return 'no click';
  if (a.method === 'button') return `clicked "${a.name}"`;
  if (a.method === 'selector') return `clicked ${a.name}`;
  if (a.method === 'api') return `called ${a.name}`;
  return a.note ?? 'nothing to click';
}

/** Each cookie or key once, with the visits it was seen in. */
function observations(visits: VisitRecord[]) {
  const rows = new Map<string, { name: string; kind: string; purpose: string; visits: string[] }>();
  const add = (key: string, name: string, kind: string, purpose: string, visit: string) => {
    const row = rows.get(key) ?? { name, kind, purpose, visits: [] };
    if (!row.visits.includes(visit)) row.visits.push(visit);
    rows.set(key, row);
  };
  for (const v of visits) {
    for (const c of v.cookies)
      add(
        `c ${c.name} ${c.domain}`,
        c.name,
        c.party === 'third' ? `cookie (${c.domain})` : 'cookie',
        [c.purpose, c.platform].filter(Boolean).join(', '),
        v.name,
      );
    for (const s of v.storage) add(`s ${s.area} ${s.key}`, s.key, s.area, [s.purpose, s.platform].filter(Boolean).join(', '), v.name);
  }
  return [...rows.values()];
}

/**
 * @example
 * process.stdout.write(formatSummary(record, 'violation'));
 */
export function formatSummary(record: AuditRecord, failOn: 'violation' | 'warning'): string {
  const lines: string[] = [];
  const tool = record.tool;
  lines.push(`consent-gate audit of ${record.url}`);
  lines.push(
    `Consent tool: ${tool.name ?? 'none found'}` +
      (tool.name === 'consent-gate' ? ` (${tool.mode}; purposes: ${(tool.purposes ?? []).join(', ') || 'none'})` : ''),
  );
  lines.push('');
  lines.push(pad('Visit', 8) + pad('Action', 34) + pad('Cookies', 9) + pad('Storage', 9) + pad('3rd-party hosts', 17) + 'Time');
  for (const v of record.visits) {
    const hosts = new Set(v.requests.map((r) => r.host)).size;
    lines.push(
      pad(v.name, 8) +
        pad(actionText(v), 34) +
        pad(String(v.cookies.length), 9) +
        pad(String(v.storage.length), 9) +
        pad(String(hosts), 17) +
        (v.durationMs / 1000).toFixed(1) +
        ' s',
    );
    for (const note of v.notes) lines.push(`        note: ${note}`);
  }
  const seen = observations(record.visits);
  if (seen.length) {
    lines.push('', 'Cookies and storage keys');
    // Names last: they can be long (Mixpanel's hold a 32-character token).
    const purposeWidth = Math.max(...seen.map((r) => r.purpose.length)) + 2;
    const kindWidth = Math.max(...seen.map((r) => r.kind.length)) + 2;
    for (const r of seen) lines.push('  ' + pad(r.purpose, purposeWidth) + pad(r.kind, kindWidth) + pad(r.visits.join(', '), 23) + r.name);
  }
  const hosts = [...new Set(record.visits.flatMap((v) => v.requests.map((r) => r.host)))];
  if (hosts.length) lines.push('', `Third-party hosts: ${hosts.join(', ')}`);
  const { violations, warnings, infos } = record.summary;
  lines.push(
    '',
    `Findings: ${violations} violation${violations === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info`,
  );
  for (const f of record.findings) lines.push(`  ${pad(f.severity, 10)}${pad(f.kind, 19)}${f.message}`);
  const failed = violations > 0 || (failOn === 'warning' && warnings > 0);
  lines.push(
    '',
    failed
      ? `FAIL: ${violations ? `${violations} violation${violations === 1 ? '' : 's'}` : `${warnings} warning${warnings === 1 ? '' : 's'} (--fail-on warning)`} (exit 1)`
      : `OK: no ${failOn === 'warning' ? 'violation or warning' : 'violation'} (exit 0)`,
  );
  lines.push(`Audited in ${(record.durationMs / 1000).toFixed(1)} s with ${record.browser}.`);
  return lines.join('\n') + '\n';
}
