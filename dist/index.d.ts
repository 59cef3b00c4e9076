import { C as ConsentGateApi, a as ConsentGateOptions } from './chunks/parse-consent-cookie.js';
export { b as ConsentEvent, c as ConsentState, d as CookieDeclaration, D as Decision, J as JsonConfig, L as Localized, P as ParseOptions, p as parseConsentCookie } from './chunks/parse-consent-cookie.js';

/** How the ESM build runs on the page (not settings of the notice). */
interface LoadOptions {
    /**
     * The page's CSP nonce. Tagged scripts must carry it to be activated where
     * the page uses nonces; without it the first `<script nonce>` of the page
     * is taken, which injected markup could forge.
     */
    nonce?: string;
    /**
     * Built-in languages the visitor may get (default: all eight). English is
     * always included: it is what any other language falls back to.
     */
    languages?: readonly string[];
}
/** The instance: `window.consentGate`'s API plus `destroy()`. */
type ConsentGate = ConsentGateApi & {
    /** Removes everything consent-gate added: elements, listeners, observers, subscriptions. Elements it activated stay. */
    destroy(): void;
};
/**
 * Creates consent-gate on the current page from settings given as an object
 * (the data attributes in camelCase). Returns the same API as
 * `window.consentGate`, plus `destroy()`. The notice is `import()`ed on a
 * first visit (at once), on `show()`, after a reset, for a blocked iframe's
 * placeholder or a `[data-consent-open]` click; a returning visitor loads none.
 *
 * @example
 * const gate = createConsentGate({ mode: 'opt-in' }, { nonce: document.querySelector('meta[name=csp-nonce]')?.content, languages: ['de'] });
 */
declare function createConsentGate(options?: ConsentGateOptions, { nonce, languages }?: LoadOptions): ConsentGate;

export { ConsentGateApi, ConsentGateOptions, createConsentGate };
export type { ConsentGate, LoadOptions };
