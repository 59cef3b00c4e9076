/** Every candidate, in table order. */
export { consentGate, consentGateDefer } from './consent-gate.mjs';
export { vanillaCookieconsent } from './vanilla-cookieconsent.mjs';
export { klaro } from './klaro.mjs';
export { tarteaucitron } from './tarteaucitron.mjs';
export { osano } from './osano.mjs';
export { noTool, ungated } from './baselines.mjs';
