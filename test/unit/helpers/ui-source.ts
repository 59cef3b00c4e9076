import type { UiSourceFor } from '../../../src/boot';
import { cleanJsonConfig } from '../../../src/config/json-config';
import type { Texts } from '../../../src/i18n/index';
import { en } from '../../../src/i18n/en';
import type { UiSource } from '../../../src/loader/contract';
import { uiFactory } from '../../../src/ui-entry';

/**
 * The UI as the script build gets it, without files: `load` resolves with the
 * real UI for a language of `catalog` (a microtask later, like any load), and
 * `check` with the JSON config's full check. `loads` records each load asked
 * for (`check` for the check).
 */
export function localUi(catalog: Readonly<Record<string, Texts>> = { en }) {
  const loads: string[] = [];
  const source: UiSource = {
    languages: Object.keys(catalog),
    load(lang, done) {
      loads.push(lang);
      queueMicrotask(() => done(uiFactory(catalog[lang]!)));
    },
    check(done) {
      loads.push('check');
      queueMicrotask(() => done(cleanJsonConfig));
    },
  };
  const forBoot: UiSourceFor = () => source;
  return { source, forBoot, loads };
}
