/**
 * ESM entry for bundlers: no side effects on import (docs/api.md#bundlers).
 *
 * @example
 * import { createConsentGate } from 'consent-gate';
 * const gate = createConsentGate({ purposes: ['analytics', 'ads'], policyUrl: '/privacy' });
 * gate.on('change', (state) => console.log(state.purposes));
 */
import { create } from './create';
import { allLanguages } from './i18n/all';
import type { ConsentGateApi, ConsentGateOptions } from './types';
import { createWarner } from './util/warn';

export { parseConsentCookie, type ParseOptions } from './consent/parse-consent-cookie';
export type * from './types';

/**
 * Creates consent-gate on the current page from settings given as an object
 * (the data attributes in camelCase). Returns the same API as
 * `window.consentGate`, plus `destroy()` to stop observing the page.
 */
export function createConsentGate(options: ConsentGateOptions = {}): ConsentGateApi & { destroy(): void } {
  const { api, destroy } = create(options, { win: window, catalog: allLanguages, warn: createWarner() });
  return { ...api, destroy };
}
