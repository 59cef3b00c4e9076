/**
 * Fixture pages of bench/gate-cost.mjs. `mark(i)` records the order scripts
 * ran in and the time the last one ran (`window.lastRan`).
 */

export const head =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>gate cost</title>' +
  '<script>window.ran = []; window.mark = (i) => { window.ran.push(i); window.lastRan = performance.now(); };</script>';
const tagged = (n) =>
  Array.from({ length: n }, (_, i) => `<script type="text/plain" data-consent="analytics">mark(${i})</script>`).join('');

/**
 * The built script inline at the end of <body>, between two clock reads: its
 * parse, compile and run, nothing else. `code` null: the same page without it.
 */
export function startupPage(n, code) {
  const inline = code === null ? '' : `<script data-purposes="analytics ads">${code.replace(/<\/script/gi, '<\\/script')}</script>`;
  return `${head}</head><body>${tagged(n)}<script>window.t0 = performance.now()</script>${inline}<script>window.t1 = performance.now()</script></body></html>`;
}

export const acceptPage = (n) => `${head}<script src="/dist/consent-gate.min.js"></script></head><body>${tagged(n)}</body></html>`;
const GATE = '<script src="/dist/consent-gate.min.js"></script>';
/** The floor any observer pays: the browser queues one record per insertion. */
const BARE = '<script>new MutationObserver(() => {}).observe(document.documentElement, { childList: true, subtree: true })</script>';
export const OBSERVERS = { without: '', bare: BARE, with: GATE };
export const observerPage = (variant) => `${head}${OBSERVERS[variant]}</head><body><main></main></body></html>`;
