import type { Settings } from '../config/settings';
import type { Store } from '../consent/store';
import type { ReceiptBody } from '../receipts/receipt';
import type { ShownReceipt } from '../receipts/shown-digest';
import type { Warn } from '../util/warn';

/** The package version sent in receipts; a node test keeps it equal to package.json. */
export const VERSION = '0.1.0';

/** What a consent receipt holds (docs/consent-signals.md#consent-receipts, docs/receipts.md): the decision, how and where it was made, no personal data. */
export type Receipt = ReceiptBody;

/**
 * Consent receipts (docs/consent-signals.md#consent-receipts, `data-log-url`): after every new decision, its
 * receipt is sent with `navigator.sendBeacon` (or `fetch` with `keepalive`
 * where the beacon is missing or refused). The body is JSON sent as
 * `text/plain`, a CORS-safelisted type, so a cross-origin endpoint needs no
 * preflight. Sending never blocks the page; a failure is told once.
 * `shown` gives the mounted UI's language and the digest of what it showed
 * (texts, purposes with their cookie declarations, policy URL; the UI computes
 * it, see `shownOnce`), or `null` while no notice was mounted (a returning
 * visitor deciding through the API; the UI is loaded on demand,
 * docs/loading.md): then the receipt says `shown: null` and the language
 * `lang()` picked. Returns a function that stops following the store.
 *
 * @example
 * const stop = logConsent(store, settings, { win, warn, shown: () => ui.shown(), lang: () => 'en' });
 */
export function logConsent(
  store: Store,
  settings: Settings,
  { win, warn, shown, lang }: { win: Window; warn: Warn; shown: () => ShownReceipt | null; lang: () => string },
): () => void {
  const endpoint = settings.logUrl;
  if (!endpoint) return () => {};
  const failed = (error?: unknown) => warn('could not send the consent receipt to ' + endpoint, error);
  // A reset or a re-read of the same decision is no new decision; a decision read from
  // another tab's cookie was logged by the tab that made it (one receipt per decision).
  // `previous` links each receipt to the decision it replaced, also one made in another tab.
  let previous = store.get().id;
  return store.subscribe((local) => {
    const { id, timestamp, revision, purposes } = store.get();
    const replaced = previous;
    previous = id;
    if (!local || !id || id === replaced) return;
    const { origin, pathname } = win.location;
    const method = store.method() ?? 'api';
    try {
      const seen = shown();
      // Sent once the digest is ready (Web Crypto is asynchronous), also without one: in the order of the decisions.
      (seen ? seen.digest : Promise.resolve(null)).then((hash) => {
        // The page address without query and fragment: those may carry personal data.
        const receipt: Receipt = {
          id,
          previous: replaced,
          timestamp: timestamp!,
          revision,
          mode: settings.mode,
          purposes,
          method,
          lang: seen ? seen.lang : lang(),
          shown: hash,
          url: origin + pathname,
          version: VERSION,
        };
        send(JSON.stringify(receipt));
      }, failed);
    } catch (error) {
      failed(error);
    }
  });

  function send(body: string) {
    try {
      if (win.navigator.sendBeacon?.(endpoint!, body)) return;
    } catch {
      // An invalid or blocked URL: fetch below reports it.
    }
    try {
      win.fetch(endpoint!, { method: 'POST', body, keepalive: true }).then((r) => r.ok || failed(r.status), failed);
    } catch (error) {
      failed(error);
    }
  }
}
