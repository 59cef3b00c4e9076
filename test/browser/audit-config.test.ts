/**
 * `consent-gate audit --config`: on a shop whose Mixpanel embed is tagged but
 * whose consent-gate config declares nothing, the command writes a config; put
 * on the page, a second audit finds nothing undeclared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSite, mixpanelEmbed, MIXPANEL_TOKEN, SHOP, shopPage, startSites, type AuditRun, type Sites } from './audit-sites';

const COOKIE = `mp_${MIXPANEL_TOKEN}_mixpanel`;
const TAGGED = `<script type="text/plain" data-consent="analytics">${mixpanelEmbed()}</script>`;
let sites: Sites;
let before: AuditRun;
let config: { purposes: Record<string, { cookies: Array<{ name: string; provider: string; duration: string; description: string }> }> };

beforeAll(async () => {
  sites = await startSites();
  sites.pages.set('/', shopPage({ head: TAGGED }));
  before = await auditSite(`http://${SHOP}/`, sites, ['--config', 'CONFIG']);
  config = JSON.parse(readFileSync(join(before.dir, 'consent-gate-config.json'), 'utf8'));
}, 120_000);
afterAll(() => sites?.close());

describe('--config', () => {
  it('finds the tagged tracker clean but undeclared', () => {
    expect(before.status).toBe(0);
    expect(before.record.findings.filter((f) => f.severity === 'violation')).toEqual([]);
    expect(before.record.findings).toContainEqual(
      expect.objectContaining({ kind: 'undeclared', subject: 'cookie', name: COOKIE, severity: 'warning' }),
    );
  });

  it('declares every cookie and key seen under its purpose, with descriptions of our own', () => {
    const seen = new Set(before.record.visits.flatMap((v) => [...v.cookies.map((c) => c.name), ...v.storage.map((s) => s.key)]));
    seen.delete('consent_gate');
    const declared = Object.values(config.purposes).flatMap((p) => p.cookies.map((c) => c.name));
    expect(new Set(declared)).toEqual(seen);
    expect(config.purposes.analytics.cookies).toContainEqual({
      name: COOKIE,
      provider: 'Mixpanel',
      duration: '1 year',
      description: 'Cookie of Mixpanel: counts visits and how the site is used.',
    });
  });

  it('leaves nothing undeclared once its output is on the page', async () => {
    sites.pages.set('/', shopPage({ head: TAGGED, config: JSON.stringify(config) }));
    const after = await auditSite(`http://${SHOP}/`, sites);
    expect(after.record.findings.filter((f) => f.kind === 'undeclared')).toEqual([]);
    expect(after.record.tool.declared?.analytics).toContain(COOKIE);
    const accepted = after.record.visits.find((v) => v.name === 'accept')!;
    expect(accepted.cookies.find((c) => c.name === COOKIE)).toMatchObject({ purpose: 'analytics', source: 'site', platform: 'Mixpanel' });
    expect(accepted.tagged).toContainEqual(expect.objectContaining({ tag: 'script', consent: 'analytics', ran: true }));
    expect(after.status).toBe(0);
  }, 120_000);
});
