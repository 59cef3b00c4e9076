/**
 * `--html`: one self-contained page a site owner can send on: the result, the
 * findings, and per visit what was clicked, screenshots (as data URLs), cookies,
 * storage keys, third-party requests and tagged elements. No script; every
 * value is escaped as text.
 */
import type { AuditRecord, VisitName } from './types';

type Shots = Record<VisitName, { label: string; jpeg: Buffer }[]>;

function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A table whose first column and URL-like columns (`wide`) may wrap; the short ones do not. */
function table(head: string[], rows: unknown[][], empty: string, wide: number[] = [0]): string {
  if (!rows.length) return `<p class="empty">${esc(empty)}</p>`;
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const tr = rows
    .map((r) => `<tr>${r.map((c, i) => `<td${wide.includes(i) ? '' : ' class="nowrap"'}>${esc(c)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<div class="scroll"><table><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table></div>`;
}

const STYLE = `
:root{color-scheme:light;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;background:#f6f7f9}
body{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:1.6rem;margin:0 0 4px}h2{font-size:1.25rem;margin:32px 0 8px}h3{font-size:1.05rem;margin:20px 0 6px}
.meta{color:#4a5563;margin:0}
.result{display:inline-block;padding:6px 12px;border-radius:6px;font-weight:600;margin:12px 0}
.fail{background:#fde2e1;color:#8a1c17}.ok{background:#dff3e4;color:#14532d}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.9rem}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #e3e6ea;vertical-align:top;overflow-wrap:anywhere}
th{background:#eef0f3;white-space:nowrap}
.nowrap{white-space:nowrap;overflow-wrap:normal}
.sev-violation{color:#8a1c17;font-weight:600}.sev-warning{color:#7a4b00;font-weight:600}.sev-info{color:#4a5563}
.visit{background:#fff;border:1px solid #e3e6ea;border-radius:8px;padding:4px 16px 16px;margin:16px 0}
.shots{display:flex;flex-wrap:wrap;gap:12px}
figure{margin:0;flex:0 1 500px}figure img{width:100%;height:auto;border:1px solid #c9ced6;border-radius:4px}
figcaption{font-size:.85rem;color:#4a5563}
.empty{color:#4a5563;font-style:italic}
`;

/**
 * @example
 * writeFileSync('audit.html', renderHtml(record, shots));
 */
export function renderHtml(record: AuditRecord, shots: Shots): string {
  const { violations, warnings, infos } = record.summary;
  const failed = violations > 0;
  const findings = record.findings.length
    ? `<div class="scroll"><table><thead><tr><th scope="col">Severity</th><th scope="col">Kind</th><th scope="col">Visit</th><th scope="col">Finding</th></tr></thead><tbody>${record.findings
        .map(
          (f) =>
            `<tr><td class="nowrap sev-${esc(f.severity)}">${esc(f.severity)}</td><td class="nowrap">${esc(f.kind)}</td><td class="nowrap">${esc(f.visit ?? '')}</td><td>${esc(f.message)}</td></tr>`,
        )
        .join('\n')}</tbody></table></div>`
    : '<p class="empty">No findings.</p>';
  const visits = record.visits
    .map((v) => {
      const action =
        v.action.wanted === 'none'
          ? 'No click: the page as a first-time visitor sees it.'
          : v.action.method === 'none'
            ? `Wanted ${v.action.wanted === 'reject' ? 'Reject all' : 'Accept all'}: ${v.action.note ?? 'nothing clicked'}.`
            : `${v.action.method === 'api' ? 'Called' : 'Clicked'} ${v.action.name}, then reloaded.`;
      const figures = (shots[v.name] ?? [])
        .map(
          (s) =>
            `<figure><img alt="${esc(`${v.name} visit, ${s.label}`)}" src="data:image/jpeg;base64,${s.jpeg.toString('base64')}"><figcaption>${esc(s.label)}</figcaption></figure>`,
        )
        .join('');
      return `<section class="visit" aria-labelledby="visit-${esc(v.name)}">
<h2 id="visit-${esc(v.name)}">Visit: ${esc(v.name)}</h2>
<p>${esc(action)} Pages: ${esc(v.pages.join(', '))}. Took ${esc((v.durationMs / 1000).toFixed(1))} s.</p>
${v.notes.map((n) => `<p class="meta">Note: ${esc(n)}</p>`).join('')}
<div class="shots">${figures}</div>
<h3>Cookies</h3>
${table(
  ['Name', 'Domain', 'Party', 'Purpose', 'Platform', 'Expires', 'Flags', 'Set by'],
  v.cookies.map((c) => [
    c.name,
    c.domain,
    c.party,
    c.purpose,
    c.platform ?? '',
    c.expires ?? 'session',
    [c.secure && 'Secure', c.httpOnly && 'HttpOnly', `SameSite=${c.sameSite}`].filter(Boolean).join(' '),
    c.setBy ? `${c.setBy.kind} ${c.setBy.url}` : '',
  ]),
  'No cookies.',
  [0, 1, 7],
)}
<h3>Storage keys</h3>
${table(
  ['Key', 'Area', 'Origin', 'Purpose', 'Platform', 'Set by'],
  v.storage.map((s) => [s.key, s.area, s.origin, s.purpose, s.platform ?? '', s.setBy ? s.setBy.url : '']),
  'No storage keys.',
  [0, 2, 5],
)}
<h3>Third-party requests</h3>
${table(
  ['Host', 'URL', 'Type', 'Count', 'Cookie sent', 'Tracker'],
  v.requests.map((r) => [r.host, r.url, r.type, r.count, r.cookie ? 'yes' : 'no', r.platform ?? '']),
  'No third-party requests.',
  [0, 1],
)}
${
  v.tagged.length
    ? `<h3>Tagged elements</h3>${table(
        ['Element', 'data-consent', 'Source', 'Ran'],
        v.tagged.map((t) => [t.tag, t.consent, t.src ?? '(inline)', t.ran ? 'yes' : 'no']),
        '',
        [2],
      )}`
    : ''
}
</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Consent audit: ${esc(record.url)}</title><style>${STYLE}</style></head>
<body><main>
<h1>Consent audit of ${esc(record.url)}</h1>
<p class="meta">${esc(new Date(record.startedAt).toUTCString())} · ${esc(record.browser)} · consent tool: ${esc(record.tool.name ?? 'none found')}${record.tool.mode ? ` (${esc(record.tool.mode)})` : ''}</p>
<p class="result ${failed ? 'fail' : 'ok'}">${failed ? `${violations} violation${violations === 1 ? '' : 's'}` : 'No violation'} · ${warnings} warning${warnings === 1 ? '' : 's'} · ${infos} info</p>
<h2>Findings</h2>
${findings}
${visits}
<p class="meta">Made by consent-gate audit. Cookie facts in part from the Open Cookie Database (Apache-2.0).</p>
</main></body></html>
`;
}
