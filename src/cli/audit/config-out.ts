/**
 * `--config`: a consent-gate JSON config declaring every cookie and storage key
 * the audit saw under its purpose, ready to paste into
 * `<script type="application/json" id="consent-gate-config">`. The descriptions
 * are ours, written from the purpose and platform; the database's are never copied.
 */
import { matcher } from '../../consent/cookie-cleanup';
import type { AuditRecord, CookieRecord, StorageRecord } from './types';

export interface ConfigCookie {
  name: string;
  provider: string;
  duration: string;
  description: string;
}

export interface GeneratedConfig {
  purposes: Record<string, { cookies: ConfigCookie[] }>;
}

const WHAT: Record<string, string> = {
  necessary: 'needed for the site to work or to remember the consent choice',
  analytics: 'counts visits and how the site is used',
  ads: 'tracks visitors for advertising and measures which ads lead to sales',
  customization: 'remembers choices that change what the site shows',
  login: 'remembers sign-in details for faster checkout',
  unknown: 'purpose not known: move this entry under the purpose it serves',
};

/** "30 days", "1 year": a cookie's lifetime from the time of the audit, rounded. */
function lifetime(expires: string | null, from: string): string {
  if (!expires) return 'session';
  const days = Math.round((Date.parse(expires) - Date.parse(from)) / 86_400_000);
  if (days < 1) return 'less than a day';
  if (days < 60) return `${days} day${days === 1 ? '' : 's'}`;
  if (days < 365) return `${Math.round(days / 30)} months`;
  const years = Math.round(days / 365);
  return `${years} year${years === 1 ? '' : 's'}`;
}

function describe(item: CookieRecord | StorageRecord, kind: string): string {
  const what = WHAT[item.purpose] ?? `used for ${item.purpose}`;
  const who = item.platform ? ` of ${item.platform}` : '';
  return `${kind}${who}: ${what}.`;
}

/**
 * @example
 * writeFileSync('consent-gate-config.json', JSON.stringify(buildConfig(record), null, 2));
 */
export function buildConfig(record: AuditRecord): GeneratedConfig {
  const purposes: Record<string, { cookies: ConfigCookie[] }> = {};
  const seen = new Set<string>();
  const add = (purpose: string, entry: ConfigCookie) => {
    if (seen.has(entry.name)) return;
    seen.add(entry.name);
    (purposes[purpose] ??= { cookies: [] }).cookies.push(entry);
  };
  for (const visit of record.visits) {
    for (const c of visit.cookies) {
      if (c.source === 'consent-gate') continue; // consent-gate's own cookie is never declared: it is not optional
      add(c.purpose, {
        name: c.name,
        provider: c.platform ?? (c.party === 'first' ? 'this site' : c.domain.replace(/^\./, '')),
        duration: lifetime(c.expires, record.startedAt),
        description: describe(c, c.party === 'first' ? 'Cookie' : `Third-party cookie on ${c.domain.replace(/^\./, '')}`),
      });
    }
    for (const s of visit.storage) {
      add(s.purpose, {
        name: s.key,
        provider: s.platform ?? 'this site',
        duration: s.area === 'localStorage' ? 'until cleared' : 'until the tab is closed',
        description: describe(s, s.area === 'localStorage' ? 'Local storage key' : 'Session storage key'),
      });
    }
  }
  // Declarations the audit did not see are kept, so pasting the output loses nothing the site had.
  const observed = [...seen];
  for (const [purpose, patterns] of Object.entries(record.tool.declared ?? {})) {
    for (const pattern of patterns) {
      if (seen.has(pattern) || observed.some(matcher(pattern))) continue;
      add(purpose, {
        name: pattern,
        provider: 'this site',
        duration: 'unknown',
        description: 'Declared by the site; not seen in the audit.',
      });
    }
  }
  return { purposes };
}
