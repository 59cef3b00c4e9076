import type { Activated } from './activate';

/** What ends a script's wait: the browser fires one of them, once, for every script it fetches. */
const EVENTS = ['load', 'error'];

/**
 * Runs activations one after another in the order they are queued, the way
 * the parser would have run the scripts (docs/gate.md#order): an external script without
 * `async` must fire `load` or `error` before the next activation starts; a
 * failed load never stalls the queue; a job that throws is told to its own
 * `onError` (which names the element) and the next one starts. A job that runs page code (an inline
 * script granting more consent) never starts the next job inside itself:
 * scripts do not nest. Callbacks, not Promises: a page that replaced
 * `Promise` must not change our order.
 *
 * @example
 * const enqueue = createScriptQueue();
 * enqueue(() => activate(el, () => ''), (error) => warn('could not activate', error));
 */
export function createScriptQueue() {
  let jobs: Array<[() => Activated | null, (error: unknown) => void]> = [];
  /** Index of the next job: shift() would make a long queue quadratic. */
  let next = 0;
  /** Waiting for a script's load/error, or inside a job. */
  let busy = false;

  const drain = () => {
    while (!busy && next < jobs.length) {
      const [job, onError] = jobs[next++]!;
      if (next === jobs.length) (jobs = []), (next = 0);
      /** The script whose `load` or `error` the next job waits for, if any. */
      let script: Element | undefined;
      busy = true;
      try {
        script = job()?.[1];
      } catch (error) {
        onError(error);
      }
      // Busy on until the script fired `load` or `error` (whichever comes first ends the wait).
      busy = !!script;
      if (!script) continue;
      const done = () => {
        for (const type of EVENTS) script.removeEventListener(type, done);
        busy = false;
        drain();
      };
      for (const type of EVENTS) script.addEventListener(type, done);
    }
  };

  /** Queues `job`; `onError` is told what it throws. */
  return (job: () => Activated | null, onError: (error: unknown) => void) => {
    jobs.push([job, onError]);
    drain();
  };
}
