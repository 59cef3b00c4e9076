import { afterEach, describe, expect, it } from 'vitest';
import { deepActiveElement, inertOthers, keepClear, restoreFocus, trapTab } from '../../../src/ui/focus';
import { domOf, listen } from '../../../src/util/dom';

/** The core's DOM helpers, as it hands them to the UI at mount. */
const dom = { domOf, listen };

afterEach(() => document.body.replaceChildren());

function shadowPanel() {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML =
    '<div id="panel" tabindex="-1"><button id="a">a</button><input id="b"><button id="c" disabled>c</button><button id="d">d</button></div>';
  return { root, panel: root.getElementById('panel')!, by: (id: string) => root.getElementById(id)! };
}

const tab = (shiftKey = false) => new KeyboardEvent('keydown', { key: 'Tab', shiftKey, cancelable: true });

describe('trapTab', () => {
  it('wraps Tab from the last focusable element to the first, and Shift+Tab the other way', () => {
    const { panel, by, root } = shadowPanel();
    by('d').focus();
    const forward = tab();
    trapTab(forward, panel);
    expect(forward.defaultPrevented).toBe(true);
    expect(root.activeElement?.id).toBe('a');
    const back = tab(true);
    trapTab(back, panel);
    expect(root.activeElement?.id).toBe('d');
  });

  it('Shift+Tab from the panel itself goes to the last element', () => {
    const { panel, root } = shadowPanel();
    panel.focus();
    trapTab(tab(true), panel);
    expect(root.activeElement?.id).toBe('d');
  });

  it('leaves Tab in the middle and other keys alone', () => {
    const { panel, by } = shadowPanel();
    by('a').focus();
    const middle = tab();
    trapTab(middle, panel);
    expect(middle.defaultPrevented).toBe(false);
    const enter = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true });
    trapTab(enter, panel);
    expect(enter.defaultPrevented).toBe(false);
  });
});

describe('deepActiveElement and restoreFocus', () => {
  it('finds focus inside an open shadow root and restores it to a connected element only', () => {
    const { by } = shadowPanel();
    by('b').focus();
    expect(deepActiveElement(dom.domOf(document))?.id).toBe('b');
    const link = Object.assign(document.createElement('a'), { href: '#' });
    document.body.append(link);
    restoreFocus(link, dom.domOf(document));
    expect(document.activeElement).toBe(link);
    const gone = document.createElement('button');
    expect(() => restoreFocus(gone, dom.domOf(document))).not.toThrow();
    expect(() => restoreFocus(null, dom.domOf(document))).not.toThrow();
    expect(document.activeElement).toBe(link);
  });
});

describe('keepClear', () => {
  it("sets the page's scroll padding on the bar's edge and puts the page's own value back", () => {
    document.documentElement.style.setProperty('scroll-padding-top', '10px');
    const bar = document.createElement('div');
    Object.defineProperty(bar, 'offsetHeight', { value: 96 });
    const undo = keepClear(document, dom, bar, 'top');
    expect(document.documentElement.style.getPropertyValue('scroll-padding-top')).toBe('96px');
    undo();
    expect(document.documentElement.style.getPropertyValue('scroll-padding-top')).toBe('10px');
    const undoBottom = keepClear(document, dom, bar, 'bottom');
    undoBottom();
    expect(document.documentElement.style.getPropertyValue('scroll-padding-bottom')).toBe('');
    document.documentElement.removeAttribute('style');
  });
});

describe('restoreFocus without a place to return to', () => {
  it('focuses the main landmark, without leaving it in the tab order', () => {
    document.body.innerHTML = '<nav><a href="#">Home</a></nav><main><h1>Shop</h1></main>';
    restoreFocus(null, dom.domOf(document));
    const main = document.querySelector('main')!;
    expect(document.activeElement).toBe(main);
    main.blur();
    expect(main.hasAttribute('tabindex')).toBe(false);
    document.body.innerHTML = '';
  });

  it('skips an element that is inert', () => {
    document.body.innerHTML = '<div inert><a href="#" id="in">inside</a></div><main>content</main>';
    restoreFocus(document.getElementById('in'), dom.domOf(document));
    expect(document.activeElement?.localName).toBe('main');
    document.body.innerHTML = '';
  });
});

describe('inertOthers', () => {
  it('makes every other child of <body> inert, also one added later, and undoes only what it did', () => {
    document.body.innerHTML = '<div id="a"></div><div id="b" inert></div><consent-gate></consent-gate>';
    const host = document.querySelector('consent-gate')!;
    const undo = inertOthers(document, dom, host);
    expect(document.getElementById('a')!.hasAttribute('inert')).toBe(true);
    expect(host.hasAttribute('inert')).toBe(false);
    undo();
    expect(document.getElementById('a')!.hasAttribute('inert')).toBe(false);
    expect(document.getElementById('b')!.hasAttribute('inert')).toBe(true);
    document.body.innerHTML = '';
  });
});

describe('keepClear room', () => {
  it('adds a block of the bar height at the end of <body> for a bottom bar, after the host for a top bar, and removes it', () => {
    document.body.innerHTML = '<consent-gate></consent-gate><p>content</p>';
    const host = document.querySelector('consent-gate')!;
    const root = host.attachShadow({ mode: 'open' });
    const bar = document.createElement('div');
    root.append(bar);
    Object.defineProperty(bar, 'offsetHeight', { value: 80 });
    const undoBottom = keepClear(document, dom, bar, 'bottom');
    const room = document.body.lastElementChild as HTMLElement;
    expect(room.localName).toBe('consent-gate-reserve');
    expect(room.style.getPropertyValue('height')).toBe('80px');
    expect(room.style.getPropertyPriority('height')).toBe('important');
    undoBottom();
    expect(document.querySelector('consent-gate-reserve')).toBeNull();
    const undoTop = keepClear(document, dom, bar, 'top');
    expect(host.nextElementSibling?.localName).toBe('consent-gate-reserve');
    undoTop();
    document.body.innerHTML = '';
    document.documentElement.removeAttribute('style');
  });
});
