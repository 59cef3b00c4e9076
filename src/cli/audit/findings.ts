/**
 * Judges a classified audit: what was stored or sent before consent and after
 * Reject all, which third-party scripts are not tagged, and how the site's
 * declarations compare with what was seen (docs/audit.md, "Findings").
 */
import { matcher } from '../../consent/cookie-cleanup';
import { CONSENT_TOOL_SCRIPTS } from './known';
import { plainUrl, sameSite } from './site';
import type { Classifier } from './classify';
import type { CookieRecord, Finding, Severity, StorageRecord, ToolRecord, VisitRecord } from './types';

const ORDER: Record<Severity, number> = { violation: 0, warning: 1, info: 2 };

function label(purpose: string | null, platform: string | null): string {
  return [platform, purpose].filter(Boolean).join(', ');
}

function storedFindings(visit: VisitRecord, kind: 'before-consent' | 'after-reject', strict: boolean): Finding[] {
  const when = kind === 'before-consent' ? 'before any consent' : 'after Reject all';
  const out: Finding[] = [];
  const judge = (subject: 'cookie' | 'storage', name: string, item: CookieRecord | StorageRecord, by: string) => {
    if (item.purpose === 'necessary') return;
    const unknown = item.purpose === 'unknown';
    out.push({
      kind,
      severity: unknown ? 'warning' : strict ? 'violation' : 'info',
      visit: visit.name,
      subject,
      name,
      purpose: item.purpose,
      platform: item.platform,
      message: `${subject === 'cookie' ? 'cookie' : 'area' in item && item.area === 'localStorage' ? 'localStorage key' : 'sessionStorage key'} ${name} (${label(item.purpose, item.platform) || 'purpose unknown'}) ${when}${by}`,
    });
  };
  for (const c of visit.cookies)
    judge('cookie', c.name, c, `${c.party === 'third' ? ' on ' + c.domain : ''}${c.setBy ? `, set by ${c.setBy.url}` : ''}`);
  for (const s of visit.storage) judge('storage', s.key, s, s.setBy ? `, set by ${s.setBy.url}` : '');
  // One finding per tracker host: its paths and resource types add up.
  const hosts = new Map<string, { count: number; cookie: boolean; platform: string; purpose: string | null }>();
  for (const r of visit.requests) {
    if (!r.platform) continue;
    const seen = hosts.get(r.host) ?? { count: 0, cookie: false, platform: r.platform, purpose: r.purpose };
    seen.count += r.count;
    seen.cookie ||= r.cookie;
    hosts.set(r.host, seen);
  }
  for (const [host, r] of hosts) {
    out.push({
      kind,
      severity: strict ? 'violation' : 'info',
      visit: visit.name,
      subject: 'request',
      host,
      purpose: r.purpose,
      platform: r.platform,
      message: `${r.count} request${r.count > 1 ? 's' : ''} to ${host} (${label(r.purpose, r.platform)}) ${when}${r.cookie ? ', carrying cookies' : ''}`,
    });
  }
  return out;
}

function untaggedFindings(scripts: string[], siteHost: string, tool: ToolRecord, classifier: Classifier): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const src of scripts) {
    const url = plainUrl(src);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const host = new URL(url).hostname;
    if (sameSite(host, siteHost) || CONSENT_TOOL_SCRIPTS.test(url)) continue;
    const tracker = classifier.trackerHost(host);
    out.push({
      kind: 'untagged-script',
      severity: tool.name === 'consent-gate' ? 'warning' : 'info',
      visit: 'first',
      subject: 'script',
      name: url,
      host,
      purpose: tracker?.purpose ?? null,
      platform: tracker?.platform ?? null,
      message: `third-party script ${url}${tracker ? ` (${tracker.platform})` : ''} has no data-consent: it runs whatever the visitor decides`,
    });
  }
  return out;
}

function declarationFindings(visits: VisitRecord[], tool: ToolRecord): Finding[] {
  if (tool.name !== 'consent-gate') return [];
  const out: Finding[] = [];
  const names = new Map<string, CookieRecord | StorageRecord>();
  for (const v of visits) {
    for (const c of v.cookies) if (!names.has('cookie ' + c.name)) names.set('cookie ' + c.name, c);
    for (const s of v.storage) if (!names.has('storage ' + s.key)) names.set('storage ' + s.key, s);
  }
  for (const [key, item] of names) {
    if (item.source === 'site' || item.source === 'consent-gate') continue;
    const [subject, name] = [key.slice(0, key.indexOf(' ')) as 'cookie' | 'storage', key.slice(key.indexOf(' ') + 1)];
    out.push({
      kind: 'undeclared',
      severity: 'warning',
      visit: null,
      subject,
      name,
      purpose: item.purpose,
      platform: item.platform,
      message: `${subject === 'cookie' ? 'cookie' : 'storage key'} ${name} is not declared in the consent-gate config (seen as ${label(item.purpose, item.platform) || 'purpose unknown'})`,
    });
  }
  const seen = [...names.keys()].map((k) => k.slice(k.indexOf(' ') + 1));
  for (const [purpose, patterns] of Object.entries(tool.declared ?? {})) {
    for (const pattern of patterns) {
      const test = matcher(pattern);
      if (seen.some(test)) continue;
      out.push({
        kind: 'declared-not-seen',
        severity: 'info',
        visit: null,
        subject: 'declaration',
        name: pattern,
        purpose,
        platform: null,
        message: `${pattern} is declared under ${purpose} but was not seen in any visit`,
      });
    }
  }
  return out;
}

/**
 * Every finding of an audit, most severe first.
 *
 * @example
 * const findings = judge({ visits, tool, untaggedScripts, siteHost: 'www.bakery.com', classifier });
 */
export function judge(input: {
  visits: VisitRecord[];
  tool: ToolRecord;
  untaggedScripts: string[];
  siteHost: string;
  classifier: Classifier;
}): Finding[] {
  const { visits, tool } = input;
  const optIn = tool.mode !== 'opt-out';
  const first = visits.find((v) => v.name === 'first');
  const reject = visits.find((v) => v.name === 'reject');
  const findings = [
    ...(first ? storedFindings(first, 'before-consent', optIn) : []),
    ...(reject && reject.action.method !== 'none' ? storedFindings(reject, 'after-reject', true) : []),
    ...untaggedFindings(input.untaggedScripts, input.siteHost, tool, input.classifier),
    ...declarationFindings(visits, tool),
  ];
  return findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
