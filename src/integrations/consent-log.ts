import type { Settings } from '../config/settings';
import type { Store } from '../consent/store';
import type { ReceiptBody } from '../receipts/receipt';
import { shownDigest, type ShownContent } from '../receipts/shown-digest';
import type { Warn } from '../util/warn';

/** The package version sent in receipts; a node test keeps it equal to package.json. */
export const VERSION = '0.1.0';

/** What a consent receipt holds (docs/consent-signals.md#consent-receipts, docs/receipts.md): the decision, how and where it was made, no personal data. */
export type Receipt = ReceiptBody;

/** What the visitor could read, with its language: the UI model gives both. */
export type Shown = ShownContent & { lang: string };

/**
 * Consent receipts (docs/consent-signals.md#consent-receipts, `data-log-url`): after every new decision, its
 * receipt is sent with `navigator.sendBeacon` (or `fetch` with `keepalive`
 * where the beacon is missing or refused). The body is JSON sent as
 * `text/plain`, a CORS-safelisted type, so a cross-origin endpoint needs no
 * preflight. Sending never blocks the page; a failure is told once.
 * `shown` gives what the visitor was shown (texts, purposes with their cookie
 * declarations, policy URL) and its language; the receipt carries its SHA-256,
 * computed once, just after start-up (Web Crypto is asynchronous), so it is
 * ready before the visitor can click and a receipt is sent in the same task as
 * the decision, before a withdrawal's reload. Returns a function that stops following the store.
 *
 * @example
 * const stop = logConsent(store, settings, { win, warn, shown: () => model });
 */
export function logConsent(
  store: Store,
  settings: Settings,
  { win, warn, shown }: { win: Window; warn: Warn; shown: () => Shown },
): () => void {
  const endpoint = settings.logUrl;
  if (!endpoint) return () => {};
  const failed = (error?: unknown) => warn('could not send the consent receipt to ' + endpoint, error);
  // After the caller's synchronous start-up, which builds what `shown` returns. Without Web Crypto
  // (a page on plain http is no secure context) the receipt says `shown: null` rather than nothing.
  const described = Promise.resolve().then(async () => {
    const content = shown();
    let hash: string | null = null;
    try {
      const subtle = win.crypto?.subtle;
      if (subtle) hash = await shownDigest(content, subtle);
    } catch {
      hash = null;
    }
    return { lang: content.lang, shown: hash };
  });
  // A `shown` that threw is told when a decision needs it, not as an unhandled rejection now.
  described.catch(() => {});
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
    described.then(({ lang, shown: hash }) => {
      // The page address without query and fragment: those may carry personal data.
      const receipt: Receipt = {
        id,
        previous: replaced,
        timestamp: timestamp!,
        revision,
        mode: settings.mode,
        purposes,
        method,
        lang,
        shown: hash,
        url: origin + pathname,
        version: VERSION,
      };
      send(JSON.stringify(receipt));
    }, failed);
  });

  function send(body: string) {
    const nav = win.navigator;
    try {
      if (nav.sendBeacon?.(endpoint!, body)) return;
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
