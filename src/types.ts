/** Public types of consent-gate (docs/attributes.md, docs/api.md and docs/cookie.md). */

/** What `consentGate.get()` returns and `consent-gate:change` carries (docs/api.md#methods). */
export interface ConsentState {
  /** A valid stored decision covers every configured purpose. */
  decided: boolean;
  /** Each configured optional purpose: `true` when it may run now. */
  purposes: Record<string, boolean>;
  revision: string;
  /** Decision time in ms since the epoch, `null` before a decision. */
  timestamp: number | null;
  /** Random id of the decision, `null` before a decision. */
  id: string | null;
}

/** A decision as stored in the cookie (docs/cookie.md#format). */
export interface Decision {
  /** Policy revision the decision was made under. */
  revision: string;
  /** Decision time in ms since the epoch (stored with one-second precision). */
  timestamp: number;
  /** 16 lowercase hex digits from `crypto.getRandomValues`. */
  id: string;
  /** The visitor's choice per purpose, including purposes this page may not know. */
  choices: Record<string, boolean>;
}

export type ConsentEvent = 'change' | 'show' | 'hide';

/** `window.consentGate` (docs/api.md#methods). */
export interface ConsentGateApi {
  get(): ConsentState;
  has(purpose: string): boolean;
  accept(purposes?: string[]): void;
  reject(): void;
  set(choices: Record<string, boolean>): void;
  show(): void;
  hide(): void;
  reset(): void;
  on(event: ConsentEvent, callback: (state: ConsentState) => void): () => void;
}

/** Per-language text, or one string for every language. */
export type Localized = string | Record<string, string>;

/** A cookie declared for a purpose: a name or `*`-pattern, or the details shown in the dialog. */
export type CookieDeclaration = string | { name: string; provider?: string; duration?: string; description?: string };

/** The rich settings of the inline JSON config (docs/attributes.md#the-json-config). */
export interface JsonConfig {
  purposes?: Record<string, { label?: Localized; description?: Localized; cookies?: CookieDeclaration[] }>;
  texts?: Record<string, Record<string, string>>;
}

/**
 * Settings for `createConsentGate`: the data attributes in camelCase, each as
 * the attribute's string or as a typed value.
 */
export interface ConsentGateOptions {
  purposes?: string | string[];
  mode?: 'opt-in' | 'opt-out';
  policyUrl?: string;
  revision?: string | number;
  expires?: string | number;
  cookieName?: string;
  cookieDomain?: string;
  lang?: string;
  position?: 'bottom' | 'top' | 'center';
  theme?: 'light' | 'dark' | 'auto';
  gpc?: 'respect' | 'ignore';
  googleConsentMode?: 'on' | 'off' | boolean;
  googleConsentWait?: string | number;
  logUrl?: string;
  reloadOnWithdraw?: 'true' | 'false' | boolean;
  /** The JSON config itself (the script tag reads it from `data-config`). */
  config?: JsonConfig;
}
