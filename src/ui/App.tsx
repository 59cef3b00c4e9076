import { Component, type ComponentChildren } from 'preact';
import type { Store } from '../consent/store';
import type { DomKit } from '../loader/contract';
import { Dialog } from './Dialog';
import { deepActiveElement, inertOthers, keepClear, restoreFocus, trapTab } from './focus';
import type { UiModel } from './model';
import { Notice } from './Notice';

export type View = 'none' | 'notice' | 'dialog';

export interface AppProps {
  model: UiModel;
  store: Store;
  doc: Document;
  /** The core's clobbering-safe DOM helpers (`UiDeps.dom`). */
  dom: DomKit;
  onView(view: View): void;
  /** The view to start with; by default the notice when no decision is complete. */
  initial?: View;
  /** The shadow root App is rendered in; its host is our element in the page. */
  root: ShadowRoot;
  /** Receives the function that opens a view, for `consentGate.show()`/`hide()` (Preact 11 passes `ref` to components as a prop, so no instance ref). */
  expose(open: (view: View) => void): void;
}

interface AppState {
  view: View;
  draft: Record<string, boolean>;
  /** A decision was just made here: the status region tells it (WCAG 4.1.3). */
  saved: boolean;
}

/**
 * Puts what is shown in the browser's top layer (`popover="manual"`: no light
 * dismiss, no Escape of its own): above anything the page draws, whatever its
 * z-index, so page CSS cannot lay a fake notice over the real one. Browsers
 * without popovers keep the fixed position and the highest z-index.
 */
function raise(root: ShadowRoot) {
  try {
    for (const el of root.querySelectorAll<HTMLElement>('[popover]:not(:popover-open)')) el.showPopover();
  } catch {
    // No popovers (the selector or showPopover throws): the fixed position and z-index still apply.
  }
}

/**
 * Which of notice and dialog is shown, and the dialog's unsaved switches.
 * The store decides; this component only asks it and follows it.
 *
 * Its workings live in the constructor's closure, lifecycle methods included:
 * the minifier shortens a closure's locals, while a class's members would
 * keep their full names in the shipped file. Props never change (mount.tsx
 * renders one App per host, once), so the closure reads them once.
 */
export class App extends Component<AppProps, AppState> {
  /** What `render` draws: made in the constructor, which holds what it draws from. */
  private draw: () => ComponentChildren;

  constructor(props: AppProps) {
    super(props);
    const { model, store, doc, dom, onView, root } = props;
    const page = dom.domOf(doc);
    /** What is shown (notice or dialog): the one dialog in our root. */
    const panel = () => root.querySelector<HTMLElement>('[role=dialog]');
    let returnTo: Element | null = null;
    /** Undo the document listeners and the store subscription. */
    let stops: Array<() => void> = [];
    let unclear: (() => void) | undefined;
    let unmodal: (() => void) | undefined;

    /** What shows outside the dialog: the notice while no decision is complete, else nothing. */
    const settled = (): View => (store.get().decided ? 'none' : 'notice');

    /** One choice per purpose, in the model's order: what the dialog's switches and the store's decide() take. */
    const each = (value: (id: string) => boolean): Record<string, boolean> =>
      Object.fromEntries(model.purposes.map((p) => [p.id, value(p.id)]));

    /** The dialog starts from the current effective choices, never pre-ticked beyond them. */
    const draft = () => {
      const choices = store.choices();
      return each((id) => choices[id] === true);
    };

    const open = (view: View, saved = false) => {
      if (view !== this.state.view || saved !== this.state.saved) this.setState({ view, draft: draft(), saved });
    };

    /** Closes the dialog: back to the notice while no decision is complete. */
    const close = () => open(settled());

    /** After any decision: the notice goes, and the dialog closes. */
    const decide = (choices: Record<string, boolean>) => {
      // The receipt tells where the visitor decided: on the notice or in the dialog.
      store.decide(choices, this.state.view === 'dialog' ? 'dialog' : 'notice');
      const view = settled();
      open(view, view === 'none');
    };

    /** Accept all (`true`) or reject all (`false`). */
    const all = (value: boolean) => decide(each(() => value));

    const modal = () => {
      const { view } = this.state;
      return view === 'dialog' || (view === 'notice' && model.position === 'center');
    };

    /**
     * APG dialog pattern: focus moves into what opens and goes back to where it
     * came from; back from the dialog to the notice it lands on Customize.
     * `preventScroll`: a bar fixed to the viewport must never scroll the page.
     */
    const focusPanel = (previous: View, move = true) => {
      const { view } = this.state;
      const box = panel();
      if (previous === 'none' && view !== 'none') returnTo = deepActiveElement(page);
      // A modal is modal to everything, not only to Tab: the rest of the page leaves the accessibility
      // tree. Undone before focus goes back, since an inert element cannot take focus.
      unmodal?.();
      unmodal = modal() ? inertOthers(doc, dom, root.host) : undefined;
      if (view === 'none') restoreFocus(returnTo, page);
      else if (box && move) {
        const customize = previous === 'dialog' ? box.querySelector<HTMLElement>('.customize') : null;
        (customize ?? box).focus({ preventScroll: true });
      }
      if (previous !== view) onView(view);
      unclear?.();
      const { position } = model;
      unclear = view === 'notice' && box && position !== 'center' ? keepClear(doc, dom, box, position) : undefined;
    };

    /**
     * Where focus goes back to after a decision: the last place in the page the
     * visitor had focus before it came into the notice (with a bar they can Tab
     * out into the page and back).
     */
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target as Element | null;
      if (this.state.view !== 'none' && target && target !== root.host) returnTo = target;
    };

