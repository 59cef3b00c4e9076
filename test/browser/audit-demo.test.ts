/**
 * The built `consent-gate audit` command (dist/cli.mjs, as `npx consent-gate`
 * runs it) against the demo of `npm start`: a clean report, exit 0.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type Demo } from '../../demo/serve.mjs';
import type { AuditRecord } from '../../src/cli/audit/types';
import { recordValidator } from './audit-sites';

const CLI = new URL('../../dist/cli.mjs', import.meta.url).pathname;
let demo: Demo;
let result: { status: number; stdout: string; stderr: string };
let record: AuditRecord;
let html: string;

beforeAll(async () => {
  demo = await startDemo({ port: 0 });
  const dir = mkdtempSync(join(tmpdir(), 'audit-demo-'));
  result = await new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, 'audit', demo.url + '/', '--json', join(dir, 'a.json'), '--html', join(dir, 'a.html')],
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
  record = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8'));
  html = readFileSync(join(dir, 'a.html'), 'utf8');
}, 120_000);
afterAll(() => demo?.close());

describe('consent-gate audit on the demo', () => {
  it('prints a clean report and exits 0', () => {
    expect(result.stderr).toContain('reject: answered (Reject all)');
    expect(result.stdout).toContain('Consent tool: consent-gate (opt-in; purposes: analytics, ads, customization, login)');
    expect(result.stdout).toMatch(/^OK: no violation \(exit 0\)$/m);
    expect(result.status).toBe(0);
    expect(record.summary).toMatchObject({ violations: 0, warnings: 0 });
  });

  it('sees the tagged trackers run only after Accept all, with their cookies under the declared purposes', () => {
    const [first, reject, accept] = record.visits;
    expect(first.tagged.filter((t) => t.ran && t.consent !== '!analytics')).toEqual([]);
    expect(reject.tagged.filter((t) => t.ran).map((t) => t.consent)).toEqual(['!analytics']);
    expect(accept.tagged.filter((t) => t.src?.endsWith('/trackers/stats.js'))).toEqual([expect.objectContaining({ ran: true })]);
    expect(first.cookies).toEqual([]);
    expect(reject.cookies.map((c) => c.name)).toEqual(['consent_gate']);
    expect(accept.cookies.find((c) => c.name === '_ad_px')).toMatchObject({ purpose: 'ads', source: 'site', setBy: { kind: 'response' } });
    expect(accept.cookies.find((c) => c.name === '_stat_id')).toMatchObject({
      purpose: 'analytics',
      source: 'site',
      setBy: { kind: 'script' },
    });
  });

  it('writes a JSON record that matches the schema and a self-contained HTML report with screenshots', () => {
    expect(recordValidator()(record)).toEqual([]);
    expect(html.match(/<img [^>]*src="data:image\/jpeg;base64,/g)?.length).toBe(5);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toContain('<script');
  });
});
