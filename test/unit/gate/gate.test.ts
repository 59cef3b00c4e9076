import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGate, type GateHooks } from '../../../src/gate/gate';
import type { ConsentGateOptions } from '../../../src/types';
import { setup } from '../integrations/setup';

/** Which element is live and when; execution order and requests are proven in Chromium (test/browser/gate-*). */
afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function start(html: string, hooks: GateHooks = {}, options: ConsentGateOptions = {}) {
  document.body.innerHTML = html;
  const env = setup(options);
  const gate = createGate({ store: env.store, purposes: env.settings.purposes, warn: env.warn, hooks });
  gate.follow();
  gate.add([document]);
  return { ...env, gate };
}
const live = (id: string) => document.getElementById(id)!.getAttribute('type');
const grant = (store: ReturnType<typeof setup>['store'], choices: Record<string, boolean>) => store.decide(choices);

describe('createGate', () => {
  it('keeps a tagged script blocked until every listed purpose is granted', () => {
    const { store } = start('<script type="text/plain" data-consent="ads customization" id="s">/* x */</script>');
    grant(store, { ads: true });
    expect(live('s')).toBe('text/plain');
    grant(store, { customization: true });
    expect(live('s')).toBeNull();
  });

  it('runs "!analytics" only once analytics is refused, never while undecided or granted', () => {
    const { store } = start('<script type="text/plain" data-consent="!analytics" id="s">/* x */</script>');
    expect(live('s')).toBe('text/plain');
    grant(store, { analytics: true });
    expect(live('s')).toBe('text/plain');
    grant(store, { analytics: false });
    expect(live('s')).toBeNull();
  });

  it('runs at once in opt-out mode, where purposes count as granted until refused', () => {
    start('<script type="text/plain" data-consent="analytics" id="s">/* x */</script>', {}, { mode: 'opt-out' });
    expect(live('s')).toBeNull();
  });

  it('keeps an element with an empty, invalid or unknown purpose blocked and tells it once, naming it', () => {
    const html = ['', '', 'ads;x', 'marketing', '!marketing']
      .map((v, i) => `<script type="text/plain" data-consent="${v}" id="s${i}">/* x */</script>`)
      .join('');
    const { store, warnings } = start(html);
    grant(store, { analytics: true, ads: true, customization: true, login: true });
    grant(store, { analytics: false });
    for (let i = 0; i < 5; i++) expect(live('s' + i)).toBe('text/plain');
    expect(warnings).toEqual([
      '<script data-consent="" id="s0"> "/* x */" does not name a list of purposes in data-consent; it stays blocked',
      '<script data-consent="" id="s1"> "/* x */" does not name a list of purposes in data-consent; it stays blocked',
      '<script data-consent="ads;x" id="s2"> "/* x */" does not name a list of purposes in data-consent; it stays blocked',
      '<script data-consent="marketing" id="s3"> "/* x */" names purposes not in data-purposes (marketing); it stays blocked',
      '<script data-consent="!marketing" id="s4"> "/* x */" names purposes not in data-purposes (marketing); it stays blocked',
    ]);
  });

  it('tells about tagged elements it cannot hold back', () => {
    const { warnings } = start(
      '<script data-consent="ads"></script><iframe data-consent="ads" src="about:blank"></iframe><div data-consent="ads"></div>',
    );
    expect(warnings).toEqual([
      '<script data-consent="ads"> needs type="text/plain"; it is not held back',
      '<iframe data-consent="ads" src="about:blank"> needs data-src; it is not held back',
      '<div data-consent="ads"> needs data-src; it is not held back',
    ]);
  });

  it('asks for a placeholder only for a blocked non-script that needs a grant, and removes it on activation', () => {
    const blocked = vi.fn();
    const activated = vi.fn();
    const { store } = start(
      `<iframe data-consent="customization" data-src="/v" id="f"></iframe>
       <iframe data-consent="!ads" data-src="/w"></iframe>
       <script type="text/plain" data-consent="customization"></script>`,
      { blocked, activated },
    );
    expect(blocked.mock.calls.map(([el]) => el.id)).toEqual(['f']);
    grant(store, { customization: true });
    expect(activated).toHaveBeenCalledWith(document.getElementById('f'), document.getElementById('f'));
    expect(document.getElementById('f')!.getAttribute('src')).toBe('/v');
    expect(blocked).toHaveBeenCalledTimes(1);
  });

  it('does not let a throwing placeholder hook stop the other elements', () => {
    const { store, warnings } = start(
      '<iframe data-consent="ads" data-src="/a"></iframe><script type="text/plain" data-consent="ads" id="s"></script>',
      {
        blocked: () => {
          throw new Error('ui broke');
        },
      },
    );
    grant(store, { ads: true });
    expect(live('s')).toBeNull();
    expect(warnings).toEqual(['<iframe data-consent="ads" data-src="/a"> has no working placeholder']);
  });

  it('asks for a reload when code that ran loses its consent: a withdrawal or a grant after its fallback', () => {
    const withdrawn = vi.fn();
    const { store } = start('<img data-consent="ads" data-src="/p.gif"><script type="text/plain" data-consent="!analytics"></script>', {
      withdrawn,
    });
    grant(store, { ads: true, analytics: false });
    grant(store, { ads: false });
    expect(withdrawn).not.toHaveBeenCalled(); // a pixel runs no code
    grant(store, { analytics: true });
    expect(withdrawn).toHaveBeenCalledTimes(1);
  });

  it('activates a script once, also after a withdrawal and a new grant', () => {
    const activated = vi.fn();
    const { store, gate } = start('<script type="text/plain" data-consent="ads" id="s"></script>', { activated });
    grant(store, { ads: true });
    grant(store, { ads: false });
    grant(store, { ads: true });
    gate.add([document]);
    expect(activated).toHaveBeenCalledTimes(1);
  });

  it('forgets a blocked element removed from the page and decides again when it comes back', () => {
    const activated = vi.fn();
    const { store, gate } = start('<div id="route"><script type="text/plain" data-consent="ads" id="s"></script></div>', { activated });
    const route = document.getElementById('route')!;
    route.remove();
    grant(store, { ads: true });
    expect(activated).not.toHaveBeenCalled();
    document.body.append(route);
    gate.add([route]);
    expect(activated).toHaveBeenCalledTimes(1);
  });

  it('waits while the parser may still be filling the last element, then takes it', () => {
    const readyState = vi.spyOn(Document.prototype, 'readyState', 'get').mockReturnValue('loading');
    const activated = vi.fn();
    const { gate } = start(
      '<p>before</p><script type="text/plain" data-consent="analytics" id="s">/* half */</script>',
      { activated },
      { mode: 'opt-out' },
    );
    expect(live('s')).toBe('text/plain');
    document.body.append(document.createElement('p'));
    gate.add([]);
    expect(live('s')).toBeNull();
    // Another last element: taken when parsing ends (observe() calls add([]) on readystatechange).
    document.body.insertAdjacentHTML('beforeend', '<script type="text/plain" data-consent="analytics" id="t"></script>');
    gate.add([document.getElementById('t')!]);
    expect(live('t')).toBe('text/plain');
    readyState.mockReturnValue('interactive');
    gate.add([]);
    expect(live('t')).toBeNull();
    expect(activated).toHaveBeenCalledTimes(2);
  });

  it('activates what became allowed in document order, whatever order it was found in', () => {
    const order: string[] = [];
    const { store, gate } = start('<img data-consent="ads" data-src="/2" id="b">', {
      activated: (el) => order.push(el.id),
    });
    const first = document.createElement('img');
    first.id = 'a';
    first.setAttribute('data-consent', 'ads');
    first.setAttribute('data-src', '/1');
    document.body.prepend(first);
    gate.add([first]);
    grant(store, { ads: true });
    expect(order).toEqual(['a', 'b']);
  });

  it('activates elements found in shuffled order in document order', () => {
    const order: string[] = [];
    const { store, gate } = start('', { activated: (el) => order.push(el.id) });
    const ids = ['c', 'a', 'e', 'b', 'd'];
    for (const id of ids) {
      const img = document.createElement('img');
      img.id = id;
      img.setAttribute('data-consent', 'ads');
      img.setAttribute('data-src', '/' + id);
      // Each at its place in a-e order, inserted in the shuffled order.
      const after = [...document.body.children].find((el) => el.id > id);
      document.body.insertBefore(img, after ?? null);
      gate.add([img]);
    }
    grant(store, { ads: true });
    expect(order).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('orders elements found in document order by asking each one about the next, never a later one about an earlier one', () => {
    // Blink's compareDocumentPosition walks the siblings after the node asked: asked the other way, the check
    // of 1,000 tagged siblings walks to the end of the list for each of them (quadratic).
    const html = Array.from({ length: 50 }, (_, i) => `<img data-consent="ads" data-src="/${i}" id="i${i}">`).join('');
    const { store } = start(html);
    const asked: Array<[Node, Node]> = [];
    const compare = Node.prototype.compareDocumentPosition;
    vi.spyOn(Node.prototype, 'compareDocumentPosition').mockImplementation(function (this: Node, other: Node) {
      asked.push([this, other]);
      return compare.call(this, other);
    });
    grant(store, { ads: true });
    expect(asked.length).toBeGreaterThanOrEqual(49);
    for (const [node, other] of asked) expect(compare.call(node, other) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(document.querySelectorAll('img[src]')).toHaveLength(50);
  });
});

describe('createGate while the page is parsing', () => {
  const parsing = () => vi.spyOn(Document.prototype, 'readyState', 'get').mockReturnValue('loading');

  it('queues an element once when it is found twice in one pass (held while parsed, then in a query of the document)', () => {
    parsing();
    const activated = vi.fn();
    const { gate, warnings } = start(
      '<p>before</p><iframe data-consent="ads" data-src="/f" id="f"></iframe>',
      { activated },
      { mode: 'opt-out' },
    );
    expect(activated).not.toHaveBeenCalled();
    document.body.append(document.createElement('p'));
    gate.add([document, document.getElementById('f')!]);
    expect(activated).toHaveBeenCalledTimes(1);
    expect(warnings).toEqual([]);
  });

  it('waits for a script in front of an open <table>, where foster parenting puts misplaced markup, until the parser moved on', () => {
    parsing();
    const { gate } = start(
      '<div><script type="text/plain" data-consent="analytics" id="s">/* first half */</script></div><table><tbody></tbody></table>',
      {},
      { mode: 'opt-out' },
    );
    gate.add([]);
    expect(live('s')).toBe('text/plain');
    document.querySelector('tbody')!.insertAdjacentHTML('beforeend', '<tr><td>cell</td></tr>');
    gate.add([document.querySelector('tr')!]);
    expect(live('s')).toBeNull();
  });

  it('keeps later elements behind one that may be incomplete, so they never run before it', () => {
    parsing();
    const order: string[] = [];
    const { gate } = start(
      `<div><script type="text/plain" data-consent="analytics" id="s"></script></div><table><tbody><tr><td><script type="text/plain" data-consent="analytics" id="e"></script>text</td></tr></tbody></table>`,
      { activated: (el) => order.push(el.id) },
      { mode: 'opt-out' },
    );
    expect([live('s'), live('e')]).toEqual(['text/plain', 'text/plain']);
    document.querySelector('tbody')!.insertAdjacentHTML('beforeend', '<tr><td>more</td></tr>');
    gate.add([document.querySelectorAll('tr')[1]!]);
    expect(order).toEqual(['s', 'e']);
  });

  it('takes a script followed by a closed table once something follows that table', () => {
    parsing();
    const { gate } = start(
      '<div><script type="text/plain" data-consent="analytics" id="s"></script></div><table></table><p>after</p>',
      {},
      { mode: 'opt-out' },
    );
    gate.add([]);
    expect(live('s')).toBeNull();
  });
});

describe('createGate with containers', () => {
  const html =
    '<picture data-consent="customization"><source data-consent="ads" data-srcset="/ad.gif" id="ad"><img data-src="/p.gif" id="img"></picture>';
  const state = () => ['ad', 'img'].map((id) => document.getElementById(id)!.hasAttribute(id === 'ad' ? 'srcset' : 'src'));

  it("decides a child with its own data-consent on its own: the container's grant does not activate it", () => {
    const { store } = start(html);
    grant(store, { customization: true, ads: false });
    expect(state()).toEqual([false, true]);
    grant(store, { ads: true });
    expect(state()).toEqual([true, true]);
  });

  it('never activates a granted child while its container is blocked', () => {
    const { store } = start(html);
    grant(store, { customization: false, ads: true });
    expect(state()).toEqual([false, false]);
    grant(store, { customization: true });
    expect(state()).toEqual([true, true]);
  });
});

describe('createGate without a reload', () => {
  it('still runs the fallback of a withdrawn purpose when the reload is turned off', () => {
    const { store } = start(
      '<script type="text/plain" data-consent="analytics" id="a"></script><script type="text/plain" data-consent="!analytics" id="b"></script>',
      { withdrawn: () => {} },
    );
    grant(store, { analytics: true });
    grant(store, { analytics: false });
    expect([live('a'), live('b')]).toEqual([null, null]);
  });
});
