import { describe, expect, it, vi } from 'vitest';
import { createScriptQueue } from '../../../src/gate/script-queue';

const script = () => document.createElement('script');

describe('createScriptQueue', () => {
  it('runs jobs in order and holds the rest until the awaited script fired load', () => {
    const queue = createScriptQueue(vi.fn());
    const order: string[] = [];
    const external = script();
    queue.push(() => (order.push('external'), { element: external, waitFor: external }));
    queue.push(() => (order.push('inline'), { element: script() }));
    expect(order).toEqual(['external']);
    external.dispatchEvent(new Event('load'));
    expect(order).toEqual(['external', 'inline']);
  });

  it('does not stall when the awaited script fails to load', () => {
    const queue = createScriptQueue(vi.fn());
    const order: string[] = [];
    const broken = script();
    queue.push(() => ({ element: broken, waitFor: broken }));
    queue.push(() => (order.push('next'), null));
    broken.dispatchEvent(new Event('error'));
    broken.dispatchEvent(new Event('load'));
    expect(order).toEqual(['next']);
  });

  it('reports a throwing job and goes on with the next', () => {
    const onError = vi.fn();
    const queue = createScriptQueue(onError);
    const order: string[] = [];
    queue.push(() => {
      throw new Error('boom');
    });
    queue.push(() => (order.push('next'), null));
    expect(onError).toHaveBeenCalledWith(new Error('boom'));
    expect(order).toEqual(['next']);
  });
});

describe('createScriptQueue re-entrancy', () => {
  it('queues a job pushed from inside a running job after it, never inside it', () => {
    const queue = createScriptQueue(vi.fn());
    const order: string[] = [];
    queue.push(() => {
      order.push('first starts');
      queue.push(() => (order.push('pushed by first'), null));
      order.push('first ends');
      return null;
    });
    queue.push(() => (order.push('second'), null));
    expect(order).toEqual(['first starts', 'first ends', 'pushed by first', 'second']);
  });
});