    /** APG dialog pattern: Escape closes the dialog wherever focus is (also on <body> after a click on the backdrop). */
    const onDocKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || this.state.view !== 'dialog') return;
      event.preventDefault();
      close();
    };

    const onKeyDown = (event: KeyboardEvent) => {
      const box = panel();
      if (modal() && box) trapTab(event, box);
    };

    /** A press on the backdrop keeps focus in the modal (else it would fall to <body>). */
    const onMouseDown = (event: MouseEvent) => {
      if ((event.target as Element | null)?.classList?.contains('backdrop')) event.preventDefault();
    };

    this.state = { view: props.initial ?? settled(), draft: draft(), saved: false };
    props.expose(open);

    this.componentDidMount = () => {
      raise(root);
      stops = [
        dom.listen(doc, 'focusin', onFocusIn as EventListener, true),
        dom.listen(doc, 'keydown', onDocKeyDown as EventListener, true),
        // A decision made elsewhere (another tab, the API) hides the notice; a withdrawal shows it. An open dialog stays.
        store.subscribe(() => {
          const view = settled();
          if (this.state.view !== 'dialog' && this.state.view !== view) open(view);
        }),
      ];
      // Opened by show() on a page where nothing was shown yet: a modal dialog takes focus at once.
      if (this.state.view === 'dialog') return focusPanel('none');
      focusPanel('none', false);
      // docs/notice.md#keyboard-and-assistive-technology: focus moves into the notice. Focusing makes the browser lay out the page, which a
      // head script would do before the page is even parsed: wait for the frame that paints it.
      const win = page.defaultView();
      const focusFirst = () => {
        const box = panel();
        // A bar that appears while the visitor is already in a field (an async script, a slow page)
        // must not snatch it mid-typing (WCAG 3.2.2); a modal must.
        const active = deepActiveElement(page);
        const idle = !active || active === page.body() || active === page.documentElement();
        if (this.state.view === 'notice' && box && (idle || model.position === 'center')) box.focus({ preventScroll: true });
      };
      if (win && typeof win.requestAnimationFrame === 'function') win.requestAnimationFrame(focusFirst);
      else focusFirst();
    };

    this.componentWillUnmount = () => {
      for (const stop of stops) stop();
      unclear?.();
      unmodal?.();
    };

    this.componentDidUpdate = (_, previous) => {
      raise(root);
      if (previous.view !== this.state.view) focusPanel(previous.view);
    };

    this.draw = () => {
      const { view, draft, saved } = this.state;
      // Present from the start, so the browser announces what is put in it (a live region added with its text is often missed).
      const status = (
        <div class="sr-only" role="status" lang={model.lang}>
          {saved ? model.texts.saved : ''}
        </div>
      );
      if (view === 'none') return <div>{status}</div>;
      const body =
        view === 'dialog' ? (
          <Dialog
            model={model}
            draft={draft}
            onToggle={(p, c) => this.setState({ draft: { ...draft, [p]: c } })}
            onSave={() => decide(draft)}
            onAll={all}
            onClose={close}
          />
        ) : (
          <Notice model={model} onAll={all} onCustomize={() => open('dialog')} />
        );
      return (
        // biome-ignore lint/a11y/noStaticElementInteractions: Escape and backdrop clicks are caught for the dialog inside, not a control of its own
        <div onKeyDown={onKeyDown} onMouseDown={onMouseDown}>
          {/* A modal lies on a backdrop that covers the page; a bar is its own top-layer box (Notice). */}
          {modal() ? (
            <div class="backdrop" popover="manual">
              {body}
            </div>
          ) : (
            body
          )}
          {status}
        </div>
      );
    };
  }

  render() {
    return this.draw();
  }
}
