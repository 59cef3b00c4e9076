import type { Settings } from '../config/settings';
import type { Store } from '../consent/store';
import type { Warn } from '../util/warn';

/** The package version sent in receipts; a node test keeps it equal to package.json. */
export const VERSION = '0.1.0';

/** What a consent receipt holds (docs/consent-signals.md#consent-receipts): the decision, where it was made, no personal data. */
export interface Receipt {
  id: string;
  timestamp: number;
  revision: string;
  purposes: Record<string, boolean>;
  url: string;
  version: string;
}

/**
 * Consent receipts (docs/consent-signals.md#consent-receipts, `data-log-url`): after every new decision, its
 * receipt is sent with `navigator.sendBeacon` (or `fetch` with `keepalive`
 * where the beacon is missing or refused). The body is JSON sent as
 * `text/plain`, a CORS-safelisted type, so a cross-origin endpoint needs no
 * preflight. Sending never blocks the page; a failure is told once.
 * Returns a function that stops following the store.
 *
 * @example
 * const stop = logConsent(store, settings, { win: window, warn });
 */
export function logConsent(store: Store, settings: Settings, { win, warn }: { win: Window; warn: Warn }): () => void {
  const endpoint = settings.logUrl;
  if (!endpoint) return () => {};
  const failed = (error?: unknown) => warn('could not send the consent receipt to ' + endpoint, error);
  // A reset or a re-read of the same decision is no new decision; a decision read from
  // another tab's cookie was logged by the tab that made it (one receipt per decision).
  let sent = store.get().id;
  return store.subscribe((local) => {
    const { id, timestamp, revision, purposes } = store.get();
    if (!local || !id || id === sent) return;
    sent = id;
    const { origin, pathname } = win.location;
    // The page address without query and fragment: those may carry personal data.
    const receipt: Receipt = { id, timestamp: timestamp!, revision, purposes, url: origin + pathname, version: VERSION };
    const body = JSON.stringify(receipt);
    const nav = win.navigator;
    try {
      if (nav.sendBeacon?.(endpoint, body)) return;
    } catch {
      // An invalid or blocked URL: fetch below reports it.
    }
    try {
      win.fetch(endpoint, { method: 'POST', body, keepalive: true }).then((r) => r.ok || failed(r.status), failed);
    } catch (error) {
      failed(error);
    }
  });
}
