import { render } from 'preact';
import type { Requirement } from '../consent/purposes';
import type { Store } from '../consent/store';
import css from './styles.css?raw';
import { App, type View } from './App';
import type { DomKit } from '../loader/contract';
import type { SafeDocument } from '../util/dom';
import type { Warn } from '../util/warn';
import type { UiModel } from './model';
import { Placeholder } from './Placeholder';
import { providerName } from './provider';

export interface UiOptions {
  doc: Document;
  /** The core's clobbering-safe DOM helpers (`UiDeps.dom`): the only way the UI reads `doc`. */
  dom: DomKit;
  store: Store;
  model: UiModel;
  onView(view: View): void;
  /** Tells the site owner about an iframe without a title (optional: the UI works without it). */
  warn?: Warn;
}

/** One stylesheet for every shadow root: constructable where supported, so `style-src 'self'` CSP allows it. */
function styleRoot(root: ShadowRoot, page: SafeDocument, sheet: { current?: CSSStyleSheet }) {
  const win = page.defaultView();
  if (win && 'adoptedStyleSheets' in root && typeof win.CSSStyleSheet === 'function') {
    try {
      if (!sheet.current) {
        sheet.current = new win.CSSStyleSheet();
        sheet.current.replaceSync(css);
      }
      root.adoptedStyleSheets = [sheet.current];
      return;
    } catch {
      // Fall through to a <style> element.
    }
  }
  const style = page.createElement('style');
  style.textContent = css;
  root.appendChild(style);
}

function createHost(page: SafeDocument, tag: string, theme: string, sheet: { current?: CSSStyleSheet }) {
  const host = page.createElement(tag);
  host.setAttribute('data-theme', theme);
  const root = host.attachShadow({ mode: 'open' });
  styleRoot(root, page, sheet);
  return { host, root };
}

/**
 * What a placeholder calls its iframe: the iframe's `title`, or (WCAG 4.1.2
 * wants a title on every iframe, and Google Maps' embed code has none) the
 * provider named from the URL's host, with a warning naming the element.
 */
function placeholderName(el: HTMLElement, doc: Document, warn: Warn | undefined): string {
  const title = el.title.trim();
  if (title) return title;
  const src = el.getAttribute('data-src') ?? el.getAttribute('src') ?? '';
  const name = providerName(src, doc.baseURI);
  const what = `<iframe data-consent="${(el.getAttribute('data-consent') ?? '').slice(0, 60)}" ${el.hasAttribute('data-src') ? 'data-src' : 'src'}="${src.slice(0, 120)}">`;
  warn?.(`${what} has no title: its placeholder says ${JSON.stringify(name)} (WCAG 4.1.2)`);
  return name;
}

/**
 * Mounts the notice and dialog in an open shadow root of one host element
 * (docs/notice.md#isolation-from-the-page), placed first in `<body>` so keyboard users reach it first. The
 * only place that calls Preact's `render`. Returns the UI's controls.
 * A returning visitor with a complete decision gets no host, stylesheet or
 * render at all until something is to be shown (nothing flashes either).
 * `destroy()` removes all of it again.
 *
 * @example
 * const ui = mountUi({ doc: document, dom: { domOf, listen }, store, model, onView: console.log });
 * ui.show();
 */
export function mountUi({ doc, dom, store, model, onView, warn }: UiOptions) {
  const page = dom.domOf(doc);
  const sheet: { current?: CSSStyleSheet } = {};
  let open: ((view: View) => void) | undefined;
  let stopWaiting = () => {};
  let app: HTMLElement | undefined;
  const mount = (initial?: View) => {
    stopWaiting();
    const { host, root } = createHost(page, 'consent-gate', model.theme, sheet);
    const body = page.body();
    const parent = body ?? page.documentElement()!;
    parent.insertBefore(host, parent === body ? parent.firstChild : null);
    app = host;
    render(
      <App model={model} store={store} doc={doc} dom={dom} onView={onView} root={root} initial={initial} expose={(fn) => (open = fn)} />,
      root,
    );
  };
  if (!store.get().decided) mount();
  // A reset or another tab's reset makes the decision incomplete again: then the notice is needed.
  else stopWaiting = store.subscribe(() => open || store.get().decided || mount());

  const placeholders = new Map<Element, { host: HTMLElement; display: string }>();
  const unplace = (el: Element) => {
    const entry = placeholders.get(el);
    if (!entry) return;
    placeholders.delete(el);
    render(null, entry.host.shadowRoot!);
    entry.host.remove();
    (el as HTMLElement).style.setProperty('display', entry.display);
  };

  return {
    show: () => (open ? open('dialog') : mount('dialog')),
    hide: () => open?.('none'),
    /** Puts a placeholder in the box of a blocked iframe until it is activated. */
    placeholder(el: Element, requirement: Requirement) {
      if (el.localName !== 'iframe' || placeholders.has(el) || !el.parentNode) return;
      const target = el as HTMLElement;
      const ph = createHost(page, 'consent-gate-placeholder', model.theme, sheet);
      // The iframe's box; its height as a minimum, so a box too small for the text and button grows instead of spilling.
      for (const dim of ['width', 'height'] as const) {
        const value = target.getAttribute(dim);
        if (value) ph.host.style.setProperty(dim === 'height' ? 'min-height' : dim, /^\d+$/.test(value) ? value + 'px' : value);
      }
      placeholders.set(el, { host: ph.host, display: target.style.getPropertyValue('display') });
      target.style.setProperty('display', 'none', 'important');
      target.parentNode!.insertBefore(ph.host, target);
      const allow = () => {
        const choices: Record<string, boolean> = {};
        for (const p of requirement.granted) choices[p] = true;
        store.decide(choices, 'placeholder');
      };
      render(
        <Placeholder model={model} name={placeholderName(target, doc, warn)} purposes={requirement.granted} onAllow={allow} />,
        ph.root,
      );
    },
    /** Removes an activated element's placeholder and shows the element again. */
    unplace,
    /**
     * Unmounts everything this UI added (host, placeholders, the App's store
     * subscription and listeners) and shows blocked iframes' boxes again,
     * still blocked: `createConsentGate(...).destroy()` leaves nothing behind.
     */
    destroy() {
      stopWaiting();
      for (const el of [...placeholders.keys()]) unplace(el);
      if (app) {
        render(null, app.shadowRoot!);
        app.remove();
      }
      app = open = undefined;
    },
  };
}

export type Ui = ReturnType<typeof mountUi>;
