import type { UiSourceFor } from '../../../src/boot';
import { cleanJsonConfig } from '../../../src/config/json-config';
import type { Texts } from '../../../src/i18n/index';
import { en } from '../../../src/i18n/en';
import type { LoadCheck, UiSource } from '../../../src/loader/contract';
import { uiFactory } from '../../../src/ui-entry';

/**
 * The UI as the script build gets it, without files: `load` resolves with the
 * real UI for a language of `catalog` (a microtask later, like any load),
 * which loads the JSON config's full check the same way as it mounts.
 * `loads` records each load asked for (`check` for the check).
 */
export function localUi(catalog: Readonly<Record<string, Texts>> = { en }) {
  const loads: string[] = [];
  const loadCheck: LoadCheck = (_deps, done) => {
    loads.push('check');
    queueMicrotask(() => done(cleanJsonConfig));
  };
  const source: UiSource = {
    languages: Object.keys(catalog),
    load(lang, done) {
      loads.push(lang);
      queueMicrotask(() => done(uiFactory(catalog[lang]!, loadCheck)));
    },
  };
  const forBoot: UiSourceFor = () => source;
  return { source, forBoot, loads };
}
