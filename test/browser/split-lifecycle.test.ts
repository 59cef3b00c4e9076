/**
 * Issue 13: the ESM build's `createConsentGate(...).destroy()` leaves nothing
 * behind in a real browser (elements, listeners, observers, channels,
 * subscriptions), and the UI arrives by dynamic `import()` as a chunk of its own.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useSite, type TestServer } from './harness';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
});

/** An ESM page as a bundler-less site would write it: an import map for Preact, and a census of what is added to the page. */
const esmPage = (body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>esm</title>
<script type="importmap">{"imports": {
  "preact": "/node_modules/preact/dist/preact.mjs",
  "preact/jsx-runtime": "/node_modules/preact/jsx-runtime/dist/jsxRuntime.mjs"
}}</script>
<script>
  window.ran = []; window.mark = (n) => ran.push(n);
  // What is added and not removed: listeners on window and document (by identity; once-listeners remove themselves), connected observers, open channels.
  window.census = { listeners: {}, observing: 0, channels: 0 };
  const live = new Map(), ids = new WeakMap(); let next = 0;
  const key = (t, type, fn) => (t === window || t === document) && fn ? (t === window ? 'window:' : 'document:') + type + ':' + (ids.get(fn) || (ids.set(fn, ++next), next)) : null;
  const tally = () => { census.listeners = {}; for (const k of live.keys()) { const name = k.split(':').slice(0, 2).join(':'); census.listeners[name] = (census.listeners[name] || 0) + 1; } };
  const add = EventTarget.prototype.addEventListener, remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (type, fn, options) {
    const k = key(this, type, fn);
    if (k && !(options && options.once)) (live.set(k, 1), tally());
    return add.call(this, type, fn, options);
  };
  EventTarget.prototype.removeEventListener = function (type, fn, options) {
    const k = key(this, type, fn);
    if (k) (live.delete(k), tally());
    return remove.call(this, type, fn, options);
  };
  const observe = MutationObserver.prototype.observe, disconnect = MutationObserver.prototype.disconnect;
  MutationObserver.prototype.observe = function (...a) { census.observing++; return observe.apply(this, a); };
  MutationObserver.prototype.disconnect = function () { census.observing--; return disconnect.call(this); };
  const Channel = BroadcastChannel;
  window.BroadcastChannel = function (name) { const c = new Channel(name); census.channels++; const close = c.close.bind(c); c.close = () => (census.channels--, close()); return c; };
</script>
</head><body><main><h1>ESM</h1></main>${body}</body></html>`;

describe('createConsentGate in Chromium', () => {
  it('loads the UI and the texts as chunks only when the notice is needed', async () => {
    const url = server.page(
      '/esm/chunks.html',
      esmPage(
        `<script type="module">
      import { createConsentGate } from '/dist/index.mjs';
      window.gate = createConsentGate({}, { languages: ['de'] });
    </script>`,
        'de',
      ),
    );
    const { page, context, errors } = await openPage(browser, { locale: 'de-DE' });
    const since = server.log.length;
    await page.goto(url);
    await expect.poll(() => page.getByRole('button', { name: 'Alle akzeptieren' }).isVisible(), { timeout: 10_000 }).toBe(true);
    const chunks = server.log.slice(since).filter((p) => p.startsWith('/dist/chunks/'));
    expect(chunks).toEqual(expect.arrayContaining(['/dist/chunks/ui-entry.mjs', '/dist/chunks/de.mjs']));
    expect(chunks.filter((p) => /\/(en|fr|es|it|nl|pt|pl)\.mjs$/.test(p))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports the JSON config check as a chunk of its own, only when given a config, and it tells each problem once', async () => {
    const module = (config: string) => `<script type="module">
      import { createConsentGate } from '/dist/index.mjs';
      window.gate = createConsentGate(${config});
    </script>`;
    for (const [name, config, told] of [
      ['none', '{}', []],
      [
        'config',
        "{ config: { cookies: { analytics: ['_ga'] } } }",
        ['consent-gate: the JSON config key "cookies" is not known and is ignored; did you mean purposes.<id>.cookies?'],
      ],
    ] as const) {
      const url = server.page(`/esm/check-${name}.html`, esmPage(module(config)));
      const { page, context, errors, warnings } = await openPage(browser);
      const since = server.log.length;
      await page.goto(url);
      await expect.poll(() => page.getByRole('button', { name: 'Accept all' }).isVisible(), { timeout: 10_000 }).toBe(true);
      await expect.poll(() => warnings).toEqual(told);
      await page.waitForLoadState('networkidle');
      const checks = server.log.slice(since).filter((p) => p === '/dist/chunks/json-config.mjs');
      expect(checks, name).toHaveLength(told.length ? 1 : 0);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('destroy() leaves no element, listener, observer, channel or subscription after 100 instances', async () => {
    const body = `<iframe data-consent="ads" data-src="/esm/frame.html" title="Map" width="300" height="150"></iframe>
      <script type="text/plain" data-consent="analytics">mark('analytics')</script>
      <script type="module">
      import { createConsentGate } from '/dist/index.mjs';
      const until = (check) => new Promise((resolve) => { const poll = () => (check() ? resolve() : requestAnimationFrame(poll)); poll(); });
      const decided = (list) => 'consent_gate=1~1~' + Math.floor(Date.now() / 1000).toString(36) + '~0123456789abcdef~' + list + '; Path=/';
      window.cycles = 0;
      window.run = async () => {
        for (let i = 0; i < 100; i++) {
          // Every kind of instance: a notice, an opened dialog, a decision taken, a returning visitor.
          document.cookie = i % 4 === 3 ? decided('!analytics.!ads.customization.login') : 'consent_gate=; Max-Age=0; Path=/';
          const gate = createConsentGate();
          if (i % 4 === 1) gate.show();
          if (i % 4 === 2) gate.reject();
          await until(() => document.querySelector('consent-gate-placeholder'));
          if (i % 4 < 2) await until(() => document.querySelector('consent-gate')?.shadowRoot?.querySelector('button'));
          gate.destroy();
          window.cycles++;
        }
      };
    </script>`;
    server.page('/esm/frame.html', '<p>frame</p>');
    const url = server.page('/esm/lifecycle.html', esmPage(body));
    const { page, context, errors } = await openPage(browser);
    await page.goto(url);
    await expect.poll(() => page.evaluate(() => typeof (window as unknown as { run?: unknown }).run)).toBe('function');
    const before = await page.evaluate(() => JSON.stringify((window as unknown as { census: unknown }).census));
    await page.evaluate(() => (window as unknown as { run(): Promise<void> }).run());
    expect(await page.evaluate(() => (window as unknown as { cycles: number }).cycles)).toBe(100);
    expect(await page.locator('consent-gate, consent-gate-placeholder').count()).toBe(0);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('iframe')!).display)).toBe('inline');
    const census = await page.evaluate(
      () => (window as unknown as { census: { listeners: Record<string, number>; observing: number; channels: number } }).census,
    );
    expect({ ...census, listeners: Object.entries(census.listeners).filter(([, n]) => n !== 0) }).toEqual({
      listeners: [],
      observing: 0,
      channels: 0,
    });
    expect(before).toBe(JSON.stringify({ listeners: {}, observing: 0, channels: 0 }));
    // No subscription is left anywhere: another tab's decision reaches no instance, nothing is activated.
    await page.evaluate(() => {
      (window as unknown as { changes: number }).changes = 0;
      document.addEventListener('consent-gate:change', () => (window as unknown as { changes: number }).changes++);
    });
    const other = await context.newPage();
    await other.goto(server.page('/esm/other.html', `<!doctype html><script src="/dist/consent-gate.min.js"></script>`));
    await expect.poll(() => other.evaluate(() => typeof window.consentGate?.accept)).toBe('function');
    await other.evaluate(() => window.consentGate.accept());
    await page.bringToFront();
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await other.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(await page.evaluate(() => (window as unknown as { changes: number }).changes)).toBe(0);
    expect(await page.evaluate(() => window.ran)).toEqual([]);
    expect(await page.locator('iframe').getAttribute('src')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});
