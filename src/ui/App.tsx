import { Component, createRef } from 'preact';
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
function raise(root: Node | undefined) {
  try {
    for (const el of (root as ShadowRoot).querySelectorAll<HTMLElement>('[popover]:not(:popover-open)')) el.showPopover();
  } catch {
    // No popovers (the selector or showPopover throws): the fixed position and z-index still apply.
  }
}

/**
 * Which of notice and dialog is shown, and the dialog's unsaved switches.
 * The store decides; this component only asks it and follows it.
 */
export class App extends Component<AppProps, AppState> {
  private panel = createRef<HTMLDivElement>();
  private outer = createRef<HTMLDivElement>();
  private returnTo: Element | null = null;
  /** Undoes the document listeners and the store subscription. */
  private stops: Array<() => void> = [];
  private unclear: (() => void) | undefined;
  private unmodal: (() => void) | undefined;

  constructor(props: AppProps) {
    super(props);
    this.state = { view: props.initial ?? this.settled(), draft: this.draft(), saved: false };
    props.expose((view) => this.open(view));
  }

  /** Our host element in the page. */
  private host(): Element | null {
    return (this.outer.current?.getRootNode() as ShadowRoot | undefined)?.host ?? null;
  }

  /**
   * Where focus goes back to after a decision: the last place in the page the
   * visitor had focus before it came into the notice (with a bar they can Tab
   * out into the page and back).
   */
  private onFocusIn = (event: FocusEvent) => {
    const target = event.target as Element | null;
    if (this.state.view !== 'none' && target && target !== this.host()) this.returnTo = target;
  };

