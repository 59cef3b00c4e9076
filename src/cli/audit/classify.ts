/**
 * Gives each cookie or storage key a purpose and a platform, in this order: the
 * site's consent cookie, the site's own consent-gate declarations, consent tools'
 * and session cookies we know to be necessary, then the Open Cookie Database.
 */
import { matcher } from '../../consent/cookie-cleanup';
import { COOKIES, PLATFORMS } from './data/cookie-database';
import { NECESSARY, TRACKER_HOSTS } from './known';
import type { Classification, Purpose } from './types';

const PURPOSE_OF_CODE: Record<string, Purpose> = { a: 'analytics', m: 'ads', c: 'customization', n: 'necessary' };

interface PatternEntry {
  test: (name: string) => boolean;
  length: number;
  result: Classification;
}

/** The database as an exact-name map and a list of prefix patterns, longest first (built once per classifier). */
function loadDatabase(): { exact: Map<string, Classification>; patterns: PatternEntry[] } {
  const exact = new Map<string, Classification>();
  const patterns: PatternEntry[] = [];
  for (const [name, platform, code, retention] of COOKIES) {
    const result: Classification = { purpose: PURPOSE_OF_CODE[code[0]], platform: PLATFORMS[platform] || null, source: 'database' };
    if (retention) result.retention = retention;
    const pattern = code.endsWith('*') ? name + '*' : name;
    if (pattern.includes('*')) patterns.push({ test: matcher(pattern), length: pattern.length, result });
    else if (!exact.has(name)) exact.set(name, result);
  }
  patterns.sort((a, b) => b.length - a.length);
  return { exact, patterns };
}

export interface ClassifierOptions {
  /** Declared cookie and key names (or `*`-patterns) by purpose, from the site's consent-gate JSON config. */
  declared?: Readonly<Record<string, readonly string[]>>;
  /** The `provider` the site gave a declared name, shown as its platform. */
  providers?: ReadonlyMap<string, string>;
  /** The site's consent cookie name (consent-gate's `data-cookie-name`). */
  consentCookie?: string;
}

export interface Classifier {
  classify(name: string): Classification;
  /** The purpose a site declared a name under, or `null`. */
  declaredPurpose(name: string): string | null;
  /** A well-known tracker behind this host, or `null`. */
  trackerHost(host: string): { platform: string; purpose: Purpose } | null;
}

/**
 * @example
 * const { classify } = createClassifier({ declared: { analytics: ['_stat_*'] } });
 * classify('_stat_id'); // { purpose: 'analytics', platform: null, source: 'site' } (platform: the declared provider)
 * classify('_ga'); // { purpose: 'analytics', platform: 'Google Analytics', source: 'database', retention: '2 years' }
 */
export function createClassifier({
  declared = {},
  providers = new Map(),
  consentCookie = 'consent_gate',
}: ClassifierOptions = {}): Classifier {
  const database = loadDatabase();
  const declarations = Object.entries(declared).flatMap(([purpose, names]) =>
    names.map((n) => ({ purpose, test: matcher(n), provider: providers.get(n) ?? null })),
  );
  const necessary = NECESSARY.map(([pattern, platform]) => ({ test: matcher(pattern), platform }));

  function declaredPurpose(name: string): string | null {
    return declarations.find((d) => d.test(name))?.purpose ?? null;
  }

  // The site's word wins over the database's: a name like `_stat_id` may mean something else there.
  function declaration(name: string) {
    return declarations.find((d) => d.test(name)) ?? null;
  }

  function classify(name: string): Classification {
    if (name === consentCookie) return { purpose: 'necessary', platform: 'consent-gate', source: 'consent-gate' };
    const own = declaration(name);
    if (own) return { purpose: own.purpose, platform: own.provider, source: 'site' };
    const fromDatabase = database.exact.get(name) ?? database.patterns.find((p) => p.test(name))?.result;
    const known = necessary.find((n) => n.test(name));
    if (known) return { purpose: 'necessary', platform: known.platform, source: 'known' };
    if (fromDatabase) return { ...fromDatabase };
    return { purpose: 'unknown', platform: null, source: null };
  }

  function trackerHost(host: string): { platform: string; purpose: Purpose } | null {
    const h = host.toLowerCase();
    const hit = TRACKER_HOSTS.find(([domain]) => h === domain || h.endsWith('.' + domain));
    return hit ? { platform: hit[1], purpose: hit[2] } : null;
  }

  return { classify, declaredPurpose, trackerHost };
}
