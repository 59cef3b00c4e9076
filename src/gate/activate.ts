/**
 * Turns one blocked element into its live form (SPEC 2). Scripts become a
 * fresh clone with every attribute carried over (the browser never runs a
 * `<script>` whose type was changed after parsing); media elements get
 * their `data-src` / `data-srcset` moved to the real attributes.
 */

/** Types the browser executes and fires `load` / `error` for (HTML: "JavaScript MIME type essence match"). */
const JS_TYPE = /^(|module|(text|application)\/(x-)?(java|ecma)script|text\/jscript|text\/livescript)$/i;

export interface Activated {
  /** The element now in the document. */
  element: Element;
  /** Set when activation is only complete once the browser fired `load` or `error` on it. */
  waitFor?: HTMLScriptElement;
}

function cloneScript(original: HTMLScriptElement): Activated {
  const clone = original.ownerDocument.createElement('script');
  for (const { name, value } of Array.from(original.attributes)) {
    if (name !== 'type' && name !== 'data-type') clone.setAttribute(name, value);
  }
  const type = (original.getAttribute('data-type') ?? '').trim();
  if (type) clone.setAttribute('type', type);
  // Browsers hide the nonce attribute after parsing; the IDL property keeps it (HTML "nonce attributes").
  if (original.nonce) clone.nonce = original.nonce;
  // Inserted scripts are async by default; without the attribute the page asked for in-order execution.
  clone.async = original.hasAttribute('async');
  const external = original.hasAttribute('src');
  if (!external) clone.text = original.text;
  original.replaceWith(clone);
  // A classic `nomodule` script is skipped without any event (HTML "prepare the script element"): never wait for it.
  const fires = JS_TYPE.test(type) && !(type.toLowerCase() !== 'module' && clone.hasAttribute('nomodule'));
  return external && !clone.async && fires ? { element: clone, waitFor: clone } : { element: clone };
}

function moveAttribute(el: Element, from: string, to: string) {
  const value = el.getAttribute(from);
  if (value === null) return;
  el.removeAttribute(from);
  el.setAttribute(to, value);
}

const SOURCES = 'source,img,track';

function activateMedia(el: Element): Activated {
  const parent = el.parentElement;
  // An <img> in a <picture> loads from its <source> siblings: they must wait for the same consent.
  const inPicture = el.localName === 'img' && parent?.localName === 'picture';
  const targets = [el, ...Array.from((inPicture ? parent : el).querySelectorAll(SOURCES))];
  for (const target of targets) {
    moveAttribute(target, 'data-srcset', 'srcset');
    moveAttribute(target, 'data-src', 'src');
  }
  // A media element picks a <source> only when (re)loaded; changing a source's src alone does nothing.
  const media = el.localName === 'source' ? parent : el;
  if (media && /^(video|audio)$/.test(media.localName)) (media as HTMLMediaElement).load();
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

/** Whether the gate handles this element: a `text/plain` script, or an element with something to hold back. */
export function isGateable(el: Element): boolean {
  if (el.localName === 'script') return (el.getAttribute('type') ?? '').trim().toLowerCase() === 'text/plain';
  return el.hasAttribute('data-src') || el.hasAttribute('data-srcset') || /^(video|audio|picture)$/.test(el.localName);
}
