import { domOf, listen } from '../util/dom';
import { valuesOf } from './decision-reader';
import type { Store } from './store';

/** How often a visible tab looks at the consent cookie for a change made elsewhere. */
export const POLL_MS = 1000;

type CookieStoreLike = EventTarget;

/**
 * Carries decisions to the other open tabs of the site (docs/cookie.md#other-tabs), the cookie
 * staying the only truth (no message carries choices):
 *
 * - same origin: a BroadcastChannel message makes them re-read at once;
 * - any tab that sees the cookie (other subdomains sharing `data-cookie-domain`,
 *   which BroadcastChannel cannot reach, being per origin): the Cookie Store
 *   API's `change` event where it exists (Chromium), and, while the tab is
 *   visible, a look at the cookie every `POLL_MS` (a string comparison; no
 *   timer runs in a hidden tab);
 * - on becoming visible or regaining focus, a re-read.
 *
 * Returns a function that stops syncing.
 *
 * @example
 * const stop = syncTabs(store, window, 'consent_gate');
 */
export function syncTabs(store: Store, win: Window, cookieName: string): () => void {
  const dom = domOf(win.document);
  const ours = () => valuesOf(dom.cookie(), cookieName).join(';');
  let seen = ours();
  const receive = () => {
    seen = ours();
    store.refresh();
  };
  const look = () => {
    if (ours() !== seen) receive();
  };
  let timer: number | undefined;
  const onVisible = () => {
    const visible = dom.visibilityState() !== 'hidden';
    if (visible) look();
    if (visible && timer === undefined) timer = win.setInterval(look, POLL_MS);
    if (!visible && timer !== undefined) timer = void win.clearInterval(timer);
  };
  let channel: BroadcastChannel | null = null;
  try {
    const open = new (win as Window & typeof globalThis).BroadcastChannel('consent-gate:' + cookieName);
    open.onmessage = receive;
    channel = open;
  } catch {
    // No BroadcastChannel (old browser, opaque origin): the cookie watch carries changes.
  }
  let cookieStore: CookieStoreLike | null = null;
  try {
    const found = (win as Window & { cookieStore?: unknown }).cookieStore;
    if (found && typeof (found as CookieStoreLike).addEventListener === 'function') {
      (found as CookieStoreLike).addEventListener('change', look);
      cookieStore = found as CookieStoreLike;
    }
  } catch {
    // Cookie Store API blocked (opaque origin): polling still carries changes.
  }
  // Only a change this tab made is announced: one it received would echo between tabs forever.
  const unsubscribe = store.subscribe((local) => {
    seen = ours();
    if (!local) return;
    try {
      channel?.postMessage(1);
    } catch {
      // A closed channel: the cookie watch still carries the change.
    }
  });
  const offFocus = listen(win, 'focus', onVisible);
  const offVisible = listen(win.document, 'visibilitychange', onVisible);
  onVisible();
  return () => {
    unsubscribe();
    channel?.close();
    cookieStore?.removeEventListener('change', look);
    if (timer !== undefined) win.clearInterval(timer);
    offFocus();
    offVisible();
  };
}
