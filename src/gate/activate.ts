/**
 * Turns one blocked element into its live form (SPEC 2). Scripts become a
 * fresh clone with every attribute carried over (the browser never runs a
 * `<script>` whose type was changed after parsing); media elements get
 * their `data-src` / `data-srcset` moved to the real attributes.
 */

/** Types the browser executes and fires `load` / `error` for. */
const JS_TYPE = /^(|module|(text|application)\/(x-)?(java|ecma)script|text\/jscript|text\/livescript)$/i;

export interface Activated {
  /** The element now in the document. */
  element: Element;
  /** Set when activation is only complete once the browser fired `load` or `error` on it. */
  waitFor?: HTMLScriptElement;
}

function cloneScript(original: HTMLScriptElement): Activated {
  const doc = original.ownerDocument;
  const clone = doc.createElement('script');
  for (const { name, value } of Array.from(original.attributes)) {
    if (name !== 'type' && name !== 'data-type') clone.setAttribute(name, value);
  }
  const type = original.getAttribute('data-type') ?? '';
  if (type) clone.setAttribute('type', type);
  // Browsers hide the nonce attribute after parsing; the IDL property keeps it (HTML 'nonce' hiding).
  if (original.nonce) clone.nonce = original.nonce;
  // Dynamically inserted scripts are async by default; without the attribute the page asked for in-order execution.
  clone.async = original.hasAttribute('async');
  if (!original.hasAttribute('src')) clone.text = original.text;
  original.replaceWith(clone);
  const external = original.hasAttribute('src') && !clone.async && JS_TYPE.test(type.trim());
  return external ? { element: clone, waitFor: clone } : { element: clone };
}

function moveAttribute(el: Element, from: string, to: string) {
  const value = el.getAttribute(from);
  if (value === null) return;
  el.removeAttribute(from);
  el.setAttribute(to, value);
}

function activateMedia(el: Element): Activated {
  const targets = [el, ...Array.from(el.querySelectorAll('source[data-src],source[data-srcset],track[data-src]'))];
  for (const target of targets) {
    moveAttribute(target, 'data-srcset', 'srcset');
    moveAttribute(target, 'data-src', 'src');
  }
  // <video>/<audio> pick a <source> only when (re)loaded.
  if (targets.length > 1 && typeof (el as HTMLMediaElement).load === 'function') (el as HTMLMediaElement).load();
  return { element: el };
}

/**
 * Activates a blocked element and returns what is now in the document.
 *
 * @example
 * const { element, waitFor } = activate(document.querySelector('script[data-consent]')!);
 */
export function activate(el: Element): Activated {
  return el.localName === 'script' ? cloneScript(el as HTMLScriptElement) : activateMedia(el);
}

/** Whether the gate handles this element: a `text/plain` script or an element with `data-src`/`data-srcset`. */
export function isGateable(el: Element): boolean {
  if (el.localName === 'script') return (el.getAttribute('type') ?? '').trim().toLowerCase() === 'text/plain';
  return el.hasAttribute('data-src') || el.hasAttribute('data-srcset') || el.localName === 'video' || el.localName === 'audio' || el.localName === 'picture';
}
