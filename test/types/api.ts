/**
 * Type tests (STYLE habit 8): `npm test` runs `tsc --noEmit`, which fails if
 * any line marked `@ts-expect-error` below stops being an error, i.e. if the
 * public types start accepting misuse. Never executed.
 */
import { createConsentGate, parseConsentCookie, type ConsentGateApi } from '../../src/index';

export function misuse(api: ConsentGateApi): void {
  // @ts-expect-error accept() takes an array of purposes, not one string
  api.accept('analytics');
  // @ts-expect-error set() takes booleans
  api.set({ analytics: 'yes' });
  // @ts-expect-error only 'change', 'show' and 'hide' are events
  api.on('click', () => {});
  // @ts-expect-error mode is 'opt-in' or 'opt-out'
  createConsentGate({ mode: 'opt-maybe' });
  // @ts-expect-error position is bottom, top or center
  createConsentGate({ position: 'left' });
  // @ts-expect-error a decision's choices are booleans, not strings
  const value: string | undefined = parseConsentCookie('')?.choices.analytics;
  void value;
}

export function use(api: ConsentGateApi): boolean {
  const off = api.on('change', (state) => void state.purposes.analytics);
  off();
  api.accept(['analytics']);
  createConsentGate({ purposes: ['analytics'], expires: 30, googleConsentMode: true });
  return api.get().decided && api.has('necessary');
}
