import type { DomKit } from '../loader/contract';
import type { SafeDocument } from '../util/dom';

/**
 * Focus helpers for the WAI-ARIA APG dialog pattern. Each reads the document
 * through the core's clobbering-safe helpers handed over at mount
 * (`UiDeps.dom`): `page` is `dom.domOf(doc)`.
 */

const FOCUSABLE = 'a[href],button:not([disabled]),input:not([disabled]),summary,[tabindex]:not([tabindex="-1"])';

/**
 * The element that really has focus, looking through open shadow roots.
 *
 * @example
 * const returnTo = deepActiveElement(dom.domOf(document)); // later: restoreFocus(returnTo, dom.domOf(document))
 */
export function deepActiveElement(page: SafeDocument): Element | null {
  let active = page.activeElement();
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
  const items = container.querySelectorAll<HTMLElement>(FOCUSABLE);
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

/** An element that can take focus and is still part of the page the visitor can use. */
function usable(target: Element | null, page: SafeDocument): target is HTMLElement {
  if (!target?.isConnected || target === page.body() || target === page.documentElement()) return false;
  if (typeof (target as HTMLElement).focus !== 'function' || target.closest('[inert]')) return false;
  return true;
}

/**
 * Moves focus back to where it was, if that element is still in the page;
 * otherwise to the main landmark (made focusable for the moment with
 * `tabindex="-1"`, dropped again when it loses focus), so the next Tab
 * starts from the content rather than from the top of the document.
 * `preventScroll`: going back must not jump the page.
 *
 * @example
 * restoreFocus(footerLink, dom.domOf(document)); // after the dialog it opened has closed
 */
export function restoreFocus(target: Element | null, page: SafeDocument): void {
  if (usable(target, page)) {
    target.focus({ preventScroll: true });
    return;
  }
  const main = (page.querySelectorAll('main, [role=main]')[0] ?? null) as HTMLElement | null;
  if (!main || !usable(main, page)) return;
  if (!main.hasAttribute('tabindex')) {
    main.setAttribute('tabindex', '-1');
    main.addEventListener('blur', () => main.removeAttribute('tabindex'), { once: true });
  }
  main.focus({ preventScroll: true });
}

/**
 * Runs `start` with `<body>` now if it exists, else once the page is parsed (a script in `<head>` runs
 * first), if there is one then. Returns the undo of the wait.
 */
function whenBody(doc: Document, { domOf, listen }: DomKit, start: (body: HTMLElement) => void): () => void {
  const run = () => {
    const body = domOf(doc).body();
    if (body) start(body);
  };
  if (!domOf(doc).body()) return listen(doc, 'DOMContentLoaded', run);
  run();
  return () => {};
}

/**
 * Makes everything in `<body>` except `keep` inert while a modal is open
 * (WAI-ARIA APG: the rest of the page is out of reach of the keyboard, the
 * pointer and the accessibility tree; `aria-modal` alone hides nothing).
 * Children added while it is on are made inert too. Returns the undo, which
 * leaves elements that were inert before as they were.
 *
 * @example
 * const undo = inertOthers(document, dom, host); // later: undo()
 */
export function inertOthers(doc: Document, dom: DomKit, keep: Element): () => void {
  const page = dom.domOf(doc);
  const Observer = page.defaultView()?.MutationObserver;
  const made = new Set<Element>();
  let observer: MutationObserver | null = null;
  const apply = (el: Element) => {
    if (el === keep || el.hasAttribute('inert') || el.localName === 'script' || el.localName === 'style') return;
    el.setAttribute('inert', '');
    made.add(el);
  };
  const start = (body: HTMLElement) => {
    // A copy: a page's element reacting to `inert` may add or remove children while we go.
    for (const el of [...body.children]) apply(el);
    observer = Observer
      ? new Observer((records) => records.forEach((r) => r.addedNodes.forEach((n) => n.nodeType === 1 && apply(n as Element))))
      : null;
    observer?.observe(body, { childList: true });
  };
  // A modal opened by a script in <head> comes before <body>: the page is made inert once it is parsed.
  const unwait = whenBody(doc, dom, start);
  return () => {
    unwait();
    observer?.disconnect();
    made.forEach((el) => el.removeAttribute('inert'));
  };
}

/**
 * WCAG 2.2 SC 2.4.11 (focus not obscured): while a bar covers an edge of the
 * viewport, (1) the page's scroll padding makes the browser scroll keyboard
 * focus clear of it, and (2) an empty block of the bar's height at that end
 * of `<body>` gives the page room to scroll that far: a control at the very
 * end (or, under a top bar, at the very start) of a page too short to scroll
 * would otherwise stay under the bar. A top bar therefore moves the page
 * down by its height while it shows; a bottom bar only lengthens it.
 * A ResizeObserver reads the bar's height when the browser lays it out
 * anyway (no forced layout at start-up) and again whenever it changes
 * (rotation, zoom, a narrower window). Returns the undo.
 *
 * @example
 * const undo = keepClear(document, dom, bar, 'bottom'); // later: undo()
 */
export function keepClear(doc: Document, dom: DomKit, bar: HTMLElement, edge: 'top' | 'bottom'): () => void {
  const page = dom.domOf(doc);
  const style = (page.documentElement() as HTMLElement).style;
  const prop = 'scroll-padding-' + edge;
  const before = style.getPropertyValue(prop);
  const beforePriority = style.getPropertyPriority(prop);
  const room = page.createElement('consent-gate-reserve');
  room.setAttribute('aria-hidden', 'true');
  // In <body>, at its start or end. A script in <head> runs before <body> exists: wait for the parse to end.
  const place = (body: HTMLElement) => {
    const host = (bar.getRootNode() as ShadowRoot).host;
    // The host stays first (first in the tab order); the room for a top bar comes right after it.
    if (edge === 'bottom') body.appendChild(room);
    else body.insertBefore(room, host?.parentNode === body ? host.nextSibling : body.firstChild);
  };
  const unwait = whenBody(doc, dom, place);
  // Inline !important: a page rule (even `* { all: unset !important }`) cannot collapse it. Through
  // the CSSOM, which a CSP without 'unsafe-inline' allows (a style attribute it would block).
  room.style.cssText = 'display:block!important;margin:0!important;padding:0!important;border:0!important;visibility:hidden!important';
  const clear = () => {
    const height = bar.offsetHeight + 'px';
    style.setProperty(prop, height);
    room.style.setProperty('height', height, 'important');
  };
  const Observer = page.defaultView()?.ResizeObserver;
  const observer = Observer ? new Observer(clear) : null;
  if (observer) observer.observe(bar);
  else clear();
  return () => {
    observer?.disconnect();
    unwait();
    room.remove();
    style.setProperty(prop, before, beforePriority);
  };
}
