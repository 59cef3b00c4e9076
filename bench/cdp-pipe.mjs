/**
 * Chromium driven over a bare DevTools pipe (`--remote-debugging-pipe`), with
 * no CDP domain enabled but those a measurement asks for. Playwright enables
 * the `Runtime` domain on every page, and with it each `document.cookie` read
 * (among others) captures a stack trace, for which V8 re-parses every function
 * on the stack: a cost a visitor's browser never pays (bench/README.md,
 * "Compile hints"). `bench/visitor-cost.mjs` reads script time through this.
 */
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, findBrowser, BROWSER_HELP } from '../dist/cli/find-browser.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Launches the browser (the tests' flags) and returns `send(method, params, session)`,
 * `page(contextId)` (a new tab, attached: `{ session, close }`), `context()` and `close()`.
 *
 * @example
 * const cdp = await pipeBrowser();
 * const ctx = await cdp.context();
 * const tab = await cdp.page(ctx.id);
 * await cdp.send('Page.navigate', { url }, tab.session);
 */
export async function pipeBrowser() {
  const executable = findBrowser();
  if (!executable) throw new Error(BROWSER_HELP);
  const child = spawn(executable, [...CHROMIUM_ARGS, '--remote-debugging-pipe', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const [toBrowser, fromBrowser] = [child.stdio[3], child.stdio[4]];
  const pending = new Map();
  let last = 0;
  let buffer = '';
  fromBrowser.on('data', (chunk) => {
    buffer += chunk.toString();
    for (let end = buffer.indexOf('\0'); end >= 0; end = buffer.indexOf('\0')) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      const waiting = pending.get(message.id);
      if (!waiting) continue;
      pending.delete(message.id);
      if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
      else waiting.resolve(message.result);
    }
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = ++last;
      pending.set(id, { resolve, reject, method });
      toBrowser.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
    });
  const { product } = await send('Browser.getVersion');
  return {
    version: product,
    send,
    async context() {
      const { browserContextId } = await send('Target.createBrowserContext');
      return { id: browserContextId, close: () => send('Target.disposeBrowserContext', { browserContextId }) };
    },
    async page(contextId) {
      const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId: contextId });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      return { session: sessionId, close: () => send('Target.closeTarget', { targetId }) };
    },
    /** Whether `expression` turns true in the page within `timeout` ms (polled with `Runtime.evaluate`, which enables nothing). */
    async waitFor(session, expression, timeout = 10_000) {
      for (const end = Date.now() + timeout; Date.now() < end; await sleep(50)) {
        try {
          const { result } = await send('Runtime.evaluate', { expression: `!!(${expression})`, returnByValue: true }, session);
          if (result.value) return true;
        } catch {
          // The page is between documents: look again.
        }
      }
      return false;
    },
    close() {
      child.kill();
      return new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
    },
  };
}
