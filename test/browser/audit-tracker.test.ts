/**
 * `consent-gate audit` against a shop that runs consent-gate but forgot to tag
 * its Mixpanel embed (the real SDK from npm, loaded from Mixpanel's CDN host and
 * reporting to its API host), and against the same shop without any banner.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditSite,
  mixpanelEmbed,
  MIXPANEL_TOKEN,
  recordValidator,
  SHOP,
  shopPage,
  startSites,
  type AuditRun,
  type Sites,
} from './audit-sites';

const COOKIE = `mp_${MIXPANEL_TOKEN}_mixpanel`;
let sites: Sites;
let untagged: AuditRun;
const validate = recordValidator();

beforeAll(async () => {
  sites = await startSites();
  sites.pages.set(
    '/',
    shopPage({
      head: `<script>${mixpanelEmbed()}</script>`,
      body: '<a href="https://elsewhere.example/">Partner</a> <a href="/about">About us</a>',
    }),
  );
  sites.pages.set('/about', shopPage({ head: `<script>${mixpanelEmbed()}</script>` }));
  sites.pages.set(
    '/no-banner',
    `<!doctype html><html lang="en"><head><title>No banner</title><script>${mixpanelEmbed()}</script></head><body><h1>Shop</h1></body></html>`,
  );
  untagged = await auditSite(`http://${SHOP}/`, sites, ['--pages', '2']);
}, 120_000);
afterAll(() => sites?.close());

describe('an untagged Mixpanel embed on a consent-gate site', () => {
  it('exits 1 and says FAIL', () => {
    expect(untagged.status).toBe(1);
    expect(untagged.out).toMatch(/^FAIL: \d+ violations \(exit 1\)$/m);
  });

  it('reports the Mixpanel cookie before consent and after Reject all, naming its platform and setter', () => {
    for (const kind of ['before-consent', 'after-reject'] as const) {
      const finding = untagged.record.findings.find((f) => f.kind === kind && f.subject === 'cookie' && f.name === COOKIE);
      expect(finding).toMatchObject({ severity: 'violation', purpose: 'analytics', platform: 'Mixpanel' });
      expect(finding?.message).toContain('http://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js');
    }
  });

  it('reports the requests to Mixpanel hosts before consent and after Reject all', () => {
    for (const kind of ['before-consent', 'after-reject'] as const) {
      const hosts = untagged.record.findings.filter((f) => f.kind === kind && f.subject === 'request').map((f) => f.host);
      expect(hosts).toEqual(expect.arrayContaining(['cdn.mxpnl.com', 'api-js.mixpanel.com']));
    }
    expect(untagged.out).toMatch(/violation +before-consent +cookie mp_\w+_mixpanel \(Mixpanel, analytics\)/);
    expect(untagged.out).toMatch(/violation +after-reject +\d+ requests? to api-js\.mixpanel\.com \(Mixpanel, analytics\)/);
  });

  it('answered through our notice, whose Reject all was clicked by its name', () => {
    const reject = untagged.record.visits.find((v) => v.name === 'reject');
    expect(untagged.record.tool).toMatchObject({ name: 'consent-gate', mode: 'opt-in' });
    expect(reject?.action).toEqual({ wanted: 'reject', method: 'button', name: 'Reject all' });
    expect(reject?.cookies.find((c) => c.name === 'consent_gate')).toMatchObject({
      purpose: 'necessary',
      party: 'first',
      source: 'consent-gate',
    });
  });

  it('records the cookie with its attributes, party and the request that carried it', () => {
    const first = untagged.record.visits.find((v) => v.name === 'first')!;
    const cookie = first.cookies.find((c) => c.name === COOKIE);
    expect(cookie).toMatchObject({
      domain: '.crumb-bakery.com',
      path: '/',
      party: 'first',
      secure: false,
      httpOnly: false,
      setBy: { kind: 'script' },
    });
    expect(Date.parse(cookie!.expires!)).toBeGreaterThan(Date.now() + 300 * 86_400_000);
    expect(first.requests.find((r) => r.host === 'cdn.mxpnl.com')).toMatchObject({ type: 'script', platform: 'Mixpanel', cookie: false });
  });

  it('warns that the Mixpanel script is untagged and its cookie undeclared', () => {
    expect(untagged.record.findings).toContainEqual(
      expect.objectContaining({ kind: 'untagged-script', severity: 'warning', host: 'cdn.mxpnl.com', platform: 'Mixpanel' }),
    );
    expect(untagged.record.findings).toContainEqual(expect.objectContaining({ kind: 'undeclared', name: COOKIE }));
  });

  it('follows same-site links up to --pages in every visit, passing over other sites', () => {
    for (const visit of untagged.record.visits) expect(visit.pages).toEqual([`http://${SHOP}/`, `http://${SHOP}/about`]);
  });

  it('writes a record that matches the documented schema', () => {
    expect(validate(untagged.record)).toEqual([]);
  });
});

describe('a site without any banner', () => {
  it('is audited all the same: every visit is a first visit, with the same findings before consent', async () => {
    const { status, record } = await auditSite(`http://${SHOP}/no-banner`, sites);
    expect(status).toBe(1);
    expect(record.tool.name).toBeNull();
    expect(record.visits.map((v) => v.action.method)).toEqual(['none', 'none', 'none']);
    expect(record.visits.map((v) => v.cookies.some((c) => c.name === COOKIE))).toEqual([true, true, true]);
    expect(record.findings).toContainEqual(expect.objectContaining({ kind: 'before-consent', name: COOKIE, platform: 'Mixpanel' }));
    expect(record.findings.filter((f) => f.kind === 'untagged-script').map((f) => f.severity)).toEqual(['info']);
    expect(validate(record)).toEqual([]);
  }, 120_000);
});
