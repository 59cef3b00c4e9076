import type { Settings } from '../config/settings';
import type { Requirement } from '../consent/purposes';
import type { Store } from '../consent/store';
import type { ShownReceipt } from '../receipts/shown-digest';
import type { domOf, listen } from '../util/dom';
import type { Warn } from '../util/warn';
import type { Priority } from './load-script';

/**
 * The boundary between the core (gate, store, API: loaded on every page view)
 * and the UI (Preact, notice, dialog, placeholders, stylesheet, texts: loaded
 * only when something is to be shown). Types only: the core never imports the
 * UI's code, it receives a {@link UiFactory} from a {@link UiSource}. The JSON
 * config's check ({@link JsonCheck}) is the UI's business: the UI loads it when
 * it mounts ({@link LoadCheck}), the script build through the core's
 * {@link LoadFile}, so the core carries neither its name nor its hash.
 */

/**
 * The core's clobbering-safe DOM access (src/util/dom.ts: the document's
 * properties and `addEventListener` read through their prototypes, never
 * through names a page's markup can shadow), handed to the UI when it mounts.
 * The UI reaches the document only through these, the same functions the core
 * uses, so a UI file carries no copy of them.
 */
export interface DomKit {
  domOf: typeof domOf;
  listen: typeof listen;
}

/** What the core hands the UI when it mounts it. */
export interface UiDeps {
  doc: Document;
  /** How the UI reads and listens to `doc`: the core's own helpers. */
  dom: DomKit;
  store: Store;
  /**
   * The settings; `settings.json.raw` is the JSON config as given, from which
   * the UI reads (silently) the labels, descriptions, cookies and texts it
   * shows: the core keeps only the cookie names and languages it acts on, and
   * the check file ({@link JsonCheck}) warns about its problems.
   */
  settings: Settings;
  /** The language the core picked (it may have no built-in texts: then the file's texts plus the config's). */
  lang: string;
  /** Purposes refused by a browser signal (GPC), told in the dialog. */
  signalRefused: readonly string[];
  /** Warnings from the UI (an iframe without a title…), through the core's one warner. */
  warn: Warn;
  /**
   * The script build's loader of a file next to the UI files (base URL,
   * integrity, nonce, `crossorigin`, Trusted Types: as for the UI files);
   * absent in the ESM build, which `import()`s its chunks.
   */
  loadFile?: LoadFile;
  /** The UI tells which view it shows ('none' when it hides), for the API's `show`/`hide` events. */
  onView(view: 'none' | 'notice' | 'dialog'): void;
}

/** The mounted UI's controls. */
export interface Ui {
  show(): void;
  hide(): void;
  /** Puts a placeholder in the box of a blocked iframe until it is activated. */
  placeholder(el: Element, requirement: Requirement): void;
  /** Removes an activated element's placeholder. */
  unplace(el: Element): void;
  /** Removes every element, listener and subscription the UI added. */
  destroy(): void;
  /** The language and the digest of what the visitor can read (texts, purposes, policy URL), for the receipt; `null` before the UI is mounted. */
  shown(): ShownReceipt | null;
}

/** What a UI file (or the ESM UI chunk) delivers: mounts the UI with one language's texts built in. */
export type UiFactory = (deps: UiDeps) => Ui;

export type LoadDone = (factory: UiFactory | null, why?: string) => void;

/**
 * What the check file (or the ESM check chunk) delivers: the JSON config's
 * full check, which warns each problem once (docs/configuration.md#when-the-json-config-is-checked);
 * `configured` is data-purposes, for a purpose it does not list.
 */
export type JsonCheck = (raw: unknown, warn: Warn, configured: readonly string[]) => void;

/** A file's answer: the function it handed over, or `null` and why not (a sentence naming where it looked). */
export type Loaded<T> = (value: T | null, why?: string) => void;

/**
 * Loads the sibling file `name` with `integrity` (`sha384-…`) at `priority`,
 * then calls `done` once: with the function the file handed to `slot`
 * (`Symbol.for` a name in slot.ts), or with `null` and a sentence saying
 * `what` could not be loaded from which URL, and why.
 */
export type LoadFile = <T>(name: string, slot: symbol, integrity: string, priority: Priority, what: string, done: Loaded<T>) => void;

/** How the UI gets the JSON config's check: the script build loads the check file through `deps.loadFile`, the ESM build `import()`s its chunk. */
export type LoadCheck = (deps: UiDeps, done: Loaded<JsonCheck>) => void;

/** Where the core gets its UI from: the script build loads a file per language, the ESM build `import()`s a chunk. */
export interface UiSource {
  /** Languages with built-in texts; any other language gets the English file plus the config's texts. */
  languages: readonly string[];
  /**
   * Loads the UI with the given built-in language, then calls `done` once: with
   * the factory, or with `null` and why it could not (for the one warning).
   * A callback, not a Promise: a page that replaced `Promise` must not keep the notice away.
   */
  load(lang: string, done: LoadDone): void;
  /** The script build's loader of a sibling file, handed to the UI as {@link UiDeps.loadFile}. */
  file?: LoadFile;
}
