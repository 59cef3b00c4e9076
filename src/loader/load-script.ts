import { domOf, listen } from '../util/dom';

type Win = Window & typeof globalThis;

/** What every file the core loads is fetched with: the attributes that let it run under the page's CSP and SRI. */
export interface ScriptContext {
  win: Win;
  /** Our own `<script>` tag, when found: its `crossorigin` is passed on (none when it has none). */
  script: Element | null;
  /** The nonce of our own tag (CSP), passed on so a nonce-based policy runs the file. */
  nonce?: string | undefined;
  /** The Trusted Types step for a script URL (the page's `require-trusted-types-for 'script'`). */
  trustedUrl(url: string): string;
}

/**
 * `high` for a UI file: an inserted async script is fetched at low priority,
 * and Chromium holds such requests back while the parser is in <head>, but
 * the notice is what the visitor waits for (bench/README.md#the-ui-files-priority).
 * `low` for the check file, which only warns the site owner: it never takes the UI file's bandwidth.
 */
export type Priority = 'high' | 'low';

/**
 * Why a script did not load, asked after its `error` event, which tells
 * nothing: a CSP violation seen for its URL, else a plain fetch of it (HTTP
 * status, then a fetch with the expected `integrity`), else the network.
 */
async function diagnose(win: Win, url: string, integrity: string, refusedByCsp: () => boolean): Promise<string> {
  const get = (init?: RequestInit) => win.fetch(url, { credentials: 'same-origin', ...init });
  let response: Response | undefined;
  try {
    // The violation event may come after the error event: asked again once the fetch is answered.
    if (!refusedByCsp()) response = await get();
  } catch {
    // Offline, CORS or CSP: told below.
  }
  if (refusedByCsp()) return "refused by the page's Content-Security-Policy";
  if (!response) return 'could not be fetched (offline, CORS or Content-Security-Policy)';
  // Only the status is wanted: the body is let go, so the request ends (unread, it stayed open).
  void response.body?.cancel();
  if (!response.ok) return `HTTP ${response.status}`;
  // Fetched again with the expected hash: the browser's own SRI check tells a changed file from one it refused to run.
  return get({ integrity }).then(
    () => 'the browser refused to run it',
    () => 'its SHA-384 is not the one built into consent-gate: a changed or stale file (integrity)',
  );
}

/**
 * Loads the classic script at `url` (absolute) by a `<script>` element with
 * `integrity` (`sha384-…`, computed when the file was built) at `priority`, the
 * page's nonce and `crossorigin`, through the Trusted Types step. Calls
 * `done()` once it ran, or `done(why)` when it did not (for the one warning).
 * The element is removed either way: a retry inserts a new one. Callbacks,
 * not Promises: a page that replaced `Promise` must still get its notice.
 *
 * @example
 * loadScript({ win: window, script: null, trustedUrl: (u) => u }, 'https://example.com/consent-gate-ui.en.min.js', 'sha384-…', 'high', console.log);
 */
export function loadScript(
  { win, script, nonce, trustedUrl }: ScriptContext,
  url: string,
  integrity: string,
  priority: Priority,
  done: (why?: string) => void,
): void {
  const doc = win.document;
  // Every document property through its prototype: the page may hold `<img name="createElement">` (docs/security.md).
  const dom = domOf(doc);
  const el = dom.createElement('script') as HTMLScriptElement;
  let csp = false;
  const stopWatching = listen(doc, 'securitypolicyviolation', ((event: SecurityPolicyViolationEvent) => {
    if (event.blockedURI === url) csp = true;
  }) as EventListener);
  const finish = (why?: string) => {
    el.onload = el.onerror = null;
    el.remove();
    stopWatching();
    done(why);
  };
  el.onload = () => finish();
  el.onerror = () => void diagnose(win, url, integrity, () => csp).then(finish, () => finish('the browser refused it'));
  el.integrity = integrity;
  el.fetchPriority = priority;
  // SRI needs a CORS response from another origin: without `crossorigin` such a file could never pass.
  const cors = script?.getAttribute('crossorigin') ?? (new URL(url).origin !== win.location.origin ? 'anonymous' : null);
  if (cors !== null) el.setAttribute('crossorigin', cors);
  if (nonce) el.nonce = nonce;
  try {
    el.src = trustedUrl(url);
    (dom.head() ?? dom.documentElement())!.appendChild(el);
  } catch (error) {
    finish('the page refused the script element (Trusted Types?): ' + String(error));
  }
}
