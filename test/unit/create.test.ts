import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REACTIONS } from '../../src/create';
import { allLanguages } from '../../src/i18n/all';
import { createConsentGate, type ConsentGate } from '../../src/index';

/** The ESM factory in jsdom: composition, order of reactions, lifecycle; execution order is proven in Chromium. */
let destroy: (() => void) | undefined;
beforeEach(() => {
  delete (window as { dataLayer?: unknown }).dataLayer;
  delete (window as { gtag?: unknown }).gtag;
});
afterEach(() => {
  destroy?.();
  destroy = undefined;
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  document.querySelectorAll('consent-gate').forEach((el) => el.remove());
  document.cookie.split(';').forEach((c) => (document.cookie = c.split('=')[0] + '=; Max-Age=0; Path=/'));
});

/** The first `import()` of the UI compiles it: give it time. */
const until = (check: () => void) => vi.waitFor(check, { timeout: 10_000 });

function start(...args: Parameters<typeof createConsentGate>): ConsentGate {
  const gate = createConsentGate(...args);
  destroy = gate.destroy;
  return gate;
}

const panel = () => document.querySelector('consent-gate')?.shadowRoot?.querySelector('[role="dialog"]');
const buttons = () => Array.from(panel()?.querySelectorAll('button') ?? []).map((b) => b.textContent);
const decided = (purposes: string) => `consent_gate=1~1~${Math.floor(Date.now() / 1000).toString(36)}~0123456789abcdef~${purposes}`;

describe('createConsentGate', () => {
  it('loads the notice at once on a first visit, in an open shadow root with the three buttons', async () => {
    start();
    await until(() => expect(buttons()).toEqual(['Accept all', 'Reject all', 'Customize']));
  });

  it('shows the notice in one of the included languages, English for any other', async () => {
    document.documentElement.lang = 'de';
    start({}, { languages: ['fr'] });
    await until(() => expect(buttons()[0]).toBe('Accept all'));
    destroy!();
    start({}, { languages: ['de'] });
    await until(() => expect(buttons()[0]).toBe('Alle akzeptieren'));
    document.documentElement.lang = '';
  });

  it('offers every built-in language as a chunk, and names a code it has no texts for', () => {
    const warnings: string[] = [];
    vi.spyOn(console, 'warn').mockImplementation((m: string) => void warnings.push(m));
    start({}, { languages: [...Object.keys(allLanguages), 'xx'] });
    expect(warnings).toEqual(['consent-gate: languages: xx has no built-in texts; give them in config.texts']);
  });

  it('keeps a tagged script inert until its purpose is granted, then swaps in a runnable clone', () => {
    document.body.innerHTML = '<script type="text/plain" data-consent="analytics" data-type="module" id="s">1</script>';
    const gate = start();
    expect(document.querySelector('#s')!.getAttribute('type')).toBe('text/plain');
    gate.reject();
    expect(document.querySelector('#s')!.getAttribute('type')).toBe('text/plain');
    gate.accept(['analytics']);
    const live = document.querySelector('#s')!;
    expect(live.getAttribute('type')).toBe('module');
    expect(live.textContent).toBe('1');
  });

  it('takes the page nonce and activates the tagged scripts that carry it (the rule against others needs a real CSP: Chromium)', () => {
    document.body.innerHTML = '<script type="text/plain" data-consent="analytics" id="good" nonce="n0nce">1</script>';
    const gate = start({}, { nonce: 'n0nce' });
    gate.accept();
    expect(document.querySelector('#good')!.getAttribute('type')).toBeNull();
  });

  it('activates tagged elements inserted later', async () => {
    const gate = start();
    gate.accept();
    const img = document.createElement('img');
    img.setAttribute('data-consent', 'ads');
    img.setAttribute('data-src', '/p.gif');
    document.body.appendChild(img);
    await until(() => expect(img.getAttribute('src')).toBe('/p.gif'));
  });

  it('loads nothing for a returning visitor, and the dialog on show()', async () => {
    document.cookie = decided('analytics.ads.customization.login');
    const gate = start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.querySelector('consent-gate')).toBeNull();
    gate.show();
    await until(() => expect(panel()?.getAttribute('aria-modal')).toBe('true'));
  });

  it('removes the notice after a complete decision and reopens the dialog with show()', async () => {
    const gate = start();
    await until(() => expect(panel()).toBeTruthy());
    gate.accept();
    await until(() => expect(panel()).toBeFalsy());
    gate.show();
    await until(() => expect(panel()?.getAttribute('aria-modal')).toBe('true'));
  });
});

