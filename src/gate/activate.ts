/**
 * Turns one blocked element into its live form (docs/gate.md#scripts). Scripts become a
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

type Policy = Record<'createScript' | 'createScriptURL', (s: string) => string>;
/** One per page: the browser lets a policy name be created once per window. */
let policy: Policy | null | undefined;

/**
 * Under `require-trusted-types-for 'script'` a script's text and src take only
 * trusted values. What we pass on is the site owner's own markup, so the
 * `consent-gate` policy returns it unchanged (docs/security.md#content-security-policy).
 * Where the page's `trusted-types` list leaves it out, the assignment throws
 * and the element stays blocked (fail closed).
 */
function trusted(doc: Document, value: string, url?: boolean): string {
  if (policy === undefined) {
    const tt = (doc.defaultView as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } } | null)?.trustedTypes;
    const same = (s: string) => s;
    try {
      policy = tt ? tt.createPolicy('consent-gate', { createScript: same, createScriptURL: same }) : null;
    } catch {
      policy = null;
    }
  }
  return policy ? policy[url ? 'createScriptURL' : 'createScript'](value) : value;
}

function cloneScript(original: HTMLScriptElement, pageNonce: string): Activated {
  const doc = original.ownerDocument;
  // Under 'strict-dynamic' a script we insert runs whatever its nonce: on a page that uses nonces, one
  // without the page's nonce is markup the parser would have refused, maybe injected (a script gadget).
  if (pageNonce && original.nonce !== pageNonce) throw Error('nonce');
  const clone = doc.createElement('script');
  for (const { name, value } of Array.from(original.attributes)) {
    if (name !== 'type' && name !== 'data-type') clone.setAttribute(name, name === 'src' ? trusted(doc, value, true) : value);
  }
  const type = (original.getAttribute('data-type') ?? '').trim();
  if (type) clone.setAttribute('type', type);
  // Browsers hide the nonce attribute after parsing; the IDL property keeps it (HTML "nonce attributes").
  if (original.nonce) clone.nonce = original.nonce;
  // Inserted scripts are async by default; without the attribute the page asked for in-order execution.
  clone.async = original.hasAttribute('async');
  const external = original.hasAttribute('src');
  if (!external) clone.text = trusted(doc, original.text);
  // An inline script runs on insertion, where document.write has no insertion point and would reopen
  // (wipe) the page (HTML "document.write()"): ignore it, as browsers do for inserted external scripts.
  const { write, writeln } = doc;
  if (!external) doc.write = doc.writeln = () => {};
  try {
    original.replaceWith(clone);
  } finally {
    Object.assign(doc, { write, writeln });
  }
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
 * `pageNonce` is the nonce of the page's scripts ('' when it uses none).
 *
 * @example
 * const { element, waitFor } = activate(document.querySelector('script[data-consent]')!, '');
 */
export function activate(el: Element, pageNonce: string): Activated {
  return el.localName === 'script' ? cloneScript(el as HTMLScriptElement, pageNonce) : activateMedia(el);
}

/** Whether the gate handles this element: a `text/plain` script, or an element with something to hold back. */
export function isGateable(el: Element): boolean {
  if (el.localName === 'script') return (el.getAttribute('type') ?? '').trim().toLowerCase() === 'text/plain';
  if (el.hasAttribute('data-src') || el.hasAttribute('data-srcset')) return true;
  // A container holds back its children's data-src; with a real src of its own it would load anyway.
  return /^(video|audio|picture)$/.test(el.localName) && !el.hasAttribute('src');
}
