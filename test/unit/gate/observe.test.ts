import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Gate } from '../../../src/gate/gate';
import { observe } from '../../../src/gate/observe';

let stop = () => {};
afterEach(() => {
  stop();
  document.body.innerHTML = '';
});

const tick = () => new Promise((resolve) => setTimeout(resolve));

function watch() {
  const add = vi.fn();
  stop = observe({ add } as unknown as Gate, document);
  return add;
}

describe('observe', () => {
  it('hands every inserted element to the gate', async () => {
    const add = watch();
    const div = document.createElement('div');
    document.body.append(div);
    await tick();
    expect(add).toHaveBeenCalledWith([div]);
  });

  it('lets the gate recheck on a text-only change and when the document is parsed', async () => {
    const add = watch();
    document.body.append('text');
    await tick();
    expect(add).toHaveBeenLastCalledWith([]);
    add.mockClear();
    document.dispatchEvent(new Event('readystatechange'));
    expect(add).toHaveBeenCalledWith([]);
  });

  it('stops when asked', async () => {
    const add = watch();
    stop();
    document.body.append(document.createElement('p'));
    document.dispatchEvent(new Event('readystatechange'));
    await tick();
    expect(add).not.toHaveBeenCalled();
  });
});

describe('observe with many records at once', () => {
  it('hands the gate the whole document instead of reading thousands of records', async () => {
    const add = watch();
    for (let i = 0; i < 100; i++) document.body.append(document.createElement('div'));
    await tick();
    expect(add).toHaveBeenCalledTimes(1);
    expect(add).toHaveBeenCalledWith([document]);
  });
});
