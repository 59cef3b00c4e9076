import type { Gate } from './gate';
import { domOf, listen } from '../util/dom';

/**
 * Hands every element inserted into the document to the gate as soon as it
 * is inserted (docs/gate.md#elements-added-later): parsed after our script, added by code, a tag manager
 * or an SPA route. MutationObserver callbacks run before the browser fetches
 * a `data-src` (it has no real `src` yet), so nothing leaks meanwhile. Any
 * mutation, text included, and the end of parsing also let the gate recheck
 * elements the parser was still filling. Returns a function that stops observing.
 *
 * @example
 * const stop = observe(gate, document);
 */
export function observe(gate: Gate, doc: Document): () => void {
  const dom = domOf(doc);
  const Observer = dom.defaultView()?.MutationObserver;
  const observing = typeof Observer === 'function';
  // Without MutationObserver (removed by the page), the end of parsing is when the gate sees the whole document.
  const stopReady = listen(doc, 'readystatechange', () => gate.add(observing ? [] : [doc]));
  if (!observing) return stopReady;
  const observer = new Observer((records) => {
    // A tree built node by node (thousands of records): one native query of the document costs less than reading each.
    if (records.length > 64) return gate.add([doc]);
    // Plain indexed loops: this runs for every insertion on the page, and copies of NodeLists are its main cost.
    const added: Element[] = [];
    for (let r = 0; r < records.length; r++) {
      const nodes = records[r]!.addedNodes;
      for (let i = 0; i < nodes.length; i++) if (nodes[i]!.nodeType === 1) added.push(nodes[i] as Element);
    }
    gate.add(added);
  });
  observer.observe(dom.documentElement()!, { childList: true, subtree: true });
  return () => {
    stopReady();
    observer.disconnect();
  };
}
