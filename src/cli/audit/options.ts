/** The command line of `consent-gate audit`, parsed without throwing. */

export interface AuditCliOptions {
  url: string;
  json?: string;
  html?: string;
  config?: string;
  reject?: string;
  accept?: string;
  pages: number;
  timeoutMs: number;
  failOn: 'violation' | 'warning';
  browser?: string;
  browserArgs: string[];
}

export const AUDIT_HELP = `Usage: consent-gate audit <url> [options]

Visits <url> three times in fresh browser contexts (first visit, Reject all,
Accept all) and reports what the site stores and sends before consent and
after Reject all. Exit status 1 when a violation is found.

Options:
  --json FILE          write the whole record as JSON (docs/audit.md)
  --html FILE          write a self-contained HTML report with screenshots
  --config FILE        write a consent-gate JSON config declaring every cookie and key seen
  --reject SELECTOR    CSS selector of the banner's reject button (default: found by its name)
  --accept SELECTOR    CSS selector of the banner's accept button (default: found by its name)
  --pages N            visit up to N pages of the site: the start page and same-site links (default 1)
  --timeout SECONDS    how long a page may take to load (default 30)
  --fail-on LEVEL      violation (default) or warning: the lowest severity that exits with 1
  --browser PATH       Chrome or Chromium to use (else CHROMIUM_PATH, the system's, Playwright's)
  --browser-arg ARG    an extra browser switch, repeatable (e.g. --host-resolver-rules=...)
  -h, --help           this help
`;

const VALUED = new Set(['json', 'html', 'config', 'reject', 'accept', 'pages', 'timeout', 'fail-on', 'browser', 'browser-arg']);

/**
 * @example
 * parseAuditArgs(['https://www.example.com/', '--json', 'audit.json']);
 * // { ok: true, options: { url: 'https://www.example.com/', json: 'audit.json', pages: 1, … } }
 */
export function parseAuditArgs(
  args: readonly string[],
): { ok: true; options: AuditCliOptions } | { ok: false; help: boolean; error?: string } {
  const values = new Map<string, string>();
  const browserArgs: string[] = [];
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-h' || arg === '--help') return { ok: false, help: true };
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (!VALUED.has(name)) return { ok: false, help: false, error: `unknown option ${arg.slice(0, eq < 0 ? undefined : eq)}` };
    const value = eq < 0 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') return { ok: false, help: false, error: `--${name} needs a value` };
    if (name === 'browser-arg') browserArgs.push(value);
    else values.set(name, value);
  }
  if (positional.length !== 1)
    return { ok: false, help: false, error: positional.length ? `one URL, not ${positional.length}` : 'a URL is needed' };
  let url: URL;
  try {
    url = new URL(positional[0]);
  } catch {
    return { ok: false, help: false, error: `not a URL: ${positional[0]}` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, help: false, error: 'the URL must start with http:// or https://' };
  const pages = Number(values.get('pages') ?? 1);
  if (!Number.isInteger(pages) || pages < 1 || pages > 50)
    return { ok: false, help: false, error: '--pages must be a whole number from 1 to 50' };
  const timeout = Number(values.get('timeout') ?? 30);
  if (!Number.isFinite(timeout) || timeout < 1 || timeout > 600)
    return { ok: false, help: false, error: '--timeout must be seconds from 1 to 600' };
  const failOn = values.get('fail-on') ?? 'violation';
  if (failOn !== 'violation' && failOn !== 'warning') return { ok: false, help: false, error: '--fail-on must be violation or warning' };
  const options: AuditCliOptions = { url: url.href, pages, timeoutMs: Math.round(timeout * 1000), failOn, browserArgs };
  for (const key of ['json', 'html', 'config', 'reject', 'accept', 'browser'] as const) {
    const value = values.get(key);
    if (value !== undefined) options[key] = value;
  }
  return { ok: true, options };
}
