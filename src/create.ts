import { createApi } from './api';
import { createSettings } from './config/settings';
import { clearRefused } from './consent/cookie-cleanup';
import { createCookieJar } from './consent/cookie-jar';
import { createStore } from './consent/store';
import { syncTabs } from './consent/tab-sync';
import { createGate } from './gate/gate';
import { observe } from './gate/observe';
import { pickLanguage, textsFor, type Catalog } from './i18n/index';
import { logConsent } from './integrations/consent-log';
import { googleConsentMode } from './integrations/google-consent-mode';
import { readGpcRefusals } from './integrations/gpc';
import type { ConsentGateApi, ConsentGateOptions } from './types';
import { mountUi } from './ui/mount';
import { createUiModel } from './ui/model';
import { domOf, listen } from './util/dom';
import type { Warn } from './util/warn';

export interface Environment {
  win: Window & typeof globalThis;
  catalog: Catalog;
  warn: Warn;
  /** The nonce of our own `<script>` tag, when it has one (the ESM build cannot know it). */
  nonce?: string;
}

/**
 * The composition root: settings -> store -> gate, UI, integrations, API.
 * The only module that imports every folder. Nothing is activated here:
 * tagged elements stay blocked until the store allows them, so an exception
 * anywhere in start-up leaves every tracker blocked (fail closed).
 *
 * @example
 * const { api, destroy } = create({ mode: 'opt-out' }, { win: window, catalog: { en }, warn: createWarner() });
 */
export function create(options: ConsentGateOptions, { win, catalog, warn, nonce }: Environment) {
  const doc = win.document;
  const settings = createSettings(options, { host: win.location.hostname, warn });
  const jar = createCookieJar(doc);
  const signalRefused = readGpcRefusals(settings, win.navigator);
  const store = createStore({ settings, jar, warn, now: () => Date.now(), crypto: win.crypto, signalRefused });
  // docs/consent-signals.md#google-consent-mode: the consent default reaches dataLayer before the gate activates any tag, and each
  // update before the tags a change activates (subscribers run in subscription order).
  // The receipt hashes what the visitor was shown: the UI model, built below (read on the first decision).
  const shown = () => model;
  const integrations = [googleConsentMode(store, settings, { win, warn }), logConsent(store, settings, { win, warn, shown })];

  // docs/gate.md#withdrawal: declarations of refused purposes are cleared on every load and after each change.
  const cleanup = () => clearRefused(settings, store.choices(), jar, win);
  cleanup();
  const stops: Array<() => void> = [...integrations, store.subscribe(cleanup)];

  const available = [...new Set([...Object.keys(catalog), ...Object.keys(settings.json.texts)])];
  const lang = pickLanguage(settings.lang, domOf(doc).documentElement()?.getAttribute('lang') ?? '', win.navigator.languages ?? [], available);
  const model = createUiModel(settings, textsFor(lang, catalog, settings.json.texts), lang, signalRefused);

  let emit: (event: 'show' | 'hide') => void = () => {};
  const ui = mountUi({ doc, store, model, theme: settings.theme, warn, onView: (view) => emit(view === 'none' ? 'hide' : 'show') });

  let reloading = false;
  const hooks = {
    blocked: ui.placeholder,
    activated: ui.unplace,
    // docs/gate.md#reload-after-withdrawal: code that ran cannot be unloaded, so a withdrawal reloads the page once.
    withdrawn: () => {
      if (!settings.reloadOnWithdraw || reloading) return;
      reloading = true;
      win.location.reload();
    },
  };
  const gate = createGate({ store, purposes: settings.purposes, warn, hooks, nonce });
  stops.push(gate.follow());

  const made = createApi({ store, settings, doc, warn, show: ui.show, hide: ui.hide });
  emit = made.emit;

  gate.add([doc]);
  stops.push(observe(gate, doc), syncTabs(store, win, settings.cookieName));

  const onOpenClick = (event: Event) => {
    const target = event.target as Element | null;
    if (!target?.closest?.('[data-consent-open]')) return;
    event.preventDefault();
    ui.show();
  };
  stops.push(listen(doc, 'click', onOpenClick));

  const api: ConsentGateApi = made.api;
  return { api, destroy: () => stops.forEach((stop) => stop()) };
}