describe('reactions to a change', () => {
  it('run in one fixed order: integrations, cleanup, gate, ui, api, tabs', () => {
    expect(REACTIONS).toEqual(['integrations', 'cleanup', 'gate', 'ui', 'api', 'tabs']);
  });

  // jsdom runs the activated script in its own global, so the tag marks the document, which each step reads.
  const tagRan = () => document.documentElement.hasAttribute('data-tag-ran');
  const tag = (purpose: string) =>
    `<script type="text/plain" data-consent="${purpose}">document.documentElement.setAttribute('data-tag-ran', '')</script>`;

  /** A dataLayer that logs each Consent Mode update with whether the tag ran by then. */
  function recordingDataLayer(log: string[]) {
    const layer: unknown[] = [];
    layer.push = (...items: unknown[]) => {
      for (const item of items) if ((item as { 1?: unknown })[1] === 'update') log.push(`consent update (tag ran: ${tagRan()})`);
      return Array.prototype.push.apply(layer, items);
    };
    (window as unknown as { dataLayer: unknown[] }).dataLayer = layer;
  }

  it('put the Consent Mode update in dataLayer before the tag the change activates runs, and tell on("change") after it ran', () => {
    const log: string[] = [];
    recordingDataLayer(log);
    document.body.innerHTML = tag('analytics');
    const gate = start({ googleConsentMode: 'on' });
    gate.on('change', () => log.push(`change event (tag ran: ${tagRan()})`));
    gate.accept(['analytics']);
    expect(log).toEqual(['consent update (tag ran: false)', 'change event (tag ran: true)']);
    document.documentElement.removeAttribute('data-tag-ran');
  });

  it('run in that order whatever the order of subscribing (a page listener added first still hears last)', () => {
    const log: string[] = [];
    recordingDataLayer(log);
    document.body.innerHTML = tag('ads');
    document.addEventListener('consent-gate:change', () => log.push(`page event (tag ran: ${tagRan()})`), { once: true });
    const gate = start({ googleConsentMode: 'on' });
    gate.accept();
    expect(log).toEqual(['consent update (tag ran: false)', 'page event (tag ran: true)']);
    document.documentElement.removeAttribute('data-tag-ran');
  });
});

/** Counts what is added to and removed from the page's globals while `run` runs. */
function census() {
  // Listeners on window and document by identity; `once` ones remove themselves and are not counted.
  const live = new Set<string>();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const id = (fn: unknown) => {
    if (!fn || (typeof fn !== 'object' && typeof fn !== 'function')) return 0;
    if (!ids.has(fn)) ids.set(fn, ++next);
    return ids.get(fn);
  };
  const key = (target: EventTarget, type: string, fn: unknown) =>
    target === window || target === document ? `${target === window ? 'window' : 'document'}:${type}:${id(fn)}` : null;
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  vi.spyOn(EventTarget.prototype, 'addEventListener').mockImplementation(function (this: EventTarget, type, fn, options) {
    const k = key(this, type, fn);
    if (k && !(options as AddEventListenerOptions | undefined)?.once) live.add(k);
    return add.call(this, type, fn, options);
  });
  vi.spyOn(EventTarget.prototype, 'removeEventListener').mockImplementation(function (this: EventTarget, type, fn, options) {
    const k = key(this, type, fn);
    if (k) live.delete(k);
    return remove.call(this, type, fn, options);
  });
  let observing = 0;
  const observe = MutationObserver.prototype.observe;
  const disconnect = MutationObserver.prototype.disconnect;
  vi.spyOn(MutationObserver.prototype, 'observe').mockImplementation(function (this: MutationObserver, ...args) {
    observing++;
    return observe.apply(this, args);
  });
  vi.spyOn(MutationObserver.prototype, 'disconnect').mockImplementation(function (this: MutationObserver) {
    observing--;
    return disconnect.call(this);
  });
  let channels = 0;
  const Channel = window.BroadcastChannel;
  vi.spyOn(window, 'BroadcastChannel').mockImplementation(function (name: string) {
    const channel = new Channel(name);
    channels++;
    const close = channel.close.bind(channel);
    channel.close = () => (channels--, close());
    return channel;
  } as unknown as typeof BroadcastChannel);
  return {
    left: () => ({
      listeners: [...live].map((k) => k.split(':').slice(0, 2).join(':')),
      observing,
      channels,
    }),
  };
}

describe('destroy()', () => {
  it('leaves no element, listener, observer, channel or subscription after 100 instances', async () => {
    const count = census();
    document.body.innerHTML = '<iframe data-consent="ads" data-src="/video" title="Video" width="300" height="150"></iframe>';
    for (let i = 0; i < 100; i++) {
      // Every kind of instance: a notice shown, a dialog opened, a decision taken, a returning visitor.
      document.cookie = i % 4 === 3 ? decided('analytics.!ads.customization.login') : 'consent_gate=; Max-Age=0; Path=/';
      const gate = createConsentGate();
      if (i % 4 === 1) gate.show();
      if (i % 4 === 2) gate.reject();
      await until(() => expect(document.querySelector('consent-gate-placeholder')).not.toBeNull());
      if (i % 4 < 2) await until(() => expect(document.querySelector('consent-gate')).not.toBeNull());
      gate.destroy();
    }
    expect(document.querySelectorAll('consent-gate, consent-gate-placeholder')).toHaveLength(0);
    expect((document.querySelector('iframe') as HTMLIFrameElement).style.display).toBe('');
    expect(count.left()).toEqual({ listeners: [], observing: 0, channels: 0 });
    // No subscription is left: a decision another tab writes reaches no instance.
    const changes = vi.fn();
    document.addEventListener('consent-gate:change', changes);
    document.cookie = decided('analytics.ads.customization.login');
    window.dispatchEvent(new Event('focus'));
    document.body.appendChild(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(changes).not.toHaveBeenCalled();
    expect(document.querySelector('iframe')!.hasAttribute('src')).toBe(false);
    document.removeEventListener('consent-gate:change', changes);
  }, 60_000);

  it('while the notice is still loading, mounts nothing afterwards', async () => {
    const gate = createConsentGate();
    gate.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.querySelector('consent-gate')).toBeNull();
  });
});
