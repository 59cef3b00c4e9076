/** Public types of consent-gate (docs/attributes.md, docs/api.md and docs/cookie.md). */
/** What `consentGate.get()` returns and `consent-gate:change` carries (docs/api.md#methods). */
interface ConsentState {
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
interface Decision {
    /** Policy revision the decision was made under. */
    revision: string;
    /** Decision time in ms since the epoch (stored with one-second precision). */
    timestamp: number;
    /** 16 lowercase hex digits from `crypto.getRandomValues`. */
    id: string;
    /** The visitor's choice per purpose, including purposes this page may not know. */
    choices: Record<string, boolean>;
}
type ConsentEvent = 'change' | 'show' | 'hide';
/** `window.consentGate` (docs/api.md#methods). */
interface ConsentGateApi {
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
type Localized = string | Record<string, string>;
/** A cookie declared for a purpose: a name or `*`-pattern, or the details shown in the dialog. */
type CookieDeclaration = string | {
    name: string;
    provider?: string;
    duration?: string;
    description?: string;
};
/** The rich settings of the inline JSON config (docs/attributes.md#the-json-config). */
interface JsonConfig {
    purposes?: Record<string, {
        label?: Localized;
        description?: Localized;
        cookies?: CookieDeclaration[];
    }>;
    texts?: Record<string, Record<string, string>>;
}
/**
 * Settings for `createConsentGate`: the data attributes in camelCase, each as
 * the attribute's string or as a typed value.
 */
interface ConsentGateOptions {
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

/** The site's settings, as on its script tag: the server must read with the same ones. */
interface ParseOptions {
    /** Cookie name, default `consent_gate` (the site's `data-cookie-name`). */
    name?: string;
    /** The site's `data-purposes`, default the four built-ins. */
    purposes?: string | readonly string[];
    /** The site's `data-mode`, default `opt-in`. */
    mode?: 'opt-in' | 'opt-out';
    /** Only a decision made under this revision is current (the site's `data-revision`, default `1`). */
    revision?: string | number;
    /** Only a decision at most this many days old is current (the site's `data-expires`, default 182). */
    maxAgeDays?: number;
    /**
     * `true` when the request carries Global Privacy Control (`Sec-GPC: 1`) and
     * the site respects it (`data-gpc="respect"`, the default): ads read as
     * refused before any decision, as in the browser.
     */
    gpc?: boolean;
    /** Current time in ms, for tests. */
    now?: number;
}
/**
 * Reads the visitor's consent from a request's `Cookie` header (docs/server.md#parseconsentcookie) with
 * the same reader as the browser (`readDecision`): the same shape as
 * `consentGate.get()`, and the same decision the visitor's browser reaches
 * from the same cookies. Pass the site's settings (at least `revision` and
 * `maxAgeDays` when the tag sets `data-revision` or `data-expires`).
 * Without a header or a valid decision: `decided: false` and every purpose
 * `false` (in opt-out mode, `true` unless refused). Never throws; uses no DOM.
 *
 * @example
 * import { parseConsentCookie } from 'consent-gate/server';
 * const consent = parseConsentCookie(req.headers.cookie, { revision: '3', maxAgeDays: 182 });
 * if (consent.purposes.analytics) { ... }
 */
declare function parseConsentCookie(header: unknown, options?: ParseOptions | null): ConsentState;

export { parseConsentCookie as p };
export type { ConsentGateApi as C, Decision as D, JsonConfig as J, Localized as L, ParseOptions as P, ConsentGateOptions as a, ConsentEvent as b, ConsentState as c, CookieDeclaration as d };
