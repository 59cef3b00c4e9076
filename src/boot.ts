import { isOurApi, markOurApi } from './api';
import { create } from './create';
import { readScriptOptions } from './config/attributes';
import type { UiSource } from './loader/contract';
import type { ConsentGateApi } from './types';
import { domOf } from './util/dom';
import { createWarner } from './util/warn';

type QueuedCall = (api: ConsentGateApi) => void;
type GlobalWindow = Window & typeof globalThis & { consentGate?: unknown; consentGateQueue?: unknown };

function runQueue(win: GlobalWindow, api: ConsentGateApi, warn: ReturnType<typeof createWarner>) {
  const queue = win.consentGateQueue;
  const run = (call: unknown) => {
    try {
      if (typeof call === 'function') (call as QueuedCall)(api);
      else warn('consentGateQueue holds something that is not a function; skipped');
    } catch (error) {
      warn('a queued consentGate call threw', error);
    }
  };
  if (queue !== undefined && !Array.isArray(queue)) warn('window.consentGateQueue is not an array; ignoring it');
  const pending = Array.isArray(queue) ? queue.slice() : [];
  // Calls pushed from now on run at once (docs/api.md#calling-before-the-script-runs).
  win.consentGateQueue = { push: (...calls: unknown[]) => (calls.forEach(run), 0) };
  pending.forEach(run);
}

/** Makes the UI source from our own tag (where its files are) and its nonce. */
export type UiSourceFor = (script: Element | null, nonce: string | undefined, warn: ReturnType<typeof createWarner>) => UiSource;

/**
 * Start-up of the script-tag build (docs/attributes.md#the-script-tag): reads the tag's attributes, creates
 * everything, publishes `window.consentGate`, runs queued calls. A second copy
 * does nothing. Any exception is told once and leaves every tracker blocked.
 */
export function boot(uiSource: UiSourceFor): void {
  const win = window as GlobalWindow;
  const warn = createWarner();
  try {
    const existing: unknown = win.consentGate;
    // Our own object by its symbol mark: `<form id="consentGate">` (DOM clobbering) cannot pass for a running copy.
    if (isOurApi(existing)) return;
    if (existing !== undefined)
      warn('window.consentGate is taken (by a script, or an element with id or name "consentGate"); replacing it');
    const doc = win.document;
    // Every document property through the prototype: `<img name="currentScript">` in injected markup shadows it (DOM clobbering).
    const dom = domOf(doc);
    const current = dom.currentScript();
    const script = current ?? dom.querySelectorAll('script[src*="consent-gate"]')[0] ?? null;
    // Our own tag's nonce is the page's (CSP 'strict-dynamic' trusts what we insert); the IDL property, as browsers hide the attribute.
    const nonce = (current as HTMLScriptElement | null)?.nonce || undefined;
    const ui = uiSource(script, nonce, warn);
    const { api } = create(readScriptOptions(script, doc, warn), { win, warn, nonce, ui });
    markOurApi(api);
    win.consentGate = api;
    runQueue(win, api, warn);
  } catch (error) {
    warn('could not start; every tagged element stays blocked', error);
  }
}
