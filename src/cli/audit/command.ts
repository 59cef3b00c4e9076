/**
 * `consent-gate audit <url>`: runs the audit in a local Chromium and writes the
 * terminal summary and the files asked for. playwright-core is an optional peer
 * dependency, loaded only here.
 */
import { writeFileSync } from 'node:fs';
import { BROWSER_HELP, CHROMIUM_ARGS, findBrowser } from '../find-browser';
import { runAudit } from './audit';
import { buildConfig } from './config-out';
import { AUDIT_HELP, parseAuditArgs } from './options';
import { renderHtml } from './report-html';
import { formatSummary } from './report-text';

/** Where the command writes: the process's streams, or a test's buffers. */
export interface AuditIo {
  out(text: string): void;
  err(text: string): void;
}

const PROCESS_IO: AuditIo = { out: (t) => void process.stdout.write(t), err: (t) => void process.stderr.write(t) };

async function loadPlaywright(): Promise<typeof import('playwright-core') | null> {
  try {
    return await import('playwright-core');
  } catch {
    return null;
  }
}

/**
 * Runs the command; resolves to the exit status (0 clean, 1 violation or failure, 2 usage).
 *
 * @example
 * process.exitCode = await run(['https://www.example.com/', '--json', 'audit.json']);
 */
export async function run(args: string[], io: AuditIo = PROCESS_IO): Promise<number> {
  const parsed = parseAuditArgs(args);
  if (!parsed.ok) {
    if (parsed.help) {
      io.out(AUDIT_HELP);
      return 0;
    }
    io.err(`consent-gate audit: ${parsed.error}\n\n${AUDIT_HELP}`);
    return 2;
  }
  const options = parsed.options;
  const playwright = await loadPlaywright();
  if (!playwright) {
    io.err('consent-gate audit needs playwright-core, an optional dependency: npm install --save-dev playwright-core\n');
    return 1;
  }
  const executablePath = findBrowser({ explicit: options.browser });
  if (!executablePath) {
    io.err(BROWSER_HELP + '\n');
    return 1;
  }
  const browser = await playwright.chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...options.browserArgs], headless: true });
  try {
    io.err(`Auditing ${options.url} with ${executablePath}\n`);
    const started = Date.now();
    const { record, shots } = await runAudit(browser, {
      url: options.url,
      pages: options.pages,
      reject: options.reject,
      accept: options.accept,
      timeoutMs: options.timeoutMs,
      screenshots: !!options.html,
      progress: (text) => io.err(`  ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s  ${text}\n`),
    });
    io.out(formatSummary(record, options.failOn));
    if (options.json) write(options.json, JSON.stringify(record, null, 2) + '\n', io);
    if (options.html) write(options.html, renderHtml(record, shots), io);
    if (options.config) write(options.config, JSON.stringify(buildConfig(record), null, 2) + '\n', io);
    const { violations, warnings } = record.summary;
    return violations > 0 || (options.failOn === 'warning' && warnings > 0) ? 1 : 0;
  } finally {
    await browser.close();
  }
}

function write(path: string, text: string, io: AuditIo): void {
  writeFileSync(path, text);
  io.err(`Wrote ${path}\n`);
}
