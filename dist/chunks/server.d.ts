/** Public types of consent-gate (SPEC.md sections 1, 4 and 5). */
/** What `consentGate.get()` returns and `consent-gate:change` carries (SPEC 4). */
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
/** A decision as stored in the cookie (SPEC 5). */
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
/** `window.consentGate` (SPEC 4). */
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
/** The rich settings of the inline JSON config (SPEC 1). */
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

interface ParseOptions {
    /** Cookie name, default `consent_gate` (the site's `data-cookie-name`). */
    name?: string;
    /** Only a decision made under this revision counts (the site's `data-revision`). */
    revision?: string | number;
    /** Only a decision at most this many days old counts (the site's `data-expires`). */
    maxAgeDays?: number;
    /** Current time in ms, for tests. */
    now?: number;
}
/**
 * Reads the decision from a whole `Cookie` header or from the bare cookie
 * value (SPEC 5); `null` when there is none, it does not parse, or it fails
 * the revision or age given. When several cookies of that name are sent, the
 * newest valid one counts, as in the browser. Never throws; uses no DOM.
 *
 * @example
 * import { parseConsentCookie } from 'consent-gate/server';
 * const decision = parseConsentCookie(req.headers.cookie, { revision: '3', maxAgeDays: 182 });
 * if (decision?.choices.analytics === true) { ... }
 */
declare function parseConsentCookie(headerOrValue: unknown, options?: ParseOptions | null): Decision | null;

export { parseConsentCookie as p };
export type { ConsentGateOptions as C, Decision as D, JsonConfig as J, Localized as L, ParseOptions as P, ConsentGateApi as a, ConsentEvent as b, ConsentState as c, CookieDeclaration as d };
