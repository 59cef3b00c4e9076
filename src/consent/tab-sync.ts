import type { Store } from './store';

/**
 * Carries decisions to the other open tabs of the site (docs/cookie.md#other-tabs): a
 * BroadcastChannel message makes them re-read the cookie at once; where
 * BroadcastChannel is missing or blocked, a tab re-reads the cookie when it
 * becomes visible or regains focus. The cookie stays the only truth: the
 * message carries no choices. Returns a function that stops syncing.
 *
 * @example
 * const stop = syncTabs(store, window, 'consent_gate');
 */
export function syncTabs(store: Store, win: Window, cookieName: string): () => void {
  const receive = () => store.refresh();
  const onVisible = () => {
    if (win.document.visibilityState !== 'hidden') receive();
  };
  let channel: BroadcastChannel | null = null;
  try {
    const open = new (win as Window & typeof globalThis).BroadcastChannel('consent-gate:' + cookieName);
    open.onmessage = receive;
    channel = open;
  } catch {
    // No BroadcastChannel (old browser, opaque origin): the focus fallback carries changes.
  }
  // Only a change this tab made is announced: one it received would echo between tabs forever.
  const unsubscribe = store.subscribe((local) => {
    if (!local) return;
    try {
      channel?.postMessage(1);
    } catch {
      // A closed channel: the focus fallback still carries the change.
    }
  });
  win.addEventListener('focus', onVisible);
  win.document.addEventListener('visibilitychange', onVisible);
  return () => {
    unsubscribe();
    channel?.close();
    win.removeEventListener('focus', onVisible);
    win.document.removeEventListener('visibilitychange', onVisible);
  };
}
