/**
 * Reads `document` properties through `Document.prototype`, never through the
 * document itself. Markup a page lets in can shadow them by name
 * (`<img name="cookie">`, `<form name="getElementById">`: "DOM clobbering",
 * HTML "named properties of the Document object"); the prototype's own getter
 * or method cannot be shadowed that way. One place, so every module reads the
 * document the same way.
 *
 * @example
 * const dom = domOf(document);
 * dom.cookie(); // the real cookie string, even with <img name="cookie"> in the page
 */
export interface SafeDocument {
  /** `document.cookie`, `''` when cookies throw (sandboxed frame, opaque origin). */
  cookie(): string;
  /** Writes one `Set-Cookie`-like string; `false` when the browser throws. */
  setCookie(value: string): boolean;
  querySelectorAll(selector: string): Element[];
  visibilityState(): string;
  documentElement(): Element | null;
  defaultView(): (Window & typeof globalThis) | null;
  currentScript(): HTMLScriptElement | null;
  readyState(): string;
  body(): HTMLElement | null;
  head(): HTMLHeadElement | null;
  activeElement(): Element | null;
  createElement<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K];
  createElement(tag: string): HTMLElement;
}

/** The nearest own descriptor of `name` on `proto` or up its chain (the document's own realm: another window's document has its own prototypes). */
const descriptor = (proto: object | null, name: string): PropertyDescriptor | undefined =>
  proto ? (Object.getOwnPropertyDescriptor(proto, name) ?? descriptor(Object.getPrototypeOf(proto) as object | null, name)) : undefined;

/** The getters {@link domOf} reads, each with what it gives when the document refuses (a sandboxed frame's `cookie` throws). */
const GETTERS = {
  cookie: '',
  visibilityState: 'visible',
  readyState: 'complete',
  documentElement: null,
  defaultView: null,
  currentScript: null,
  body: null,
  head: null,
  activeElement: null,
};

/**
 * One view per document: the gate asks for it once per element while the page parses (the
 * start-up profile found building it each time to be the core's largest self time at 1,000
 * elements). The view holds no values: each getter reads through the prototype when called.
 */
const views = new WeakMap<Document, SafeDocument>();

export function domOf(doc: Document): SafeDocument {
  let view = views.get(doc);
  if (!view) views.set(doc, (view = viewOf(doc)));
  return view;
}

function viewOf(doc: Document): SafeDocument {
  // A missing getter or method throws here and so takes the fallback, as one that throws does.
  const own = (name: string) => descriptor(Object.getPrototypeOf(doc) as object | null, name)!;
  const dom: Record<string, unknown> = {
    setCookie(value: string) {
      try {
        own('cookie').set!.call(doc, value);
        return true;
      } catch {
        return false;
      }
    },
    querySelectorAll: (selector: string) => queryAll(doc, selector),
    createElement: (tag: string) => (own('createElement').value as Document['createElement']).call(doc, tag),
  };
  for (const [name, fallback] of Object.entries(GETTERS))
    dom[name] = () => {
      try {
        const value: unknown = own(name).get!.call(doc);
        // A string property stays a string whatever a patched getter returns.
        return fallback === null || typeof value === 'string' ? value : fallback;
      } catch {
        return fallback;
      }
    };
  return dom as unknown as SafeDocument;
}

/**
 * `target.addEventListener` through `EventTarget.prototype` (a named element
 * such as `<img name="addEventListener">` can shadow it on `document` and
 * `window`). Returns the function that removes the listener. `options` as
 * for `addEventListener` (`true`: the capture phase, which a page's
 * `stopPropagation()` cannot keep from us).
 *
 * @example
 * const off = listen(document, 'visibilitychange', onVisible);
 */
export function listen(target: EventTarget, type: string, listener: EventListener, options?: boolean): () => void {
  // The prototype's method first; a target of another realm (a window object whose EventTarget is
  // not this realm's, as in jsdom) refuses it, and then its own method is the only one there is.
  const call = (name: 'addEventListener' | 'removeEventListener') => {
    try {
      EventTarget.prototype[name].call(target, type, listener, options);
    } catch {
      try {
        target[name](type, listener, options);
      } catch {
        return false;
      }
    }
    return true;
  };
  if (!call('addEventListener')) return () => {};
  return () => void call('removeEventListener');
}

/**
 * `root.querySelectorAll` through the prototype of its kind (a document's own
 * can be shadowed by `<img name="querySelectorAll">`, a form's by its
 * `<input name="querySelectorAll">`): the first one up from the root's
 * prototype, never the root's own property. Never throws.
 *
 * @example
 * queryAll(document, 'script[data-consent]');
 */
export function queryAll(root: ParentNode, selector: string): Element[] {
  try {
    const method = descriptor(Object.getPrototypeOf(root) as object | null, 'querySelectorAll')!.value as ParentNode['querySelectorAll'];
    return Array.from(method.call(root, selector));
  } catch {
    return [];
  }
}

/** `target.dispatchEvent` through `EventTarget.prototype`. */
export function dispatch(target: EventTarget, event: Event): boolean {
  return EventTarget.prototype.dispatchEvent.call(target, event);
}
