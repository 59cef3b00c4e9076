import { C as ConsentGateOptions, a as ConsentGateApi } from './chunks/server.js';
export { b as ConsentEvent, c as ConsentState, d as CookieDeclaration, D as Decision, J as JsonConfig, L as Localized, P as ParseOptions, p as parseConsentCookie } from './chunks/server.js';

/**
 * Creates consent-gate on the current page from settings given as an object
 * (the data attributes in camelCase). Returns the same API as
 * `window.consentGate`, plus `destroy()` to stop observing the page.
 */
declare function createConsentGate(options?: ConsentGateOptions): ConsentGateApi & {
    destroy(): void;
};

export { ConsentGateApi, ConsentGateOptions, createConsentGate };
