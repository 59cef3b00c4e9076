/**
 * The UI side of the split: Preact, notice, dialog, placeholders and the
 * stylesheet, with one language's texts built in. The script build makes one
 * file per language from this (`dist/consent-gate-ui.<lang>.min.js`, which
 * calls {@link registerUi}); the ESM build `import()`s it as its own chunk.
 */
import { readShownConfig } from './config/json-rules';
import { textsFor, type Texts } from './i18n/index';
import type { UiFactory } from './loader/contract';
import { handToCore, UI_SLOT } from './loader/slot';
import { shownOnce } from './receipts/shown-digest';
import { mountUi } from './ui/mount';
import { createUiModel } from './ui/model';

/**
 * The factory the core mounts: the UI with `texts` as the built-in language.
 * A language the core picked without built-in texts (one the JSON config
 * gives texts for) gets these texts, then the config's.
 *
 * The JSON config's labels, descriptions, cookies and texts are read here,
 * not in the core: only the UI shows them, and the core (loaded on every page
 * view) keeps only the cookie names and languages it acts on. They are read
 * silently, by the same rules as the full check, which warns about each
 * problem from a file of its own that the core loads alongside this one only
 * when the page has a JSON config (docs/configuration.md#when-the-json-config-is-checked).
 *
 * @example
 * const ui = uiFactory(en)({ doc: document, dom: { domOf, listen }, store, settings, lang: 'en', signalRefused: [], onView() {}, warn });
 */
export function uiFactory(texts: Texts): UiFactory {
  return ({ doc, dom, store, settings, lang, signalRefused, onView, warn }) => {
    const json = readShownConfig(settings.json.raw);
    const model = createUiModel(settings, textsFor(lang, { en: texts }, json.texts), lang, signalRefused, json.purposes);
    return { ...mountUi({ doc, dom, store, model, theme: settings.theme, onView, warn }), shown: shownOnce(model) };
  };
}

/**
 * Called by a UI file when it runs: hands its factory to the core that
 * inserted it (through a slot under a symbol, which markup cannot clobber).
 * A UI file run without a core waiting for it does nothing.
 *
 * @example
 * registerUi(de); // the whole body of consent-gate-ui.de.min.js's entry
 */
export function registerUi(texts: Texts): void {
  handToCore(UI_SLOT, uiFactory(texts));
}
