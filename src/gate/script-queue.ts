import type { Activated } from './activate';

/**
 * Runs activations one after another in the order they are queued, the way
 * the parser would have run the scripts (SPEC 2): an external script without
 * `async` must fire `load` or `error` before the next activation starts; a
 * failed load never stalls the queue. Callbacks, not Promises: a page that
 * replaced `Promise` must not change our order.
 *
 * @example
 * const queue = createScriptQueue(onError);
 * queue.push(() => activate(el));
 */
export function createScriptQueue(onError: (error: unknown) => void) {
  const jobs: Array<() => Activated | null> = [];
  let waiting = false;

  const drain = () => {
    while (!waiting && jobs.length) {
      let result: Activated | null = null;
      try {
        result = jobs.shift()!();
      } catch (error) {
        onError(error);
      }
      const script = result?.waitFor;
      if (!script) continue;
      waiting = true;
      const done = () => {
        script.removeEventListener('load', done);
        script.removeEventListener('error', done);
        waiting = false;
        drain();
      };
      script.addEventListener('load', done);
      script.addEventListener('error', done);
    }
  };

  return {
    push(job: () => Activated | null) {
      jobs.push(job);
      drain();
    },
  };
}
