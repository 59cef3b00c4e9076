import { describe, expect, it } from 'vitest';
import { createEmitter } from '../../../src/util/emitter';

describe('createEmitter', () => {
  it('calls listeners in order; a throwing one is reported and the rest still run', () => {
    const errors: unknown[] = [];
    const seen: number[] = [];
    const e = createEmitter<{ change: number }>((error) => errors.push(error));
    e.on('change', (n) => seen.push(n));
    e.on('change', () => {
      throw new Error('bad');
    });
    e.on('change', (n) => seen.push(n * 10));
    e.emit('change', 1);
    expect(seen).toEqual([1, 10]);
    expect(errors).toHaveLength(1);
  });

  it('unsubscribes only the subscription it returned, also during an emit', () => {
    const e = createEmitter<{ change: number }>(() => {});
    const seen: string[] = [];
    const listener = () => seen.push('x');
    const off1 = e.on('change', listener);
    e.on('change', listener);
    const offSelf = e.on('change', () => {
      seen.push('self');
      offSelf();
    });
    off1();
    e.emit('change', 0);
    e.emit('change', 0);
    expect(seen).toEqual(['x', 'self', 'x']);
  });
});
