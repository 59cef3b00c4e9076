import { describe, expect, it, vi } from 'vitest';
import { createScriptQueue } from '../../../src/gate/script-queue';

const script = () => document.createElement('script');
/** A job's error handler where none is expected to be called. */
const fail = (error: unknown) => {
  throw error;
};

describe('createScriptQueue', () => {
  it('runs jobs in order and holds the rest until the awaited script fired load', () => {
    const queue = createScriptQueue();
    const order: string[] = [];
    const external = script();
    queue.push(() => (order.push('external'), { element: external, waitFor: external }), fail);
    queue.push(() => (order.push('inline'), { element: script() }), fail);
    expect(order).toEqual(['external']);
    external.dispatchEvent(new Event('load'));
    expect(order).toEqual(['external', 'inline']);
  });

  it('does not stall when the awaited script fails to load', () => {
    const queue = createScriptQueue();
    const order: string[] = [];
    const broken = script();
    queue.push(() => ({ element: broken, waitFor: broken }), fail);
    queue.push(() => (order.push('next'), null), fail);
    broken.dispatchEvent(new Event('error'));
    broken.dispatchEvent(new Event('load'));
    expect(order).toEqual(['next']);
  });

  it('reports a throwing job to its own error handler and goes on with the next', () => {
    const [onError, otherError] = [vi.fn(), vi.fn()];
    const queue = createScriptQueue();
    const order: string[] = [];
    queue.push(() => {
      throw new Error('boom');
    }, onError);
    queue.push(() => (order.push('next'), null), otherError);
    expect(onError).toHaveBeenCalledWith(new Error('boom'));
    expect(otherError).not.toHaveBeenCalled();
    expect(order).toEqual(['next']);
  });
});

describe('createScriptQueue re-entrancy', () => {
  it('queues a job pushed from inside a running job after it, never inside it', () => {
    const queue = createScriptQueue();
    const order: string[] = [];
    queue.push(() => {
      order.push('first starts');
      queue.push(() => (order.push('pushed by first'), null), fail);
      order.push('first ends');
      return null;
    }, fail);
    queue.push(() => (order.push('second'), null), fail);
    expect(order).toEqual(['first starts', 'first ends', 'pushed by first', 'second']);
  });
});
