/** The pure parts of `consent-gate audit`: arguments, sites, classification, findings, outputs. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/cli/audit/classify';
import { buildConfig } from '../../src/cli/audit/config-out';
import { judge } from '../../src/cli/audit/findings';
import { parseAuditArgs } from '../../src/cli/audit/options';
import { renderHtml } from '../../src/cli/audit/report-html';
import { formatSummary } from '../../src/cli/audit/report-text';
import { registrableDomain, sameSite } from '../../src/cli/audit/site';
import type { AuditRecord, CookieRecord, ToolRecord, VisitRecord } from '../../src/cli/audit/types';
import { cleanJsonConfig } from '../../src/config/json-config';

const ROOT = new URL('../..', import.meta.url).pathname;

describe('parseAuditArgs', () => {
  it('reads a URL and every option, in both --name value and --name=value forms', () => {
    const parsed = parseAuditArgs([
      'https://www.example.com',
      '--json',
      'a.json',
      '--html=a.html',
      '--pages',
      '3',
      '--timeout',
      '2.5',
      '--fail-on',
      'warning',
      '--reject',
      '#no',
      '--browser-arg',
      '--a',
      '--browser-arg=--b',
    ]);
    expect(parsed).toEqual({
      ok: true,
      options: {
        url: 'https://www.example.com/',
        json: 'a.json',
        html: 'a.html',
        pages: 3,
        timeoutMs: 2500,
        failOn: 'warning',
        reject: '#no',
        browserArgs: ['--a', '--b'],
      },
    });
  });

  it('refuses what it cannot use, with a reason', () => {
    expect(parseAuditArgs([])).toMatchObject({ ok: false, error: 'a URL is needed' });
    expect(parseAuditArgs(['javascript:alert(1)'])).toMatchObject({ ok: false, error: 'the URL must start with http:// or https://' });
    expect(parseAuditArgs(['https://a.example', '--pages', '0'])).toMatchObject({ ok: false });
    expect(parseAuditArgs(['https://a.example', '--fail-on', 'info'])).toMatchObject({ ok: false });
    expect(parseAuditArgs(['https://a.example', '--submit'])).toMatchObject({ ok: false, error: 'unknown option --submit' });
    expect(parseAuditArgs(['https://a.example', '--json'])).toMatchObject({ ok: false, error: '--json needs a value' });
    expect(parseAuditArgs(['--help'])).toEqual({ ok: false, help: true });
  });

  it('never throws, whatever the arguments', () => {
    fc.assert(fc.property(fc.array(fc.string()), (args) => void parseAuditArgs(args)));
  });
});

describe('first and third party', () => {
  it('groups hosts by registrable domain, with two-level suffixes', () => {
    expect(registrableDomain('www.crumb-bakery.com')).toBe('crumb-bakery.com');
    expect(registrableDomain('.shop.co.uk')).toBe('shop.co.uk');
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
    expect(sameSite('.crumb-bakery.com', 'www.crumb-bakery.com')).toBe(true);
    expect(sameSite('api-js.mixpanel.com', 'www.crumb-bakery.com')).toBe(false);
  });

  it('never throws on any host', () => {
    fc.assert(fc.property(fc.string(), (host) => typeof registrableDomain(host) === 'string'));
  });
});

describe('createClassifier', () => {
  const { classify, trackerHost } = createClassifier({
    declared: { analytics: ['_stat_*'], ads: ['_ga'] },
    providers: new Map([['_stat_*', 'Crumb & Co.']]),
    consentCookie: 'cg',
  });

  it('puts the site consent cookie first, then the site declarations, then known names, then the database', () => {
    expect(classify('cg')).toEqual({ purpose: 'necessary', platform: 'consent-gate', source: 'consent-gate' });
    expect(classify('_stat_id')).toEqual({ purpose: 'analytics', platform: 'Crumb & Co.', source: 'site' });
    expect(classify('_ga')).toMatchObject({ purpose: 'ads', source: 'site' });
    expect(classify('PHPSESSID')).toEqual({ purpose: 'necessary', platform: 'PHP', source: 'known' });
    expect(createClassifier().classify('_ga')).toEqual({
      purpose: 'analytics',
      platform: 'Google Analytics',
      source: 'database',
      retention: '2 years',
    });
    expect(classify('mp_abc_mixpanel')).toMatchObject({ purpose: 'analytics', platform: 'Mixpanel', source: 'database' });
    expect(classify('_fbp')).toMatchObject({ purpose: 'ads', platform: 'Facebook' });
    expect(classify('no-such-cookie-anywhere')).toEqual({ purpose: 'unknown', platform: null, source: null });
  });

  it('knows tracker hosts and their subdomains, not look-alikes', () => {
    expect(trackerHost('api-js.mixpanel.com')).toEqual({ platform: 'Mixpanel', purpose: 'analytics' });
    expect(trackerHost('www.google-analytics.com')).toMatchObject({ platform: 'Google Analytics' });
    expect(trackerHost('notmixpanel.com')).toBeNull();
  });
});

function cookie(name: string, extra: Partial<CookieRecord> = {}): CookieRecord {
  return {
    name,
    domain: 'www.shop.example',
    path: '/',
    expires: null,
    secure: true,
    httpOnly: false,
    sameSite: 'Lax',
    party: 'first',
    setBy: null,
    purpose: 'unknown',
    platform: null,
    source: null,
    ...extra,
  };
}

function visit(name: VisitRecord['name'], cookies: CookieRecord[], extra: Partial<VisitRecord> = {}): VisitRecord {
  const action: VisitRecord['action'] =
    name === 'first'
      ? { wanted: 'none', method: 'none' }
      : { wanted: name, method: 'button', name: name === 'reject' ? 'Reject all' : 'Accept all' };
  return {
    name,
    action,
    pages: ['https://www.shop.example/'],
    cookies,
    storage: [],
    requests: [],
    tagged: [],
    durationMs: 1000,
    notes: [],
    ...extra,
  };
}

describe('judge', () => {
  const classifier = createClassifier();
  const ga = cookie('_ga', { purpose: 'analytics', platform: 'Google Analytics', source: 'database' });
  const tool: ToolRecord = { name: 'consent-gate', mode: 'opt-in', purposes: ['analytics'], declared: { analytics: ['_stat_*'] } };
  const tracker = {
    host: 'www.google-analytics.com',
    url: 'https://www.google-analytics.com/g/collect',
    type: 'ping',
    cookie: false,
    platform: 'Google Analytics',
    purpose: 'analytics',
    count: 2,
  };

  it('makes non-necessary cookies and tracker requests before consent and after Reject all violations', () => {
    const findings = judge({
      visits: [visit('first', [ga], { requests: [tracker] }), visit('reject', [ga]), visit('accept', [ga])],
      tool,
      untaggedScripts: [],
      siteHost: 'www.shop.example',
      classifier,
    });
    expect(findings.filter((f) => f.severity === 'violation').map((f) => `${f.kind} ${f.name ?? f.host}`)).toEqual([
      'before-consent _ga',
      'before-consent www.google-analytics.com',
      'after-reject _ga',
    ]);
  });

  it('makes unknown cookies warnings, before-consent only informative in opt-out mode, and ignores a reject visit that clicked nothing', () => {
    const unknown = cookie('mystery');
    const rejectNothing = visit('reject', [ga], { action: { wanted: 'reject', method: 'none', note: 'no Reject button found' } });
    const findings = judge({
      visits: [visit('first', [unknown, ga]), rejectNothing, visit('accept', [])],
      tool: { ...tool, mode: 'opt-out' },
      untaggedScripts: [],
      siteHost: 'www.shop.example',
      classifier,
    });
    expect(findings.filter((f) => f.kind === 'before-consent').map((f) => `${f.severity} ${f.name}`)).toEqual([
      'warning mystery',
      'info _ga',
    ]);
    expect(findings.filter((f) => f.kind === 'after-reject')).toEqual([]);
  });

  it('warns of untagged third-party scripts but not of the site own or the consent tool', () => {
    const scripts = [
      'https://www.shop.example/app.js',
      'https://cdn.jsdelivr.net/npm/vanilla-cookieconsent@3/dist/cookieconsent.umd.js',
      'https://www.googletagmanager.com/gtag/js?id=G-1',
    ];
    const findings = judge({
      visits: [visit('first', []), visit('reject', []), visit('accept', [])],
      tool,
      untaggedScripts: scripts,
      siteHost: 'www.shop.example',
      classifier,
    });
    expect(findings.filter((f) => f.kind === 'untagged-script')).toEqual([
      expect.objectContaining({ severity: 'warning', name: 'https://www.googletagmanager.com/gtag/js', platform: 'Google Tag Manager' }),
    ]);
  });

  it('tells what is undeclared and what is declared but not seen', () => {
    const stat = cookie('_stat_id', { purpose: 'analytics', source: 'site' });
    const findings = judge({
      visits: [visit('first', []), visit('reject', []), visit('accept', [stat, ga])],
      tool: { ...tool, declared: { analytics: ['_stat_*', 'login_email'] } },
      untaggedScripts: [],
      siteHost: 'www.shop.example',
      classifier,
    });
    expect(findings.filter((f) => f.kind === 'undeclared').map((f) => f.name)).toEqual(['_ga']);
    expect(findings.filter((f) => f.kind === 'declared-not-seen').map((f) => `${f.severity} ${f.name}`)).toEqual(['info login_email']);
  });
});

function record(visits: VisitRecord[], tool: ToolRecord = { name: 'consent-gate', mode: 'opt-in', purposes: ['analytics'] }): AuditRecord {
  return {
    url: 'https://www.shop.example/',
    startedAt: '2026-12-01T10:00:00.000Z',
    durationMs: 3000,
    browser: 'Chromium 1',
    tool,
    visits,
    findings: [],
    summary: { violations: 0, warnings: 0, infos: 0 },
  };
}

describe('buildConfig', () => {
  it('declares what was seen under its purpose, keeps declarations not seen, and consent-gate reads it back whole', () => {
    const seen = [
      cookie('_ga', { purpose: 'analytics', platform: 'Google Analytics', source: 'database', expires: '2028-12-01T10:00:00.000Z' }),
      cookie('consent_gate', { purpose: 'necessary', source: 'consent-gate' }),
      cookie('sid', { purpose: 'necessary', platform: 'PHP', source: 'known' }),
      cookie('odd', { party: 'third', domain: '.ads.example' }),
    ];
    const config = buildConfig(
      record([visit('first', []), visit('reject', []), visit('accept', seen)], {
        name: 'consent-gate',
        declared: { login: ['login_email'] },
      }),
    );
    expect(config.purposes.analytics.cookies).toEqual([
      {
        name: '_ga',
        provider: 'Google Analytics',
        duration: '2 years',
        description: 'Cookie of Google Analytics: counts visits and how the site is used.',
      },
    ]);
    expect(Object.keys(config.purposes).sort()).toEqual(['analytics', 'login', 'necessary', 'unknown']);
    expect(config.purposes.unknown.cookies[0]).toMatchObject({ name: 'odd', provider: 'ads.example', duration: 'session' });
    const read = cleanJsonConfig(JSON.parse(JSON.stringify(config)), () => {
      throw new Error('consent-gate warned about the generated config');
    });
    expect(
      Object.values(read.purposes)
        .flatMap((p) => p.cookies.map((c) => c.name))
        .sort(),
    ).toEqual(['_ga', 'login_email', 'odd', 'sid']);
  });
});

describe('reports', () => {
  const hostile = cookie('<img src=x onerror=alert(1)>', { purpose: 'analytics' });
  const r = record([visit('first', [hostile]), visit('reject', []), visit('accept', [])]);

  it('the HTML report escapes every value and loads nothing', () => {
    const html = renderHtml(r, { first: [{ label: 'on arrival', jpeg: Buffer.from([0xff, 0xd8]) }], reject: [], accept: [] });
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('src="data:image/jpeg;base64,/9g="');
  });

  it('the terminal summary ends with the result and the exit status', () => {
    expect(formatSummary(r, 'violation')).toMatch(/OK: no violation \(exit 0\)\n/);
    const failing = { ...r, summary: { violations: 0, warnings: 2, infos: 0 } };
    expect(formatSummary(failing, 'warning')).toMatch(/FAIL: 2 warnings \(--fail-on warning\) \(exit 1\)\n/);
  });
});

describe('the cookie table derived from the Open Cookie Database', () => {
  it('is what scripts/build-cookie-database.mjs makes from the CSV (regenerate it after updating the CSV)', () => {
    // The CSV lives in shared/ beside the repository; the script finds it (and throws when it is missing).
    expect(execFileSync(process.execPath, [join(ROOT, 'scripts/build-cookie-database.mjs'), '--check'], { encoding: 'utf8' })).toContain(
      'is up to date',
    );
  });

  it('carries no description sentences from the database', () => {
    const table = readFileSync(join(ROOT, 'src/cli/audit/data/cookie-database.ts'), 'utf8');
    expect(table).not.toContain('Registers statistical data');
    expect(table).not.toContain("This cookie is used to store a user's unique identifier");
  });
});
