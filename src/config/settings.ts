import type { ConsentGateOptions } from '../types';
import type { Warn } from '../util/warn';
import { safeUrl } from '../util/safe-url';
import { cleanJsonConfig, type CleanJsonConfig } from './json-config';
import { DEFAULT_PURPOSES } from './keys';

/** Every setting, validated, defaulted and frozen (docs/attributes.md#attributes). */
export interface Settings {
  readonly purposes: readonly string[];
  readonly mode: 'opt-in' | 'opt-out';
  readonly policyUrl: string | null;
  readonly revision: string;
  readonly expiresDays: number;
  readonly cookieName: string;
  readonly cookieDomain: string | null;
  readonly lang: string;
  readonly position: 'bottom' | 'top' | 'center';
  readonly theme: 'light' | 'dark' | 'auto';
  readonly gpc: 'respect' | 'ignore';
  readonly googleConsentMode: boolean;
  readonly googleConsentWait: number;
  readonly logUrl: string | null;
  readonly reloadOnWithdraw: boolean;
  readonly json: CleanJsonConfig;
}

export { DEFAULT_PURPOSES };
export const PURPOSE_ID = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;
const MAX_PURPOSES = 20;

/** Option key -> the attribute a site owner writes, for warnings that name it. */
const attributeName = (key: string) => 'data-' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

function describe(value: unknown): string {
  // An object is named by its type: String() of a null-prototype object or a hostile toString throws.
  const text = Object(value) === value ? typeof value : String(value);
  return JSON.stringify(text.length > 40 ? text.slice(0, 40) + '…' : text);
}

/**
 * An option the site owner gave: an own property only. `Object.prototype.mode =
 * 'opt-out'` (set by a vulnerable query-string parser before our script) is
 * inherited by every object and must never read as a setting.
 */
export function ownOption(options: unknown, key: string): unknown {
  return typeof options === 'object' && options !== null && Object.prototype.hasOwnProperty.call(options, key)
    ? (options as Record<string, unknown>)[key]
    : undefined;
}

function createValidator(options: ConsentGateOptions, warn: Warn) {
  const raw = (key: keyof ConsentGateOptions): unknown => {
    const value: unknown = ownOption(options, key);
    return typeof value === 'string' ? value.trim() : value;
  };
  const reject = <T>(key: keyof ConsentGateOptions, value: unknown, expected: string, fallback: T): T => {
    warn(`${attributeName(key)}=${describe(value)} is not ${expected}; using ${describe(fallback ?? 'none')}`);
    return fallback;
  };
  return {
    oneOf<T extends string>(key: keyof ConsentGateOptions, allowed: readonly T[], fallback: T): T {
      let value = raw(key);
      if (value === undefined) return fallback;
      // A boolean stands only for an on/off switch: `mode: false` must not silently mean opt-out.
      if (typeof value === 'boolean' && /^(off|false)$/.test(allowed[1]!)) value = value ? allowed[0] : allowed[1];
      return allowed.includes(value as T) ? (value as T) : reject(key, value, `one of ${allowed.join(', ')}`, fallback);
    },
    integer(key: keyof ConsentGateOptions, min: number, max: number, fallback: number): number {
      const value = raw(key);
      if (value === undefined) return fallback;
      const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : NaN;
      return Number.isInteger(n) && n >= min && n <= max ? n : reject(key, value, `a whole number from ${min} to ${max}`, fallback);
    },
    pattern(key: keyof ConsentGateOptions, re: RegExp, fallback: string | null, expected: string): string | null {
      let value = raw(key);
      // A typed number stands for its digits (`revision: 2`); Infinity or NaN is no name and is refused below.
      if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
      if (value === undefined || value === '') return value === '' ? reject(key, value, expected, fallback) : fallback;
      return typeof value === 'string' && re.test(value) ? value : reject(key, value, expected, fallback);
    },
    url(key: keyof ConsentGateOptions): string | null {
      const value = raw(key);
      if (value === undefined) return null;
      return safeUrl(value) ?? reject(key, value, 'an http(s) or relative URL', null);
    },
    raw,
    reject,
  };
}

