import { safeUrl } from '../util/safe-url';
import type { Warn } from '../util/warn';
import type { LoadFile, UiSource } from './contract';
import { loadScript, type ScriptContext } from './load-script';
import { slots, UI_SLOT } from './slot';

/** Our own `<script>` tag is read for its `src`, `data-ui-base` and `crossorigin`. */
export interface ScriptSourceOptions extends ScriptContext {
  /** Language -> SHA-384 of its UI file, baked in at build time. */
  files: Readonly<Record<string, string>>;
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
 * The script-tag build's UI: one classic script per language, loaded with the
 * integrity hash built into the core, our nonce, `crossorigin` as on our tag,
 * through the Trusted Types policy. A file hands its function to a slot under
 * a symbol, which is removed again once it ran. The same loader is handed to
 * the UI (`file`), which loads the JSON config's check file with it, by the
 * hash built into the UI file.
 *
 * @example
 * const ui = scriptSource({ win: window, script: document.currentScript, files: { en: 'sha384-…' }, trustedUrl: (u) => u, warn });
 * ui.load('en', (factory, why) => (factory ? factory(deps) : warn(why!)));
 */
export function scriptSource(options: ScriptSourceOptions): UiSource {
  const { win, files } = options;
  const base = filesBase(options);
  const global = slots(win);

  const fromSlot: LoadFile = (name, slot, integrity, priority, what, done) => {
    const url = new URL(name, base).href;
    let handed: Parameters<typeof done>[0] | undefined;
    global[slot] = (given) => {
      if (typeof given === 'function') handed = given as typeof handed;
    };
    loadScript(options, url, integrity, priority, (why) => {
      delete global[slot];
      if (handed && !why) done(handed);
      else done(null, `${what} could not be loaded from ${url}: ${why ?? 'the file ran but is not a consent-gate file'}`);
    });
  };

  return {
    languages: Object.keys(files),
    // The UI file of `lang`, next to the core; at high priority: the notice is what the visitor waits for.
    load: (lang, done) => fromSlot(`consent-gate-ui.${lang}.min.js`, Symbol.for(UI_SLOT), files[lang]!, 'high', 'the notice', done),
    file: fromSlot,
  };
}
