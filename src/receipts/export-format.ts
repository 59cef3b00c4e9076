import type { StoredReceipt } from './store';

export type ExportFormat = 'ndjson' | 'csv';

const iso = (ms: number) => new Date(ms).toISOString();

/** One receipt as a plain JSON object with readable times: the NDJSON line and the API's answer. */
export function receiptJson(r: StoredReceipt) {
  return { ...r, decidedAt: iso(r.decidedAt), receivedAt: iso(r.receivedAt) };
}

/** The CSV header (a literal, so nothing runs at import). */
const CSV_HEAD =
  'received_at,decided_at,consent_id,previous_id,revision,mode,method,granted,refused,lang,shown_sha256,origin,path,version,ip,user_agent\r\n';

/** RFC 4180 quoting; a cell starting like a formula is prefixed with `'` so a spreadsheet shows it as text. */
function cell(value: string | null): string {
  if (value === null) return '';
  const safe = /^[=+\-@\t\r]/.test(value) ? "'" + value : value;
  return /[",\r\n]/.test(safe) ? '"' + safe.replace(/"/g, '""') + '"' : safe;
}

const names = (purposes: Record<string, boolean>, granted: boolean) =>
  Object.keys(purposes)
    .filter((p) => purposes[p] === granted)
    .join(' ');

/** The export formats: media type, header, one line per receipt. */
export const exportFormats: Record<ExportFormat, { type: string; head: string; line: (r: StoredReceipt) => string }> = {
  ndjson: {
    type: 'application/x-ndjson; charset=utf-8',
    head: '',
    line: (r) => JSON.stringify(receiptJson(r)) + '\n',
  },
  csv: {
    type: 'text/csv; charset=utf-8',
    head: CSV_HEAD,
    line: (r) =>
      [
        iso(r.receivedAt),
        iso(r.decidedAt),
        r.consentId,
        r.previousId,
        r.revision,
        r.mode,
        r.method,
        names(r.purposes, true),
        names(r.purposes, false),
        r.lang,
        r.shown,
        r.origin,
        r.path,
        r.version,
        r.ip,
        r.userAgent,
      ]
        .map(cell)
        .join(',') + '\r\n',
  },
};
