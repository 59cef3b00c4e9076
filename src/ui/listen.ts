/**
 * Adds a listener to the document through `EventTarget.prototype`: markup a
 * page lets in can shadow `document.addEventListener` by name (DOM clobbering,
 * as util/dom.ts explains for the document's properties). Returns the undo.
 *
 * @example
 * const stop = listen(document, 'keydown', onKey, true); // later: stop()
 */
export function listen(doc: Document, type: string, handler: EventListener, options?: boolean | AddEventListenerOptions): () => void {
  EventTarget.prototype.addEventListener.call(doc, type, handler, options);
  return () => EventTarget.prototype.removeEventListener.call(doc, type, handler, options);
}
