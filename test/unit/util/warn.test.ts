import { describe, expect, it } from 'vitest';
import { createWarner } from '../../../src/util/warn';

describe('createWarner', () => {
  it('prefixes every message and tells each one once', () => {
    const out: unknown[][] = [];
    const warn = createWarner({ warn: (...args: unknown[]) => void out.push(args) });
    const cause = new Error('x');
    warn('a');
    warn('a');
    warn('b', cause);
    expect(out).toEqual([['consent-gate: a'], ['consent-gate: b', cause]]);
  });

  it('survives a console.warn that throws, or no console at all', () => {
    const warn = createWarner({
      warn: () => {
        throw new Error('page broke console');
      },
    });
    expect(() => warn('a')).not.toThrow();
    expect(() => createWarner(undefined as never)('b')).not.toThrow();
  });
});
