/**
 * The audit itself: three visits in fresh contexts (first, reject, accept), the
 * site's declarations read from its consent-gate config, every cookie and key
 * classified, and the findings judged.
 */
import type { Browser } from 'playwright-core';
import { cleanJsonConfig, parseJsonText } from '../../config/json-config';
import { createClassifier, type Classifier } from './classify';
import { judge } from './findings';
import type { AuditRecord, Classification, RequestRecord, SetBy, ToolRecord, VisitName, VisitRecord } from './types';
import { runVisit, type RawVisit } from './visit';

export interface AuditOptions {
  url: string;
  /** Pages in all, the start page included (1: the start page only). */
  pages: number;
  reject?: string;
  accept?: string;
  timeoutMs: number;
  /** Take screenshots of each visit (for the HTML report). */
  screenshots: boolean;
  progress(text: string): void;
}

export interface AuditResult {
  record: AuditRecord;
  /** Screenshots per visit, for the HTML report (not part of the JSON record). */
  shots: Record<VisitName, RawVisit['shots']>;
}

function toolOf(first: RawVisit, notes: string[], providers: Map<string, string>): ToolRecord {
  const cg = first.consentGate;
  if (!cg) return { name: first.banner.reject || first.banner.accept ? (first.banner.tool ?? 'unknown') : first.banner.tool };
  const clean = cleanJsonConfig(
    parseJsonText(cg.configText, (m) => notes.push(`consent-gate config: ${m}`)),
    (m) => notes.push(`consent-gate config: ${m}`),
  );
  const declared: Record<string, string[]> = {};
  for (const [purpose, info] of Object.entries(clean.purposes)) {
    if (info.cookies.length) declared[purpose] = info.cookies.map((c) => c.name);
    for (const c of info.cookies) if (c.provider) providers.set(c.name, c.provider);
  }
  return { name: 'consent-gate', mode: cg.mode === 'opt-out' ? 'opt-out' : 'opt-in', purposes: cg.purposes, declared };
}

/** The purpose of a name; when nothing knows the name, the known tracker whose script or response set it. */
function classifyItem(name: string, setBy: SetBy | null, classifier: Classifier): Classification {
  const found = classifier.classify(name);
  if (found.purpose !== 'unknown' || !setBy) return found;
  const tracker = classifier.trackerHost(new URL(setBy.url).hostname);
  return tracker ? { purpose: tracker.purpose, platform: tracker.platform, source: 'tracker-host' } : found;
}

function classifyVisit(raw: RawVisit, classifier: Classifier): VisitRecord {
  const requests = new Map<string, RequestRecord>();
  for (const r of raw.requests) {
    const key = `${r.type} ${r.url}`;
    const seen = requests.get(key);
    if (seen) {
      seen.count++;
      seen.cookie ||= r.cookie;
      continue;
    }
    const tracker = classifier.trackerHost(r.host);
    requests.set(key, { ...r, platform: tracker?.platform ?? null, purpose: tracker?.purpose ?? null, count: 1 });
  }
  return {
    name: raw.name,
    action: raw.action,
    pages: raw.pages,
    cookies: raw.cookies.map((c) => ({ ...c, ...classifyItem(c.name, c.setBy, classifier) })),
    storage: raw.storage.map((s) => ({ ...s, ...classifyItem(s.key, s.setBy, classifier) })),
    requests: [...requests.values()],
    tagged: raw.tagged,
    durationMs: raw.durationMs,
    notes: raw.notes,
  };
}

/**
 * Runs the three visits and judges them.
 *
 * @example
 * const { record } = await runAudit(browser, { url: 'https://www.example.com/', pages: 1, timeoutMs: 30_000, screenshots: false, progress: () => {} });
 * if (record.summary.violations) process.exitCode = 1;
 */
export async function runAudit(browser: Browser, options: AuditOptions): Promise<AuditResult> {
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const base = { url: options.url, timeoutMs: options.timeoutMs, screenshots: options.screenshots, progress: options.progress };
  // The visits share nothing (each has its own context), so they run side by side: on a site
  // without a banner the reject and accept visits each spend up to 5 s looking for one.
  const follow = { follow: options.pages - 1 };
  const [first, reject, accept] = await Promise.all([
    runVisit(browser, { ...base, name: 'first', pages: follow }),
    runVisit(browser, { ...base, name: 'reject', pages: follow, selector: options.reject }),
    runVisit(browser, { ...base, name: 'accept', pages: follow, selector: options.accept }),
  ]);
  const notes: string[] = [];
  const providers = new Map<string, string>();
  const tool = toolOf(first, notes, providers);
  first.notes.push(...notes);
  if (!tool.name && !options.reject && !options.accept) options.progress('no consent banner found: every visit was a first visit');
  const classifier = createClassifier({
    declared: tool.declared,
    providers,
    consentCookie: first.consentGate?.cookieName ?? 'consent_gate',
  });
  const visits = [first, reject, accept].map((v) => classifyVisit(v, classifier));
  const findings = judge({ visits, tool, untaggedScripts: first.untaggedScripts, siteHost: new URL(options.url).hostname, classifier });
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return {
    record: {
      url: options.url,
      startedAt,
      durationMs: Date.now() - started,
      browser: `Chromium ${browser.version()}`,
      tool,
      visits,
      findings,
      summary: { violations: count('violation'), warnings: count('warning'), infos: count('info') },
    },
    shots: { first: first.shots, reject: reject.shots, accept: accept.shots },
  };
}
