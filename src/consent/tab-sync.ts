import { domOf, listen } from '../util/dom';
import { valuesOf } from './cookie-pairs';
import type { Store } from './store';

/** How often a visible tab looks at the consent cookie for a change made elsewhere. */
export const POLL_MS = 1000;

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
 * Each of these may be missing or blocked (an old browser, an opaque origin):
 * the others still carry changes. Returns a function that stops syncing.
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
    if (dom.visibilityState() === 'hidden') timer = void win.clearInterval(timer);
    else {
      look();
      timer ??= win.setInterval(look, POLL_MS);
    }
  };
  let channel: BroadcastChannel | undefined;
  try {
    channel = new (win as Window & typeof globalThis).BroadcastChannel('consent-gate:' + cookieName);
    channel.onmessage = receive;
  } catch {
    // No BroadcastChannel: the cookie watch carries changes.
  }
  let offCookieStore = () => {};
  try {
    const cookieStore = (win as { cookieStore?: EventTarget }).cookieStore;
    // (Never `listen` on undefined: Web IDL would take the window for it, and `change` bubbles there from every form field.)
    if (cookieStore) offCookieStore = listen(cookieStore, 'change', look);
  } catch {
    // A page whose cookieStore getter throws: polling still carries changes.
  }
  const stops = [
    offCookieStore,
    listen(win, 'focus', onVisible),
    listen(win.document, 'visibilitychange', onVisible),
    // Only a change this tab made is announced: one it received would echo between tabs forever.
    store.subscribe((local) => {
      seen = ours();
      try {
        if (local) channel?.postMessage(1);
      } catch {
        // A closed channel: the cookie watch still carries the change.
      }
    }),
    () => channel?.close(),
    () => win.clearInterval(timer),
  ];
  onVisible();
  return () => stops.forEach((stop) => stop());
}
