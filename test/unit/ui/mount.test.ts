import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { mountUi } from '../../../src/ui/mount';
import { createUiModel } from '../../../src/ui/model';
import { domOf, listen } from '../../../src/util/dom';
import { setup } from '../integrations/setup';

afterEach(() => document.body.replaceChildren());

function start(options = {}, cookie?: string) {
  const { settings, store } = setup(options, cookie ? { cookie } : {});
  const views: string[] = [];
  const ui = mountUi({
    doc: document,
    dom: { domOf, listen },
    store,
    model: createUiModel(settings, en, 'en', []),
    onView: (v) => views.push(v),
  });
  const root = document.querySelector('consent-gate')?.shadowRoot as ShadowRoot;
  const panel = () => root.querySelector<HTMLElement>('[role=dialog]');
  const button = (name: string) =>
    [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;
  return { store, ui, root, panel, button, views };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('mountUi', () => {
  it('puts one host first in <body>, with the theme on it, and shows the notice', () => {
    document.body.innerHTML = '<a href="#">first link</a>';
    const { panel, views } = start({ theme: 'dark' });
    const host = document.body.firstElementChild!;
    expect(host.localName).toBe('consent-gate');
    expect(host.getAttribute('data-theme')).toBe('dark');
    expect(panel()?.getAttribute('aria-labelledby')).toBe('cg-title');
    expect(views).toEqual(['notice']);
  });

  it('adds nothing to the page when a complete decision is stored, until the dialog is asked for', async () => {
    const { ui, store, views } = start(
      { purposes: 'analytics' },
      '1~1~' + Math.floor(Date.now() / 1000).toString(36) + '~0123456789abcdef~analytics',
    );
    expect(document.querySelector('consent-gate')).toBeNull();
    ui.show();
    await settle();
    const dialog = document.querySelector('consent-gate')!.shadowRoot!.querySelector('[role=dialog]');
    expect(dialog?.getAttribute('aria-modal')).toBe('true');
    expect(views).toEqual(['dialog']);
    ui.hide();
    await settle();
    store.reset();
    await settle();
    expect(document.querySelectorAll('consent-gate')).toHaveLength(1);
  });

  it('mounts the notice when a stored decision is forgotten (reset here or in another tab)', async () => {
    const { store } = start({ purposes: 'analytics' }, '1~1~' + Math.floor(Date.now() / 1000).toString(36) + '~0123456789abcdef~analytics');
    store.reset();
    await settle();
    const notice = document.querySelector('consent-gate')!.shadowRoot!.querySelector('[role=dialog]');
    expect(notice?.getAttribute('aria-labelledby')).toBe('cg-title');
  });

  it('Customize opens the dialog with every switch off; Save stores exactly the draft', async () => {
    const { button, root, store } = start();
    button('Customize').click();
    await settle();
    const switches = [...root.querySelectorAll<HTMLInputElement>('input[role=switch]')];
    expect(switches.map((s) => s.checked)).toEqual([false, false, false, false]);
    switches[2]!.click();
    await settle();
    button('Save choices').click();
    await settle();
    expect(store.get()).toMatchObject({ decided: true, purposes: { analytics: false, ads: false, customization: true, login: false } });
    expect(root.querySelector('[role=dialog]')).toBeNull();
  });

  it('show() on a decided page opens the dialog on the stored choices, and hide() closes it', async () => {
    const { ui, store, panel } = start();
    store.decide({ analytics: true, ads: false, customization: false, login: true });
    await settle();
    expect(panel()).toBeNull();
    ui.show();
    await settle();
    const checked = [...panel()!.querySelectorAll<HTMLInputElement>('input[role=switch]')].map((s) => s.checked);
    expect(checked).toEqual([true, false, false, true]);
    ui.hide();
    await settle();
    expect(panel()).toBeNull();
  });

  it('Escape closes the dialog back to the notice without deciding', async () => {
    const { button, panel, store } = start();
    button('Customize').click();
    await settle();
    // Keyboard events are composed: they reach the document, where Escape is handled wherever focus is.
    panel()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    await settle();
    expect(panel()?.getAttribute('aria-labelledby')).toBe('cg-title');
    expect(store.get().decided).toBe(false);
  });

  it('comes back when the decision is reset', async () => {
    const { button, store, panel } = start();
    button('Reject all').click();
    await settle();
    expect(panel()).toBeNull();
    store.reset();
    await settle();
    expect(panel()?.getAttribute('aria-labelledby')).toBe('cg-title');
  });
});
