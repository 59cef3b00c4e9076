import { describe, expect, it, vi } from 'vitest';
import { createScriptQueue } from '../../../src/gate/script-queue';

const script = () => document.createElement('script');
/** A job's error handler where none is expected to be called. */
const fail = (error: unknown) => {
  throw error;
};

describe('createScriptQueue', () => {
  it('runs jobs in order and holds the rest until the awaited script fired load', () => {
    const enqueue = createScriptQueue();
    const order: string[] = [];
    const external = script();
    enqueue(() => (order.push('external'), [external, external]), fail);
    enqueue(() => (order.push('inline'), [script()]), fail);
    expect(order).toEqual(['external']);
    external.dispatchEvent(new Event('load'));
    expect(order).toEqual(['external', 'inline']);
  });

  it('does not stall when the awaited script fails to load', () => {
    const enqueue = createScriptQueue();
    const order: string[] = [];
    const broken = script();
    enqueue(() => [broken, broken], fail);
    enqueue(() => (order.push('next'), null), fail);
    broken.dispatchEvent(new Event('error'));
    broken.dispatchEvent(new Event('load'));
    expect(order).toEqual(['next']);
  });

  it('reports a throwing job to its own error handler and goes on with the next', () => {
    const [onError, otherError] = [vi.fn(), vi.fn()];
    const enqueue = createScriptQueue();
    const order: string[] = [];
    enqueue(() => {
      throw new Error('boom');
    }, onError);
    enqueue(() => (order.push('next'), null), otherError);
    expect(onError).toHaveBeenCalledWith(new Error('boom'));
    expect(otherError).not.toHaveBeenCalled();
    expect(order).toEqual(['next']);
  });
});

describe('createScriptQueue re-entrancy', () => {
  it('queues a job pushed from inside a running job after it, never inside it', () => {
    const enqueue = createScriptQueue();
    const order: string[] = [];
    enqueue(() => {
      order.push('first starts');
      enqueue(() => (order.push('pushed by first'), null), fail);
      order.push('first ends');
      return null;
    }, fail);
    enqueue(() => (order.push('second'), null), fail);
    expect(order).toEqual(['first starts', 'first ends', 'pushed by first', 'second']);
  });
});
