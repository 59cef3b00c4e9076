import { createApi } from './api';
import { createSettings } from './config/settings';
import { clearRefused } from './consent/cookie-cleanup';
import { createCookieJar } from './consent/cookie-jar';
import { createStore, type Store } from './consent/store';
import { syncTabs } from './consent/tab-sync';
import { createGate } from './gate/gate';
import { observe } from './gate/observe';
import { pickLanguage } from './i18n/index';
import { logConsent } from './integrations/consent-log';
import { googleConsentMode } from './integrations/google-consent-mode';
import { readGpcRefusals } from './integrations/gpc';
import type { UiSource } from './loader/contract';
import { onDemandUi } from './loader/on-demand';
import type { ConsentGateApi, ConsentGateOptions } from './types';
import { domOf, listen } from './util/dom';
import { createEmitter } from './util/emitter';
import type { Warn } from './util/warn';

export interface Environment {
  win: Window & typeof globalThis;
  warn: Warn;
  /** Where the UI comes from: a file per language (script build) or an `import()` (ESM build). */
  ui: UiSource;
  /** The page's nonce: our own `<script>` tag's, or what the ESM caller passes. */
  nonce?: string;
}

/**
 * What reacts to a change of the decision, in this order, and nothing else:
 * 1. `integrations`: Google Consent Mode's update reaches `dataLayer` before
 *    any tag the change activates (docs/consent-signals.md#google-consent-mode), then the consent log;
 * 2. `cleanup`: cookies and storage of purposes now refused are cleared;
 * 3. `gate`: tagged elements the change allows are activated (or a withdrawal reloads);
 * 4. `ui`: the notice follows (hides after a decision, loads and shows after a reset);
 * 5. `api`: `consentGate.on('change')` callbacks and the `consent-gate:change`
 *    event, which so see the page as the change left it;
 * 6. `tabs`: the change is announced to the site's other tabs.
 * Each part subscribes to its own view of the store; its listeners run at its
 * place in this list, whatever the order the parts were created in.
 */
export const REACTIONS = ['integrations', 'cleanup', 'gate', 'ui', 'api', 'tabs'] as const;
export type Reaction = (typeof REACTIONS)[number];

/**
 * One subscription to the store that calls every reaction's listeners in the
 * order of {@link REACTIONS}: an emitter with one event per reaction. A
 * listener that throws is told and does not stop the others (one broken part
 * must never keep the gate from seeing a change). Its unsubscribe goes first
 * into `stops`; returns the store as one reaction sees it: what it subscribes
 * runs at that reaction's place.
 */
function orderedReactions(store: Store, warn: Warn, stops: Array<() => void>): (reaction: Reaction) => Store {
  const stages = createEmitter<Record<Reaction, boolean>>((error) => warn('a consent listener threw', error));
  // Once the store is left, nothing emits again: the stages need no clearing.
  stops.push(store.subscribe((local) => REACTIONS.forEach((reaction) => stages.emit(reaction, local))));
  return (reaction) => ({ ...store, subscribe: (listener) => stages.on(reaction, listener) });
}

/**
 * The composition root: settings -> store -> gate, UI, integrations, API.
 * The only module that imports every folder, and the only place the order of
 * reactions to a change is set ({@link REACTIONS}). Nothing is activated here:
 * tagged elements stay blocked until the store allows them, so an exception
 * anywhere in start-up leaves every tracker blocked (fail closed). The UI is
 * loaded on demand ({@link onDemandUi}): a returning visitor loads none.
 *
 * @example
 * const { api, destroy } = create({ mode: 'opt-out' }, { win: window, warn: createWarner(), ui: source });
 */
export function create(options: ConsentGateOptions, { win, warn, ui: source, nonce }: Environment) {
  const doc = win.document;
  const settings = createSettings(options, { host: win.location.hostname, warn });
  const jar = createCookieJar(doc);
  const signalRefused = readGpcRefusals(settings, win.navigator);
  const store = createStore({ settings, jar, warn, now: () => Date.now(), crypto: win.crypto, signalRefused });
  const stops: Array<() => void> = [];
  const storeFor = orderedReactions(store, warn, stops);

  // docs/consent-signals.md#google-consent-mode: the consent default reaches dataLayer before the gate activates any tag.
  // The receipt hashes what the visitor was shown: the mounted UI's texts (the UI and `lang` are made below, read on a decision).
  const integrationStore = storeFor('integrations');
  stops.push(
    googleConsentMode(integrationStore, settings, { win, warn }),
    logConsent(integrationStore, settings, { win, warn, shown: () => ui.shown(), lang: () => lang }),
  );

  // docs/gate.md#withdrawal: declarations of refused purposes are cleared on every load and after each change.
  const cleanup = () => clearRefused(settings, store.choices(), jar, win);
  cleanup();
  stops.push(storeFor('cleanup').subscribe(cleanup));

  // The language is picked here, the texts come with the UI: a language without a built-in file
  // (one the JSON config gives texts for) gets the file of its base language, else English.
  const lang = pickLanguage(settings.lang, domOf(doc).documentElement()?.getAttribute('lang') ?? '', win.navigator.languages ?? [], [
    ...source.languages,
    ...settings.json.langs,
  ]);
  const file = [lang, lang.split('-')[0]!].find((l) => source.languages.includes(l)) ?? 'en';

  let emit: (event: 'show' | 'hide') => void = () => {};
  const uiStore = storeFor('ui');
  const ui = onDemandUi({
    store: uiStore,
    load: (done) => source.load(file, done),
    mount: (factory) =>
      factory({
        doc,
        dom: { domOf, listen },
        store: uiStore,
        settings,
        lang,
        signalRefused,
        warn,
        loadFile: source.file,
        onView: (view) => emit(view === 'none' ? 'hide' : 'show'),
      }),
    warn,
  });
  stops.push(ui.destroy);

  let reloading = false;
  const hooks = {
    blocked: ui.placeholder,
    activated: ui.unplace,
    // docs/gate.md#reload-after-withdrawal: code that ran cannot be unloaded, so a withdrawal reloads the page once.
    withdrawn: () => {
      if (settings.reloadOnWithdraw !== 'true' || reloading) return;
      reloading = true;
      win.location.reload();
    },
  };
  const gate = createGate({ store: storeFor('gate'), purposes: settings.purposes, warn, hooks, nonce });
  stops.push(gate.follow());

  const made = createApi({ store: storeFor('api'), settings, doc, warn, show: ui.show, hide: ui.hide });
  emit = made.emit;

  gate.add([doc]);
  stops.push(observe(gate, doc), syncTabs(storeFor('tabs'), win, settings.cookieName));

  // A [data-consent-open] element (or one inside it) opens the dialog.
  stops.push(
    listen(doc, 'click', (event) => {
      if (!(event.target as Element | null)?.closest?.('[data-consent-open]')) return;
      event.preventDefault();
      ui.show();
    }),
  );

  /** Stops everything, last started first: no element, listener, observer or subscription is left. */
  return {
    api: made.api as ConsentGateApi,
    destroy: () =>
      stops
        .splice(0)
        .reverse()
        .forEach((stop) => stop()),
  };
}