  /** APG dialog pattern: Escape closes the dialog wherever focus is (also on <body> after a click on the backdrop). */
  private onDocKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || this.state.view !== 'dialog') return;
    event.preventDefault();
    this.close();
  };

  /** What shows outside the dialog: the notice while no decision is complete, else nothing. */
  private settled(): View {
    return this.props.store.get().decided ? 'none' : 'notice';
  }

  /** Closes the dialog: back to the notice while no decision is complete. */
  private close = () => this.open(this.settled());

  componentDidMount() {
    raise(this.outer.current?.getRootNode());
    const { doc, dom, model } = this.props;
    this.stops = [
      dom.listen(doc, 'focusin', this.onFocusIn as EventListener, true),
      dom.listen(doc, 'keydown', this.onDocKeyDown as EventListener, true),
      // A decision made elsewhere (another tab, the API) hides the notice; a withdrawal shows it. An open dialog stays.
      this.props.store.subscribe(() => {
        const view = this.settled();
        if (this.state.view !== 'dialog' && this.state.view !== view) this.open(view);
      }),
    ];
    // Opened by show() on a page where nothing was shown yet: a modal dialog takes focus at once.
    if (this.state.view === 'dialog') return this.focusPanel('none');
    this.focusPanel('none', false);
    // docs/notice.md#keyboard-and-assistive-technology: focus moves into the notice. Focusing makes the browser lay out the page, which a
    // head script would do before the page is even parsed: wait for the frame that paints it.
    const win = dom.domOf(doc).defaultView();
    const focusFirst = () => {
      const panel = this.panel.current;
      // A bar that appears while the visitor is already in a field (an async script, a slow page)
      // must not snatch it mid-typing (WCAG 3.2.2); a modal must.
      const active = deepActiveElement(doc, dom);
      const idle = !active || active === dom.domOf(doc).body() || active === dom.domOf(doc).documentElement();
      if (this.state.view === 'notice' && panel && (idle || model.position === 'center')) panel.focus({ preventScroll: true });
    };
    if (win && typeof win.requestAnimationFrame === 'function') win.requestAnimationFrame(focusFirst);
    else focusFirst();
  }

  componentWillUnmount() {
    for (const stop of this.stops) stop();
    this.unclear?.();
    this.unmodal?.();
  }

  componentDidUpdate(_: AppProps, previous: AppState) {
    raise(this.outer.current?.getRootNode());
    if (previous.view !== this.state.view) this.focusPanel(previous.view);
  }

  /** Opens a view; the dialog starts from the current effective choices, never pre-ticked beyond them. */
  open(view: View, saved = false) {
    if (view !== this.state.view || saved !== this.state.saved) this.setState({ view, draft: this.draft(), saved });
  }

  /** One choice per purpose, in the model's order: what the dialog's switches and the store's decide() take. */
  private each(value: (id: string) => boolean): Record<string, boolean> {
    return Object.fromEntries(this.props.model.purposes.map((p) => [p.id, value(p.id)]));
  }

  private draft(): Record<string, boolean> {
    const choices = this.props.store.choices();
    return this.each((id) => choices[id] === true);
  }

  /** After any decision: the notice goes, and the dialog closes. */
  private decide(choices: Record<string, boolean>) {
    // The receipt tells where the visitor decided: on the notice or in the dialog.
    this.props.store.decide(choices, this.state.view === 'dialog' ? 'dialog' : 'notice');
    const view = this.settled();
    this.open(view, view === 'none');
  }

  /** Accept all (`true`) or reject all (`false`). */
  private all = (value: boolean) => this.decide(this.each(() => value));

  /**
   * APG dialog pattern: focus moves into what opens and goes back to where it
   * came from; back from the dialog to the notice it lands on Customize.
   * `preventScroll`: a bar fixed to the viewport must never scroll the page.
   */
  private focusPanel(previous: View, move = true) {
    const { view } = this.state;
    const { doc, dom } = this.props;
    const panel = this.panel.current;
    if (previous === 'none' && view !== 'none') this.returnTo = deepActiveElement(doc, dom);
    // A modal is modal to everything, not only to Tab: the rest of the page leaves the accessibility
    // tree. Undone before focus goes back, since an inert element cannot take focus.
    const host = this.host();
    this.unmodal?.();
    this.unmodal = this.modal() && host ? inertOthers(doc, dom, host) : undefined;
    if (view === 'none') restoreFocus(this.returnTo, doc, dom);
    else if (panel && move) {
      const customize = previous === 'dialog' ? panel.querySelector<HTMLElement>('.customize') : null;
      (customize ?? panel).focus({ preventScroll: true });
    }
    if (previous !== view) this.props.onView(view);
    this.unclear?.();
    const { position } = this.props.model;
    this.unclear = view === 'notice' && panel && position !== 'center' ? keepClear(doc, dom, panel, position) : undefined;
  }

  private modal(): boolean {
    const { view } = this.state;
    return view === 'dialog' || (view === 'notice' && this.props.model.position === 'center');
  }

  private onKeyDown = (event: KeyboardEvent) => {
    if (this.modal() && this.panel.current) trapTab(event, this.panel.current);
  };

  /** A press on the backdrop keeps focus in the modal (else it would fall to <body>). */
  private onMouseDown = (event: MouseEvent) => {
    if ((event.target as Element | null)?.classList?.contains('backdrop')) event.preventDefault();
  };

  render({ model }: AppProps, { view, draft, saved }: AppState) {
    // Present from the start, so the browser announces what is put in it (a live region added with its text is often missed).
    const status = (
      <div class="sr-only" role="status" lang={model.lang}>
        {saved ? model.texts.saved : ''}
      </div>
    );
    if (view === 'none') return <div ref={this.outer}>{status}</div>;
    const body =
      view === 'dialog' ? (
        <Dialog
          model={model}
          draft={draft}
          panel={this.panel}
          onToggle={(p, c) => this.setState({ draft: { ...draft, [p]: c } })}
          onSave={() => this.decide(draft)}
          onAll={this.all}
          onClose={this.close}
        />
      ) : (
        <Notice model={model} panel={this.panel} onAll={this.all} onCustomize={() => this.open('dialog')} />
      );
    return (
      // biome-ignore lint/a11y/noStaticElementInteractions: Escape and backdrop clicks are caught for the dialog inside, not a control of its own
      <div ref={this.outer} onKeyDown={this.onKeyDown} onMouseDown={this.onMouseDown}>
        {/* A modal lies on a backdrop that covers the page; a bar is its own top-layer box (Notice). */}
        {this.modal() ? (
          <div class="backdrop" popover="manual">
            {body}
          </div>
        ) : (
          body
        )}
        {status}
      </div>
    );
  }
}