function readPurposes(v: ReturnType<typeof createValidator>, warn: Warn): string[] {
  const value = v.raw('purposes');
  if (value === undefined) return [...DEFAULT_PURPOSES];
  const tokens = Array.isArray(value)
    ? value.filter((t): t is string => typeof t === 'string')
    : typeof value === 'string'
      ? value.split(/[\s,]+/).filter(Boolean)
      : [];
  const purposes: string[] = [];
  for (const token of tokens) {
    if (token === 'necessary') continue; // implicit and always granted (docs/attributes.md#purposes)
    if (!PURPOSE_ID.test(token)) warn(`data-purposes: ${describe(token)} is not a valid purpose id; ignoring it`);
    else if (!purposes.includes(token) && purposes.length < MAX_PURPOSES) purposes.push(token);
  }
  return purposes.length ? purposes : v.reject('purposes', value, 'a list of purpose ids', [...DEFAULT_PURPOSES]);
}

function readDomain(v: ReturnType<typeof createValidator>, host: string): string | null {
  const domain = v.pattern('cookieDomain', /^\.?[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})*$/, null, 'a domain name');
  if (domain === null) return null;
  const bare = domain.replace(/^\./, '').toLowerCase();
  const h = host.toLowerCase();
  // RFC 6265 5.1.3: the cookie is rejected by the browser unless the host domain-matches it.
  if (h === bare || h.endsWith('.' + bare)) return domain;
  return v.reject('cookieDomain', domain, `a parent domain of ${h}`, null);
}

/**
 * Turns the site owner's options (attribute strings or typed values) into
 * frozen settings. Pure: every invalid value is reported once through `warn`
 * and replaced by its default, so a broken attribute can never leave a page
 * without a notice or with trackers running.
 *
 * @example
 * const settings = createSettings({ mode: 'opt-out' }, { host: 'example.com', warn: createWarner() });
 */
export function createSettings(options: ConsentGateOptions, env: { host: string; warn: Warn }): Settings {
  const v = createValidator(options ?? {}, env.warn);
  const purposes = readPurposes(v, env.warn);
  const lang = v.pattern('lang', /^(auto|[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*)$/, 'auto', 'auto or a language code')!;
  const settings: Settings = {
    purposes: Object.freeze(purposes),
    mode: v.oneOf('mode', ['opt-in', 'opt-out'], 'opt-in'),
    policyUrl: v.url('policyUrl'),
    revision: v.pattern('revision', /^[A-Za-z0-9_.-]{1,32}$/, '1', 'letters, digits, "._-", at most 32')!,
    expiresDays: v.integer('expires', 1, 3650, 182),
    cookieName: v.pattern('cookieName', /^[A-Za-z0-9_-]{1,64}$/, 'consent_gate', 'letters, digits, "_-", at most 64')!,
    cookieDomain: readDomain(v, env.host),
    lang: lang.toLowerCase(),
    position: v.oneOf('position', ['bottom', 'top', 'center'], 'bottom'),
    theme: v.oneOf('theme', ['light', 'dark', 'auto'], 'auto'),
    gpc: v.oneOf('gpc', ['respect', 'ignore'], 'respect'),
    googleConsentMode: v.oneOf('googleConsentMode', ['on', 'off'], 'off') === 'on',
    googleConsentWait: v.integer('googleConsentWait', 0, 10_000, 500),
    logUrl: v.url('logUrl'),
    reloadOnWithdraw: v.oneOf('reloadOnWithdraw', ['true', 'false'], 'true') === 'true',
    json: cleanJsonConfig(ownOption(options, 'config'), env.warn, purposes),
  };
  return Object.freeze(settings);
}
