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
