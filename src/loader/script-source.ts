import { safeUrl } from '../util/safe-url';
import type { Warn } from '../util/warn';
import { UI_SLOT, type UiFactory, type UiSource } from './contract';
import { loadScript } from './load-script';

type Win = Window & typeof globalThis;

/** The name of a UI file next to the core: `consent-gate-ui.de.min.js`. */
export const uiFileName = (lang: string) => `consent-gate-ui.${lang}.min.js`;

export interface ScriptSourceOptions {
  win: Win;
  /** Our own `<script>` tag (its `src`, `data-ui-base` and `crossorigin`), when found. */
  script: Element | null;
  nonce?: string;
  /** Language -> SHA-384 of its UI file, baked in at build time. */
  files: Readonly<Record<string, string>>;
  trustedUrl(url: string): string;
  warn: Warn;
}

/**
 * Where the UI files are: `data-ui-base` (a folder URL, for sites that serve
 * them elsewhere), else the folder of the core's own `src`, else the page's.
 */
function uiBase({ win, script, warn }: ScriptSourceOptions): string {
  const page = win.document.baseURI;
  const given = script?.getAttribute('data-ui-base');
  if (given !== null && given !== undefined) {
    const url = safeUrl(given);
    if (url) return new URL(url.trim().replace(/\/?$/, '/'), page).href;
    warn(`data-ui-base=${JSON.stringify(given.slice(0, 60))} is not an http(s) or relative URL; using the folder of consent-gate.min.js`);
  }
  // The IDL property: the browser resolved it (against <base href> too).
  return new URL('.', (script as HTMLScriptElement | null)?.src || page).href;
}

/**
 * The script-tag build's UI: one classic script per language, loaded with the
 * integrity hash built into the core, our nonce, `crossorigin` as on our tag,
 * through the Trusted Types policy. The file hands its factory to a slot
 * under a symbol, which is removed again once it ran.
 *
 * @example
 * const ui = scriptSource({ win: window, script: document.currentScript, files: { en: 'sha384-…' }, trustedUrl: (u) => u, warn });
 * ui.load('en', (factory, why) => (factory ? factory(deps) : warn(why!)));
 */
export function scriptSource(options: ScriptSourceOptions): UiSource {
  const { win, script, nonce, files, trustedUrl } = options;
  const base = uiBase(options);
  const slot = Symbol.for(UI_SLOT);
  const store = win as unknown as Record<symbol, ((factory: UiFactory) => void) | undefined>;
  return {
    languages: Object.keys(files),
    load(lang, done) {
      const url = new URL(uiFileName(lang), base).href;
      let factory: UiFactory | undefined;
      store[slot] = (given) => {
        if (typeof given === 'function') factory = given;
      };
      loadScript(
        win,
        { url, integrity: files[lang]!, nonce, crossOrigin: script?.getAttribute('crossorigin') ?? null, trustedUrl },
        (why) => {
          delete store[slot];
          const failed = why ?? (factory ? undefined : 'the file ran but is not a consent-gate UI file');
          if (failed) done(null, `the notice could not be loaded from ${url}: ${failed}`);
          else done(factory!);
        },
      );
    },
  };
}
