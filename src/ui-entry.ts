/**
 * The UI side of the split: Preact, notice, dialog, placeholders and the
 * stylesheet, with one language's texts built in. The script build makes one
 * file per language from this (`dist/consent-gate-ui.<lang>.min.js`, whose
 * entry is src/ui-file.ts); the ESM build `import()`s it as its own chunk.
 */
import { problemFlag, readShownConfig } from './config/json-rules';
import { textsFor, type Texts } from './i18n/index';
import type { LoadCheck, UiFactory } from './loader/contract';
import { startCheck } from './loader/start-check';
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
 * silently, by the same rules as the full check, which words each problem:
 * the UI starts it with `loadCheck` as it mounts, only when this reading met
 * something to tell, so a config without a problem costs no request
 * (docs/configuration.md#when-the-json-config-is-checked).
 *
 * @example
 * const ui = uiFactory(en, checkFile('sha384-…'))({ doc: document, dom: { domOf, listen }, store, settings, lang: 'en', signalRefused: [], onView() {}, warn });
 */
export function uiFactory(texts: Texts, loadCheck: LoadCheck): UiFactory {
  return (deps) => {
    const { settings, lang } = deps;
    const problems = problemFlag(settings.purposes);
    const json = readShownConfig(settings.json.raw, problems);
    const model = createUiModel(settings, textsFor(lang, { en: texts }, json.texts), lang, deps.signalRefused, json.purposes);
    // The core's deps as they are: mountUi takes doc, dom, store, onView and warn from them.
    const ui = mountUi({ ...deps, model });
    if (problems.found) startCheck(loadCheck, deps);
    return { ...ui, shown: shownOnce(model) };
  };
}
