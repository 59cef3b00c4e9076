/**
 * ESM entry for bundlers: no side effects on import (docs/api.md#bundlers). The UI
 * (Preact, notice, dialog, stylesheet) and each language's texts are
 * `import()`ed when something is to be shown, so a bundler puts them in
 * chunks of their own that a returning visitor never loads.
 *
 * @example
 * import { createConsentGate } from 'consent-gate';
 * const gate = createConsentGate({ purposes: ['analytics', 'ads'], policyUrl: '/privacy' }, { languages: ['en', 'de'] });
 * gate.on('change', (state) => console.log(state.purposes));
 */
import { create } from './create';
import type { Texts } from './i18n/index';
import type { LoadCheck, UiSource } from './loader/contract';
import type { ConsentGateApi, ConsentGateOptions } from './types';
import { createWarner } from './util/warn';

export { parseConsentCookie, type ParseOptions } from './consent/parse-consent-cookie';
export type * from './types';

/** Every built-in language (docs/languages.md#built-in-languages), each its own chunk. */
const TEXTS: Readonly<Record<string, () => Promise<Texts>>> = {
  en: () => import('./i18n/en').then((m) => m.en),
  de: () => import('./i18n/de').then((m) => m.de),
  fr: () => import('./i18n/fr').then((m) => m.fr),
  es: () => import('./i18n/es').then((m) => m.es),
  it: () => import('./i18n/it').then((m) => m.it),
  nl: () => import('./i18n/nl').then((m) => m.nl),
  pt: () => import('./i18n/pt').then((m) => m.pt),
  pl: () => import('./i18n/pl').then((m) => m.pl),
};

/** How the ESM build runs on the page (not settings of the notice). */
export interface LoadOptions {
  /**
   * The page's CSP nonce. Tagged scripts must carry it to be activated where
   * the page uses nonces; without it the first `<script nonce>` of the page
   * is taken, which injected markup could forge.
   */
  nonce?: string;
  /**
   * Built-in languages the visitor may get (default: all eight). English is
   * always included: it is what any other language falls back to.
   */
  languages?: readonly string[];
}

/** The instance: `window.consentGate`'s API plus `destroy()`. */
export type ConsentGate = ConsentGateApi & {
  /** Removes everything consent-gate added: elements, listeners, observers, subscriptions. Elements it activated stay. */
  destroy(): void;
};

/** The JSON config's check: a chunk of its own, imported only by a UI whose reading of the JSON config met a problem to tell. */
const importCheck: LoadCheck = (_deps, done) => {
  import('./config/json-config').then(
    ({ cleanJsonConfig }) => done(cleanJsonConfig),
    (error) => done(null, `the JSON config's check could not be loaded (${String(error)})`),
  );
};

function esmSource(languages: readonly string[] | undefined, warn: ReturnType<typeof createWarner>): UiSource {
  const wanted = Array.isArray(languages) ? languages.filter((l) => typeof l === 'string').map((l) => l.toLowerCase()) : Object.keys(TEXTS);
  const unknown = wanted.filter((l) => !Object.prototype.hasOwnProperty.call(TEXTS, l));
  if (unknown.length)
    warn(`languages: ${unknown.join(', ')} ${unknown.length > 1 ? 'have' : 'has'} no built-in texts; give them in config.texts`);
  const included = ['en', ...wanted.filter((l) => l !== 'en' && !unknown.includes(l))];
  return {
    languages: included,
    load(lang, done) {
      // Both requests start at once; no Promise.all, which a page may have replaced.
      const fail = (error: unknown) => done(null, `the notice could not be loaded (${String(error)})`);
      const texts = TEXTS[lang]!();
      import('./ui-entry').then(({ uiFactory }) => texts.then((t) => done(uiFactory(t, importCheck)), fail), fail);
    },
  };
}

/**
 * Creates consent-gate on the current page from settings given as an object
 * (the data attributes in camelCase). Returns the same API as
 * `window.consentGate`, plus `destroy()`. The notice is `import()`ed on a
 * first visit (at once), on `show()`, after a reset, for a blocked iframe's
 * placeholder or a `[data-consent-open]` click; a returning visitor loads none.
 *
 * @example
 * const gate = createConsentGate({ mode: 'opt-in' }, { nonce: document.querySelector('meta[name=csp-nonce]')?.content, languages: ['de'] });
 */
export function createConsentGate(options: ConsentGateOptions = {}, { nonce, languages }: LoadOptions = {}): ConsentGate {
  const warn = createWarner();
  const { api, destroy } = create(options, {
    win: window,
    warn,
    nonce: typeof nonce === 'string' && nonce ? nonce : undefined,
    ui: esmSource(languages, warn),
  });
  return { ...api, destroy };
}
