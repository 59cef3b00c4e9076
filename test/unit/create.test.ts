import { afterEach, describe, expect, it } from 'vitest';
import { createConsentGate } from '../../src/index';

/** The ESM factory in jsdom: composition only; execution order is proven in Chromium. */
let destroy: (() => void) | undefined;
afterEach(() => {
  destroy?.();
  document.body.innerHTML = '';
  document.querySelectorAll('consent-gate').forEach((el) => el.remove());
  document.cookie.split(';').forEach((c) => (document.cookie = c.split('=')[0] + '=; Max-Age=0; Path=/'));
});

function start(options: Parameters<typeof createConsentGate>[0] = {}) {
  const gate = createConsentGate(options);
  destroy = gate.destroy;
  return gate;
}

const notice = () => document.querySelector('consent-gate')?.shadowRoot?.querySelector('[role="dialog"]');
const buttons = () => Array.from(notice()?.querySelectorAll('button') ?? []).map((b) => b.textContent);

describe('createConsentGate', () => {
  it('mounts the notice in an open shadow root with the three buttons', () => {
    start();
    expect(buttons()).toEqual(['Accept all', 'Reject all', 'Customize']);
  });

  it('keeps a tagged script inert until its purpose is granted, then swaps in a runnable clone', () => {
    document.body.innerHTML = '<script type="text/plain" data-consent="analytics" data-type="module" id="s">1</script>';
    const gate = start();
    expect(document.querySelector('#s')!.getAttribute('type')).toBe('text/plain');
    gate.reject();
    expect(document.querySelector('#s')!.getAttribute('type')).toBe('text/plain');
    gate.accept(['analytics']);
    const live = document.querySelector('#s')!;
    expect(live.getAttribute('type')).toBe('module');
    expect(live.textContent).toBe('1');
  });

  it('activates tagged elements inserted later', async () => {
    const gate = start();
    gate.accept();
    const img = document.createElement('img');
    img.setAttribute('data-consent', 'ads');
    img.setAttribute('data-src', '/p.gif');
    document.body.appendChild(img);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(img.getAttribute('src')).toBe('/p.gif');
  });

  it('removes the notice after a complete decision and reopens the dialog with show()', async () => {
    const gate = start();
    gate.accept();
    // Preact renders state changes on the next tick.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(notice()).toBeFalsy();
    gate.show();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(notice()?.getAttribute('aria-modal')).toBe('true');
  });
});
