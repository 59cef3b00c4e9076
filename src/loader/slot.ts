/**
 * How a file the core loads hands it its function: through a global slot under
 * a symbol (no markup can clobber a symbol, unlike a named property), which the
 * core sets just before it inserts the file and removes once the file ran.
 */

/** The slot of a UI file (`consent-gate-ui.<lang>.min.js`): it hands a `UiFactory`. */
export const UI_SLOT = 'consent-gate:ui';
/** The slot of the JSON config's check file (`consent-gate-check.min.js`): it hands a `JsonCheck`. */
export const CHECK_SLOT = 'consent-gate:check';

/** The global object as a table of slots. */
export const slots = (global: object) => global as Record<symbol, ((value: unknown) => void) | undefined>;

/**
 * Called by a file when it runs: hands `value` to the core waiting in `slot`.
 * A file run without a core waiting for it does nothing.
 *
 * @example
 * handToCore(UI_SLOT, uiFactory(de)); // what consent-gate-ui.de.min.js does
 */
export function handToCore(slot: string, value: unknown): void {
  const take = slots(globalThis)[Symbol.for(slot)];
  if (typeof take === 'function') take(value);
}
