import type { Settings } from '../config/settings';
import type { Choices } from '../consent/purposes';
import { hasOwn } from '../util/own';
import type { Store } from '../consent/store';
import type { Warn } from '../util/warn';

type GtagWindow = Window & { dataLayer?: unknown; gtag?: unknown };
type Gtag = (...args: unknown[]) => void;

/**
 * Our purposes -> Google Consent Mode v2 types (docs/consent-signals.md#google-consent-mode). `security_storage` is always granted.
 * A list of pairs, not an object walked with `for…in`: a page's `Object.prototype.login =
 * ['ad_storage']` (prototype pollution) would otherwise add a purpose that grants ads.
 */
const TYPES: ReadonlyArray<readonly [purpose: string, types: readonly string[]]> = [
  ['analytics', ['analytics_storage']],
  ['ads', ['ad_storage', 'ad_user_data', 'ad_personalization']],
  ['customization', ['personalization_storage', 'functionality_storage']],
];

/**
 * The consent types for the current choices: granted only where the purpose
 * may run now (`true`, an own property of `choices`); undecided, refused and
 * inherited values are denied (fail closed).
 *
 * @example
 * consentTypes({ analytics: true }).analytics_storage // 'granted'
 */
export function consentTypes(choices: Choices): Record<string, string> {
  // Every type we report is an own property, so an inherited `ad_storage` on Object.prototype is shadowed.
  const types: Record<string, string> = { security_storage: 'granted' };
  for (const [purpose, names] of TYPES) {
    const state = hasOwn(choices, purpose) && choices[purpose] === true ? 'granted' : 'denied';
    for (const name of names) types[name] = state;
  }
  return types;
}

/** A Google tag already queued or ran: the `js`/`config` calls of gtag.js, or Tag Manager's start event. */
const ranBefore = (entry: unknown) => {
  const e = entry as { 0?: unknown; event?: unknown } | null | undefined;
  return e?.[0] === 'js' || e?.[0] === 'config' || e?.event === 'gtm.js';
};

/**
 * Google Consent Mode v2 (docs/consent-signals.md#google-consent-mode, `data-google-consent-mode="on"`). Called
 * while the script starts, before the gate activates anything: makes sure
 * `dataLayer` and `gtag` exist and pushes `gtag('consent', 'default', …)`
 * reflecting the stored decision (or the mode's default), then
 * `gtag('consent', 'update', …)` and a `consent_update` dataLayer event after
 * every change. Returns a function that stops following the store.
 *
 * Basic Consent Mode (the recommended recipe): the Google tag itself is tagged
 * `data-consent`, so the gate loads it only after a grant, and it finds our
 * default and update already in `dataLayer`. When an untagged Google tag was
 * set up before us (advanced mode in the wrong order), one warning names the
 * cause and both fixes (docs/google-consent-mode.md#the-wrong-order-warning).
 *
 * @example
 * const stop = googleConsentMode(store, settings, { win: window, warn });
 */
export function googleConsentMode(store: Store, settings: Settings, { win, warn }: { win: Window; warn: Warn }): () => void {
  if (settings.googleConsentMode !== 'on') return () => {};
  const w = win as GtagWindow;
  // The live array each time: a page may reassign `window.dataLayer` (Tag Manager keeps it an array).
  const layer = (): unknown[] => (Array.isArray(w.dataLayer) ? w.dataLayer : (w.dataLayer = []));
  if (layer().some(ranBefore))
    warn(
      'a Google tag ran before consent-gate: tag it with data-consent (basic Consent Mode), or load consent-gate before it with a plain <script> tag (no defer or async). See docs/google-consent-mode.md',
    );
  // As Google's own snippet does: gtag.js reads `arguments` objects, not arrays.
  if (typeof w.gtag !== 'function')
    w.gtag = function gtag() {
      layer().push(arguments);
    };

  const push = (command: 'default' | 'update') => {
    const types = consentTypes(store.choices());
    const { decided, purposes } = store.get();
    try {
      // Tags wait for an update only while the visitor has yet to decide.
      // Called on `w` each time, as the page's own gtag may be replaced later (or read `this`).
      (w.gtag as Gtag)(
        'consent',
        command,
        command === 'default' && !decided ? { ...types, wait_for_update: settings.googleConsentWait } : types,
      );
      (w.gtag as Gtag)('set', 'ads_data_redaction', types.ad_storage === 'denied');
      if (command === 'update') layer().push({ event: 'consent_update', ...types, purposes });
    } catch (error) {
      // The page's own gtag or dataLayer.push threw: the notice and the gate must still work.
      warn('gtag threw', error);
    }
  };
  push('default');
  return store.subscribe(() => push('update'));
}
