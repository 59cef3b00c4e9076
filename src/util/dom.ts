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

type Proto = typeof Document.prototype;

function descriptor(doc: Document, name: string): PropertyDescriptor | undefined {
  // The document's own realm: a document from another window has its own prototype objects.
  let proto: object | null = Object.getPrototypeOf(doc) as object | null;
  while (proto) {
    const found = Object.getOwnPropertyDescriptor(proto, name);
    if (found) return found;
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return undefined;
}

export function domOf(doc: Document): SafeDocument {
  const read = <T>(name: string, fallback: T): T => {
    try {
      const get = descriptor(doc, name)?.get;
      return get ? (get.call(doc) as T) : fallback;
    } catch {
      return fallback;
    }
  };
  const method = (name: keyof Proto) => descriptor(doc, name)?.value as ((...args: unknown[]) => unknown) | undefined;
  const qsa = method('querySelectorAll');
  return {
    cookie: () => {
      const value = read<unknown>('cookie', '');
      return typeof value === 'string' ? value : '';
    },
    setCookie(value) {
      try {
        const set = descriptor(doc, 'cookie')?.set;
        if (!set) return false;
        set.call(doc, value);
        return true;
      } catch {
        return false;
      }
    },
    querySelectorAll(selector) {
      try {
        return qsa ? Array.from(qsa.call(doc, selector) as NodeListOf<Element>) : [];
      } catch {
        return [];
      }
    },
    visibilityState: () => String(read<unknown>('visibilityState', 'visible')),
    documentElement: () => read<Element | null>('documentElement', null),
    defaultView: () => read<(Window & typeof globalThis) | null>('defaultView', null),
    currentScript: () => read<HTMLScriptElement | null>('currentScript', null),
    readyState: () => String(read<unknown>('readyState', 'complete')),
    body: () => read<HTMLElement | null>('body', null),
    head: () => read<HTMLHeadElement | null>('head', null),
    activeElement: () => read<Element | null>('activeElement', null),
    createElement: (tag: string) => (method('createElement') as (tag: string) => HTMLElement).call(doc, tag),
  } as SafeDocument;
}

/**
 * `target.addEventListener` through `EventTarget.prototype` (a named element
 * such as `<img name="addEventListener">` can shadow it on `document` and
 * `window`). Returns the function that removes the listener.
 *
 * @example
 * const off = listen(document, 'visibilitychange', onVisible);
 */
export function listen(target: EventTarget, type: string, listener: EventListener): () => void {
  // The prototype's method first; a target of another realm (a window object whose EventTarget is
  // not this realm's, as in jsdom) refuses it, and then its own method is the only one there is.
  const call = (name: 'addEventListener' | 'removeEventListener') => {
    try {
      EventTarget.prototype[name].call(target, type, listener);
      return true;
    } catch {
      try {
        target[name](type, listener);
        return true;
      } catch {
        return false;
      }
    }
  };
  if (!call('addEventListener')) return () => {};
  return () => void call('removeEventListener');
}

/**
 * `root.querySelectorAll` through the prototype of its kind (a document's own
 * can be shadowed by `<img name="querySelectorAll">`). Never throws.
 *
 * @example
 * queryAll(document, 'script[data-consent]');
 */
export function queryAll(root: ParentNode, selector: string): Element[] {
  try {
    const type = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeType')!.get!.call(root) as number;
    const proto = type === 9 ? Document.prototype : type === 11 ? DocumentFragment.prototype : Element.prototype;
    return Array.from(proto.querySelectorAll.call(root, selector));
  } catch {
    return [];
  }
}

/** `target.dispatchEvent` through `EventTarget.prototype`. */
export function dispatch(target: EventTarget, event: Event): boolean {
  return EventTarget.prototype.dispatchEvent.call(target, event);
}
