import type { ConsentGateOptions } from '../types';
import type { Warn } from '../util/warn';
import { hasOwn } from '../util/own';
import { safeUrl } from '../util/safe-url';
import { readJsonConfig, type CoreJsonConfig } from './json-core';
import { attributeName, DEFAULT_PURPOSES, LANG, PURPOSE_ID } from './keys';

/**
 * Every setting, validated, defaulted and frozen (docs/attributes.md#attributes):
 * each option under its own key, with the value its rule accepts (the on/off
 * switches keep their words: test `googleConsentMode === 'on'`).
 */
export interface Settings {
  readonly purposes: readonly string[];
  readonly mode: 'opt-in' | 'opt-out';
  readonly policyUrl: string | null;
  readonly revision: string;
  /** How many days a decision counts (`data-expires`). */
  readonly expires: number;
  readonly cookieName: string;
  readonly cookieDomain: string | null;
  readonly lang: string;
  readonly position: 'bottom' | 'top' | 'center';
  readonly theme: 'light' | 'dark' | 'auto';
  readonly gpc: 'respect' | 'ignore';
  readonly googleConsentMode: 'on' | 'off';
  readonly googleConsentWait: number;
  readonly logUrl: string | null;
  readonly reloadOnWithdraw: 'true' | 'false';
  /** What the core takes from the JSON config; the UI reads the rest (`json.raw`) when it mounts, the check file warns about it. */
  readonly json: CoreJsonConfig;
}

export { DEFAULT_PURPOSES, PURPOSE_ID };
const MAX_PURPOSES = 20;

/** How an option is checked: the setting a value stands for, or `undefined` when it is not valid; what is expected; the default. */
type Rule = readonly [check: (value: unknown, host: string) => unknown, expected: string, fallback: unknown];

/** One of the listed words. A boolean stands for one only on an on/off switch: `mode: false` must not silently mean opt-out. */
const oneOf = (allowed: readonly string[], fallback = allowed[0]): Rule => [
  (value) => {
    if (typeof value === 'boolean' && /^(off|false)$/.test(allowed[1]!)) value = allowed[value ? 0 : 1];
    return allowed.includes(value as string) ? value : undefined;
  },
  `one of ${allowed.join(', ')}`,
  fallback,
];

const integer = (min: number, max: number, fallback: number): Rule => [
  (value) => {
    const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : NaN;
    return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
  },
  `a whole number from ${min} to ${max}`,
  fallback,
];

/** A name matching `re`. A typed number stands for its digits (`revision: 2`); Infinity or NaN is no name. */
const pattern = (re: RegExp, expected: string, fallback: string): Rule => [
  (value) => {
    if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
    return typeof value === 'string' && re.test(value) ? value : undefined;
  },
  expected,
  fallback,
];

const url: Rule = [(value) => safeUrl(value) ?? undefined, 'an http(s) or relative URL', null];

/**
 * The host itself or a parent of it: by RFC 6265 5.1.3 the browser rejects a
 * cookie whose domain the host does not domain-match.
 */
const domain: Rule = [
  (value, host) => {
    const bare =
      typeof value === 'string' && /^\.?[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})*$/.test(value) && value.replace(/^\./, '').toLowerCase();
    // `.host` ends with `.bare` exactly when the host is `bare` or a subdomain of it.
    return bare && ('.' + host.toLowerCase()).endsWith('.' + bare) ? value : undefined;
  },
  '{host} or a parent domain of it',
  null,
];

/** Every option but `purposes`, with its rule, in the order of `OPTION_KEYS` (docs/attributes.md#attributes). */
const RULES: Readonly<Record<Exclude<keyof ConsentGateOptions, 'purposes' | 'config'>, Rule>> = {
  mode: oneOf(['opt-in', 'opt-out']),
  policyUrl: url,
  revision: pattern(/^[A-Za-z0-9_.-]{1,32}$/, 'letters, digits, "._-", at most 32', '1'),
  expires: integer(1, 3650, 182),
  cookieName: pattern(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, "_-", at most 64', 'consent_gate'),
  cookieDomain: domain,
  lang: [
    (value) => (value === 'auto' || (typeof value === 'string' && LANG.test(value)) ? value.toLowerCase() : undefined),
    'auto or a language code',
    'auto',
  ],
  position: oneOf(['bottom', 'top', 'center']),
  theme: oneOf(['light', 'dark', 'auto'], 'auto'),
  gpc: oneOf(['respect', 'ignore']),
  googleConsentMode: oneOf(['on', 'off'], 'off'),
  googleConsentWait: integer(0, 10_000, 500),
  logUrl: url,
  reloadOnWithdraw: oneOf(['true', 'false']),
};

/**
 * The option keys the attribute reader reads off the tag: `purposes`, then each
 * rule's. The same list as `OPTION_KEYS` (a test keeps them equal), made from
 * the rules so the core does not carry the names twice (the check file's hints
 * read `OPTION_KEYS`).
 */
export const SETTING_KEYS = ['purposes', ...Object.keys(RULES)];

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
  const value =
    typeof options === 'object' && options !== null && hasOwn(options, key) ? (options as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value.trim() : value;
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
export function createSettings(options: ConsentGateOptions, { host, warn }: { host: string; warn: Warn }): Settings {
  const reject = <T>(key: string, value: unknown, expected: string, fallback: T): T => {
    warn(`${attributeName(key)}=${describe(value)} is not ${expected}; using ${describe(fallback ?? 'none')}`);
    return fallback;
  };
  const read = (key: keyof typeof RULES): unknown => {
    const [check, expected, fallback] = RULES[key];
    const value = ownOption(options, key);
    if (value === undefined) return fallback;
    return check(value, host) ?? reject(key, value, expected.replace('{host}', host), fallback);
  };

  const given = ownOption(options, 'purposes');
  const tokens = Array.isArray(given)
    ? given.filter((t) => typeof t === 'string')
    : typeof given === 'string'
      ? given.split(/[\s,]+/).filter(Boolean)
      : [];
  const purposes: string[] = [];
  for (const token of tokens) {
    // `necessary` is implicit and always granted (docs/attributes.md#purposes).
    if (token === 'necessary') continue;
    if (!PURPOSE_ID.test(token)) warn(`data-purposes: ${describe(token)} is not a purpose id; ignoring it`);
    else if (!purposes.includes(token) && purposes.length < MAX_PURPOSES) purposes.push(token);
  }
  if (given !== undefined && !purposes.length) reject('purposes', given, 'a list of purpose ids', DEFAULT_PURPOSES.join(' '));

  const settings = {
    purposes: Object.freeze(purposes.length ? purposes : [...DEFAULT_PURPOSES]),
    // Each rule's option in the order of RULES (so of the attributes' list), under its own key.
    ...Object.fromEntries(Object.keys(RULES).map((key) => [key, read(key as keyof typeof RULES)])),
    json: readJsonConfig(ownOption(options, 'config')),
  } as Settings;
  return Object.freeze(settings);
}
