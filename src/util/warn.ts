/**
 * The only place consent-gate talks to the console. Every message carries the
 * `consent-gate:` prefix so a site owner can filter for it, and each distinct
 * message is printed once per page view: a broken attribute must be told
 * clearly, not flood the console on every re-render.
 *
 * @example
 * const warn = createWarner();
 * warn('data-mode must be "opt-in" or "opt-out"; using "opt-in"');
 */
export type Warn = (message: string, cause?: unknown) => void;

export function createWarner(sink: Pick<Console, 'warn'> | undefined = globalThis.console): Warn {
  const seen = new Set<string>();
  return (message, cause) => {
    if (seen.has(message)) return;
    seen.add(message);
    try {
      if (cause === undefined) sink?.warn('consent-gate: ' + message);
      else sink?.warn('consent-gate: ' + message, cause);
    } catch {
      // A page that replaced console.warn with something that throws must not break us.
    }
  };
}
