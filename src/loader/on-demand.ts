import type { Requirement } from '../consent/purposes';
import type { Store } from '../consent/store';
import type { Warn } from '../util/warn';
import type { LoadDone, Ui, UiFactory } from './contract';

export interface OnDemandOptions {
  store: Store;
  /** Fetches the UI (a file, or an `import()`): the factory, or `null` and why not. */
  load(done: LoadDone): void;
  /** Mounts the loaded UI. */
  mount(factory: UiFactory): Ui;
  warn: Warn;
}

/**
 * The UI as the core sees it: the same controls as the mounted UI, which
 * load it the first time something is to be shown (no complete decision,
 * `show()`, a reset here or in another tab, a blocked iframe's placeholder)
 * and replay what was asked meanwhile. A returning visitor with a complete
 * decision loads nothing. A failed load is told once and leaves every
 * tracker blocked (the gate never waits for the UI); the next request to show
 * something tries again.
 *
 * @example
 * const ui = onDemandUi({ store, load: (done) => source.load('en', done), mount: (f) => f(deps), warn });
 * ui.show(); // loads the UI, then opens the dialog
 */
export function onDemandUi({ store, load, mount, warn }: OnDemandOptions): Ui {
  let ui: Ui | undefined;
  let loading = false;
  let destroyed = false;
  let wantDialog = false;
  /** `show()` was called while a load was under way: if that load fails, it tries once more (the file may be back). */
  let askedMeanwhile = false;
  const queued = new Map<Element, Requirement>();

  const ensure = () => {
    if (ui || destroyed || loading) return;
    loading = true;
    askedMeanwhile = false;
    load((factory, why) => {
      loading = false;
      if (destroyed) return;
      if (!factory) {
        warn(`${why}; every tagged element stays blocked. consentGate.show() or a [data-consent-open] click tries again`);
        if (askedMeanwhile) ensure();
        return;
      }
      ui = mount(factory);
      for (const [el, requirement] of queued) if (el.isConnected) ui.placeholder(el, requirement);
      queued.clear();
      if (wantDialog) ui.show();
      wantDialog = false;
    });
  };

  // A first visit starts the download at once: the notice waits for nothing but the file's transfer.
  // A decision forgotten later (reset here or in another tab) makes the notice needed again.
  const needed = () => {
    if (!store.get().decided) ensure();
  };
  const stop = store.subscribe(needed);
  needed();

  return {
    show() {
      if (ui) return ui.show();
      wantDialog = true;
      askedMeanwhile = loading;
      ensure();
    },
    hide() {
      wantDialog = false;
      ui?.hide();
    },
    placeholder(el, requirement) {
      if (ui) return ui.placeholder(el, requirement);
      queued.set(el, requirement);
      ensure();
    },
    unplace(el) {
      queued.delete(el);
      ui?.unplace(el);
    },
    shown: () => ui?.shown() ?? null,
    destroy() {
      destroyed = true;
      stop();
      queued.clear();
      ui?.destroy();
      ui = undefined;
    },
  };
}
