/** Focus helpers for the WAI-ARIA APG dialog pattern. */

const FOCUSABLE = 'a[href],button:not([disabled]),input:not([disabled]),summary,[tabindex]:not([tabindex="-1"])';

/**
 * The element that really has focus, looking through open shadow roots.
 *
 * @example
 * const returnTo = deepActiveElement(document); // later: restoreFocus(returnTo)
 */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Keeps Tab and Shift+Tab inside a modal container (APG dialog pattern:
 * focus does not leave a modal dialog). Call from a keydown handler.
 *
 * @example
 * panel.addEventListener('keydown', (e) => trapTab(e, panel));
 */
export function trapTab(event: KeyboardEvent, container: HTMLElement): void {
  if (event.key !== 'Tab') return;
  const items = Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE));
  if (!items.length) return;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const active = (container.getRootNode() as ShadowRoot).activeElement;
  if (event.shiftKey && (active === first || active === container)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * Moves focus back to where it was, if that element is still in the page.
 *
 * @example
 * restoreFocus(footerLink); // after the dialog it opened has closed
 */
export function restoreFocus(target: Element | null): void {
  if (target && (target as HTMLElement).isConnected && typeof (target as HTMLElement).focus === 'function') {
    (target as HTMLElement).focus();
  }
}

/**
 * WCAG 2.2 SC 2.4.11 (focus not obscured): while a bar covers an edge of the
 * viewport, the page's scroll padding keeps keyboard focus scrolled clear of
 * it. Scroll padding moves nothing on the page (no layout shift, docs/notice.md#the-notice).
 * A ResizeObserver reads the bar's height when the browser lays it out
 * anyway (no forced layout at start-up) and again whenever it changes
 * (rotation, zoom, a narrower window). Returns the undo.
 *
 * @example
 * const undo = keepClear(document, bar, 'bottom'); // later: undo()
 */
export function keepClear(doc: Document, bar: HTMLElement, edge: 'top' | 'bottom'): () => void {
  const style = doc.documentElement.style;
  const prop = 'scroll-padding-' + edge;
  const before = style.getPropertyValue(prop);
  const clear = () => style.setProperty(prop, bar.offsetHeight + 'px');
  const Observer = (doc.defaultView as (Window & typeof globalThis) | null)?.ResizeObserver;
  const observer = Observer ? new Observer(clear) : null;
  if (observer) observer.observe(bar);
  else clear();
  return () => {
    observer?.disconnect();
    style.setProperty(prop, before);
  };
}
