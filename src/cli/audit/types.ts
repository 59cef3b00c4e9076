/**
 * The audit record: what `consent-gate audit` writes with `--json` (docs/audit.md,
 * docs/audit.schema.json). Values of cookies and storage are never recorded: they
 * may hold personal data, and the purpose is told by the name.
 */

/** Purposes an observation can be classified under. */
export type Purpose = 'necessary' | 'analytics' | 'ads' | 'customization' | 'login' | 'unknown' | (string & {});

/**
 * Where a purpose came from: the site's own declarations, our consent cookie, the cookie database,
 * our list of known names, or the known tracker host whose script or response set it.
 */
export type PurposeSource = 'site' | 'consent-gate' | 'database' | 'known' | 'tracker-host' | null;

export interface Classification {
  purpose: Purpose;
  platform: string | null;
  source: PurposeSource;
  /** Retention from the cookie database, when known. */
  retention?: string;
}

/** Which response or script set a cookie or storage key, where the browser tells. */
export interface SetBy {
  kind: 'response' | 'script';
  /** Origin and path of the response or script (no query). */
  url: string;
}

export interface CookieRecord extends Classification {
  name: string;
  domain: string;
  path: string;
  /** ISO time, or `null` for a session cookie. */
  expires: string | null;
  secure: boolean;
  httpOnly: boolean;
  sameSite: 'Strict' | 'Lax' | 'None';
  party: 'first' | 'third';
  setBy: SetBy | null;
}

export interface StorageRecord extends Classification {
  area: 'localStorage' | 'sessionStorage';
  key: string;
  origin: string;
  setBy: SetBy | null;
}

export interface RequestRecord {
  host: string;
  /** Origin and path, no query (queries often carry ids). */
  url: string;
  /** The browser's resource type: script, image, xhr, fetch, ping, document, … */
  type: string;
  /** Whether the request carried a Cookie header. */
  cookie: boolean;
  /** Platform and purpose when the host is a known tracker host. */
  platform: string | null;
  purpose: Purpose | null;
  count: number;
}

export interface TaggedRecord {
  tag: string;
  consent: string;
  src: string | null;
  ran: boolean;
}

export interface ActionRecord {
  /** What was asked for: nothing (the first visit), Reject all, or Accept all. */
  wanted: 'none' | 'reject' | 'accept';
  /** How it was done: a button found by name, the --reject/--accept selector, window.consentGate, or not at all. */
  method: 'button' | 'selector' | 'api' | 'none';
  /** The accessible name of the clicked button. */
  name?: string;
  /** Why nothing was clicked, when something was wanted. */
  note?: string;
}

export type VisitName = 'first' | 'reject' | 'accept';

export interface VisitRecord {
  name: VisitName;
  action: ActionRecord;
  pages: string[];
  cookies: CookieRecord[];
  storage: StorageRecord[];
  requests: RequestRecord[];
  tagged: TaggedRecord[];
  durationMs: number;
  /** Things that did not go as planned (network never quiet, a page that failed to load). */
  notes: string[];
}

export type Severity = 'violation' | 'warning' | 'info';
export type FindingKind = 'before-consent' | 'after-reject' | 'untagged-script' | 'undeclared' | 'declared-not-seen';

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  visit: VisitName | null;
  /** What it concerns: a cookie, a storage key, a request host or a script. */
  subject: 'cookie' | 'storage' | 'request' | 'script' | 'declaration';
  name?: string;
  host?: string;
  purpose: Purpose | null;
  platform: string | null;
  message: string;
}

export interface ToolRecord {
  /** `consent-gate`, the name of another consent tool when recognised, `unknown` for a banner found by its buttons, or `null` when no banner was found. */
  name: string | null;
  /** consent-gate only: `opt-in` or `opt-out` (from data-mode). */
  mode?: 'opt-in' | 'opt-out';
  /** consent-gate only: the purposes it offers. */
  purposes?: string[];
  /** consent-gate only: the declared cookie and storage names by purpose. */
  declared?: Record<string, string[]>;
}

export interface AuditRecord {
  url: string;
  startedAt: string;
  durationMs: number;
  browser: string;
  tool: ToolRecord;
  visits: VisitRecord[];
  findings: Finding[];
  summary: { violations: number; warnings: number; infos: number };
}
