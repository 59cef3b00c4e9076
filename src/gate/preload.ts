import { domOf } from '../util/dom';
import { isClassic, isScript } from './activate';

/**
 * Starts the downloads of the external classic scripts about to run one
 * after another. docs/gate.md#order keeps their execution in document order, but their
 * downloads need not wait for each other, as the parser's own preload scanner
 * knows: with a `<link rel="preload" as="script">` each, the queue waits for
 * each script's execution instead of a network round trip per script.
 * Skipped on pages that use nonces (`pageNonce` of the elements' document is
 * not ''): under 'strict-dynamic' a preload we insert would be refused and
 * reported as a CSP violation.
 *
 * @example
 * preload(readyScripts, (doc) => requiredNonce(doc, ownNonce));
 */
export function preload(elements: readonly Element[], pageNonce: (doc: Document) => string): void {
  // One script has nothing to overlap with.
  if (elements.length < 2) return;
  const doc = elements[0]!.ownerDocument;
  const dom = domOf(doc);
  const head = dom.head();
  if (pageNonce(doc) || !head) return;
  for (const el of elements) {
    const src = el.getAttribute('src');
    // Only classic scripts: a module (fetched in CORS mode) or a data block would not use the preload,
    // and a `nomodule` script is never fetched by a browser that runs modules.
    if (!isScript(el) || !src || el.hasAttribute('async') || !isClassic(el)) continue;
    const link = dom.createElement('link');
    link.rel = 'preload';
    link.as = 'script';
    // The same request mode and integrity as the script's, or the browser fetches it twice.
    for (const name of ['crossorigin', 'integrity', 'referrerpolicy']) {
      const value = el.getAttribute(name);
      if (value !== null) link.setAttribute(name, value);
    }
    link.href = src;
    head.appendChild(link);
  }
}
