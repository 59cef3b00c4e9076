import { afterEach, describe, expect, it, vi } from 'vitest';
import { POLL_MS, syncTabs } from '../../../src/consent/tab-sync';
import type { Store } from '../../../src/consent/store';

afterEach(() => {
  vi.useRealTimers();
  document.cookie = 'consent_gate=; Max-Age=0; Path=/';
});

function fakeStore() {
  const store = { refresh: vi.fn(), subscribe: () => () => {} } as unknown as Store & { refresh: ReturnType<typeof vi.fn> };
  return store;
}

describe('syncTabs', () => {
  it('notices a change of the consent cookie made elsewhere within one poll while visible, and only then', () => {
    vi.useFakeTimers();
    const store = fakeStore();
    const stop = syncTabs(store, window, 'consent_gate');
    vi.advanceTimersByTime(POLL_MS * 3);
    expect(store.refresh).not.toHaveBeenCalled();
    // Another subdomain's tab writes the shared cookie: no message reaches us, only the cookie changes.
    document.cookie = 'consent_gate=1~1~x~0123456789abcdef~!analytics; Path=/';
    vi.advanceTimersByTime(POLL_MS);
    expect(store.refresh).toHaveBeenCalledTimes(1);
    document.cookie = 'other=1; Path=/';
    vi.advanceTimersByTime(POLL_MS * 3);
    expect(store.refresh).toHaveBeenCalledTimes(1);
    stop();
    document.cookie = 'consent_gate=changed; Path=/';
    vi.advanceTimersByTime(POLL_MS * 3);
    expect(store.refresh).toHaveBeenCalledTimes(1);
    document.cookie = 'other=; Max-Age=0; Path=/';
  });

  it('runs no timer while the tab is hidden, and re-reads when it shows again', () => {
    vi.useFakeTimers();
    const hidden = vi.spyOn(Document.prototype, 'visibilityState', 'get').mockReturnValue('hidden');
    const store = fakeStore();
    const stop = syncTabs(store, window, 'consent_gate');
    document.dispatchEvent(new Event('visibilitychange'));
    document.cookie = 'consent_gate=x; Path=/';
    vi.advanceTimersByTime(POLL_MS * 5);
    expect(store.refresh).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
    hidden.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(store.refresh).toHaveBeenCalledTimes(1);
    stop();
    hidden.mockRestore();
  });
});
