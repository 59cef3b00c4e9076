import { safeUrl } from '../util/safe-url';
import type { Warn } from '../util/warn';
import type { UiSource } from './contract';
import { loadScript, type ScriptRequest } from './load-script';
import { CHECK_SLOT, slots, UI_SLOT } from './slot';

type Win = Window & typeof globalThis;
type Done<T> = (value: T | null, why?: string) => void;

/** The name of a UI file next to the core: `consent-gate-ui.de.min.js`. */
export const uiFileName = (lang: string) => `consent-gate-ui.${lang}.min.js`;

/** The name of the JSON config's check file next to the core. */
export const CHECK_FILE = 'consent-gate-check.min.js';

export interface ScriptSourceOptions {
  win: Win;
  /** Our own `<script>` tag (its `src`, `data-ui-base` and `crossorigin`), when found. */
  script: Element | null;
  nonce?: string;
  /** Language -> SHA-384 of its UI file, baked in at build time. */
  files: Readonly<Record<string, string>>;
  /** SHA-384 of the check file, baked in at build time. */
  check: string;
  trustedUrl(url: string): string;
  warn: Warn;
}

/**
 * Where the UI and check files are: `data-ui-base` (a folder URL, for sites
 * that serve them elsewhere), else the folder of the core's own `src`, else the page's.
 */
function filesBase({ win, script, warn }: ScriptSourceOptions): string {
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
 * The script-tag build's UI and check: one classic script per language, and
 * one for the JSON config's check, each loaded with the integrity hash built
 * into the core, our nonce, `crossorigin` as on our tag, through the Trusted
 * Types policy. A file hands its function to a slot under a symbol, which is
 * removed again once it ran.
 *
 * @example
 * const ui = scriptSource({ win: window, script: document.currentScript, files: { en: 'sha384-…' }, check: 'sha384-…', trustedUrl: (u) => u, warn });
 * ui.load('en', (factory, why) => (factory ? factory(deps) : warn(why!)));
 */
export function scriptSource(options: ScriptSourceOptions): UiSource {
  const { win, script, nonce, files, check, trustedUrl } = options;
  const base = filesBase(options);
  const global = slots(win);

  /**
   * Loads the file `name`, then calls `done` once: with the function it handed
   * to `slot`, or with `null` and a sentence saying `what` could not be loaded
   * from which URL, and why.
   */
  function fromSlot<T>(name: string, slot: string, request: Pick<ScriptRequest, 'integrity' | 'priority'>, what: string, done: Done<T>) {
    const url = new URL(name, base).href;
    const key = Symbol.for(slot);
    let handed: T | undefined;
    global[key] = (given) => {
      if (typeof given === 'function') handed = given as T;
    };
    loadScript(win, { ...request, url, nonce, crossOrigin: script?.getAttribute('crossorigin') ?? null, trustedUrl }, (why) => {
      delete global[key];
      const failed = why ?? (handed ? undefined : 'the file ran but handed consent-gate nothing');
      if (failed) done(null, `${what} could not be loaded from ${url}: ${failed}`);
      else done(handed!);
    });
  }

  return {
    languages: Object.keys(files),
    load: (lang, done) => fromSlot(uiFileName(lang), UI_SLOT, { integrity: files[lang]!, priority: 'high' }, 'the notice', done),
    check: (done) => fromSlot(CHECK_FILE, CHECK_SLOT, { integrity: check, priority: 'low' }, "the JSON config's check", done),
  };
}
