import { allows, parseRequirement, unknownPurposes, type Requirement } from '../consent/purposes';
import type { Store } from '../consent/store';
import type { Warn } from '../util/warn';
import { activate, CONTAINER, isGateable, isScript, Refusal } from './activate';
import { describeElement } from './describe';
import { requiredNonce } from './policy';
import { preload } from './preload';
import { createScriptQueue } from './script-queue';
import { domOf, queryAll } from '../util/dom';

export interface GateHooks {
  /** A blocked element that shows something (iframe…) is waiting; the UI may place a placeholder. */
  blocked?(el: Element, requirement: Requirement): void;
  /** A blocked element was activated (its placeholder can go). */
  activated?(original: Element, live: Element): void;
  /** Code that ran no longer has the consent it needs (withdrawn, or a `!purpose` now granted); the page should reload. */
  withdrawn?(): void;
}

export interface GateOptions {
  store: Store;
  /** The purposes the page configures (`settings.purposes`): a requirement naming others is told about. */
  purposes: readonly string[];
  warn: Warn;
  hooks?: GateHooks;
  /** The nonce of our own script tag, the page's nonce under a CSP (the ESM build may pass it too). */
  nonce?: string | undefined;
}

const STAYS = '; it stays blocked';

/** Elements that start code or a third-party document: once they ran, only a reload stops them (docs/gate.md#reload-after-withdrawal). */
const RUNS_CODE = /^(script|iframe|embed)$/;

/**
 * The tagged element through which `el` loads, if any: a `<video>`/`<audio>`/`<picture>`
 * for its `<source>`/`<track>`/`<img>`, or the tagged `<img>` of a `<picture>` for its
 * `<source>`s. A child with its own `data-consent` is decided on its own, and needs its
 * container's consent as well: it never loads on the container's grant, nor through a
 * container that is still blocked.
 */
function containerOf(el: Element): Element | null {
  const parent = el.parentElement;
  if (!/^(source|track|img)$/.test(el.localName) || !parent || !CONTAINER.test(parent.localName)) return null;
  if (parent.hasAttribute('data-consent')) return parent;
  if (el.localName === 'source' && parent.localName === 'picture')
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling)
      if (child.localName === 'img' && child.hasAttribute('data-consent')) return child;
  return null;
}

/**
 * Keeps every tagged element blocked until the store allows it (docs/gate.md#which-purposes).
 * `add` takes elements as they appear; allowed ones are activated in document
 * order through one queue, each element queued once. New elements cost O(new),
 * a consent change O(waiting). Any error leaves the element blocked (fail
 * closed) and is told once, naming the element.
 *
 * @example
 * const gate = createGate({ store, purposes: settings.purposes, warn, hooks, nonce: ownScript.nonce });
 * gate.add([document]);
 */
export function createGate({ store, purposes, warn, hooks = {}, nonce: ownNonce }: GateOptions) {
  /** Decided elements waiting for consent; an element leaves it when queued, so it is queued once. */
  const waiting = new Map<Element, Requirement>();
  /** Elements we decided on, and clones we made: never handled twice. */
  const seen = new WeakSet<Element>();
  /** Tagged elements the parser may still be filling, in arrival order, and those that came after them. */
  let unparsed = new Set<Element>();
  /** Where the document ended when an element could not yet be shown complete (see `parsed`). */
  const endWhenSeen = new WeakMap<Element, Node>();
  /** What the code that ran on this page view needed, once per distinct requirement. */
  const ran = new Map<string, Requirement>();
  /** The nonce a script we insert must carry, resolved once (policy.ts). */
  let nonce: string | undefined;
  const pageNonce = (doc: Document) => (nonce ??= requiredNonce(doc, ownNonce));

  const about = (el: Element, message: string, error?: unknown) => warn(`${describeElement(el)} ${message}`, error);
  /** An activation that threw: a Refusal is told as such (nothing broke, no stack), anything else with its error. */
  const fail = (el: Element) => (error: unknown) =>
    error instanceof Refusal ? about(el, 'stays blocked: ' + error.message) : about(el, 'could not be activated' + STAYS, error);
  const enqueue = createScriptQueue();

  /**
   * While the page is parsing, an element is complete only once the parser has
   * moved past it: before that a `<script>` may hold half its text and a
   * `<video>` only some of its `<source>`s (seen in Chromium on split responses).
   * The parser appends in document order, so a node after the element or after
   * one of its ancestors proves it moved on. Except before a `<table>`: content
   * misplaced in a table is foster-parented in front of it (HTML "foster
   * parenting"), so a table that follows proves nothing while it is open; the
   * check goes on from the table itself. An element still unproven is complete
   * once the end of the document moved since it was first seen (the parser
   * appended elsewhere, so it left the element).
   */
  const parsed = (el: Element): boolean => {
    const doc = el.ownerDocument;
    if (domOf(doc).readyState() !== 'loading') return true;
    for (let node: Node | null = el; node; ) {
      const next: Node | null = node.nextSibling;
      // A text node has no localName: only an element can be a table.
      if (next && (next as Element).localName !== 'table') return true;
      node = next ?? node.parentNode;
    }
    // The deepest last node of the document: where the parser appends, unless it foster-parents.
    let end: Node = doc;
    while (end.lastChild) end = end.lastChild;
    const before = endWhenSeen.get(el);
    if (before && before !== end && !el.contains(end)) return true;
    if (!before) endWhenSeen.set(el, end);
    return false;
  };

  /** Calls a UI hook (as a plain function) with `el` and `arg`; its failure must not undo or stall the gate. */
  const tell = <T>(hook: ((el: Element, arg: T) => void) | undefined, el: Element, arg: T) => {
    try {
      hook?.(el, arg);
    } catch (error) {
      about(el, 'has no working placeholder', error);
    }
  };
  /** Said when checking elements as such failed: none of them is activated by that check. */
  const broke = 'tagged elements could not be checked; they stay blocked';
  const block = (el: Element, requirement: Requirement) => {
    if (!isScript(el) && requirement.granted.length) tell(hooks.blocked, el, requirement);
  };

  /** Decides a complete element once: what it needs, or a warning why it is not held back or stays blocked. */
  const decide = (el: Element) => {
    seen.add(el);
    if (!isGateable(el)) return about(el, `needs ${isScript(el) ? 'type="text/plain"' : 'data-src'}; it is not held back`);
    const own = parseRequirement(el.getAttribute('data-consent'));
    if (!own) return about(el, 'does not name a list of purposes in data-consent' + STAYS);
    const unknown = unknownPurposes(own, purposes);
    if (unknown.length) about(el, `names purposes not in data-purposes (${unknown.join(', ')})` + STAYS);
    const container = containerOf(el);
    const outer = container && parseRequirement(container.getAttribute('data-consent'));
    // A container whose data-consent is invalid stays blocked (and is told about): so do its children.
    if (container && !outer) return;
    waiting.set(el, outer ? { granted: own.granted.concat(outer.granted), refused: own.refused.concat(outer.refused) } : own);
  };

  const job = (el: Element, requirement: Requirement) => () => {
    // Consent may have changed while earlier scripts loaded: check again at the last moment.
    if (!el.isConnected || !allows(requirement, store.choices())) {
      waiting.set(el, requirement);
      block(el, requirement);
      return null;
    }
    const result = activate(el, pageNonce);
    const [live] = result;
    seen.add(live);
    if (RUNS_CODE.test(el.localName)) ran.set(requirement.granted + '!' + requirement.refused, requirement);
    tell(hooks.activated, el, live);
    return result;
  };

  /** Activates the allowed ones among `candidates`, in document order; `fresh` ones that stay blocked get their placeholder. */
  const release = (candidates: Iterable<Element>, fresh: boolean) => {
    const choices = store.choices();
    const ready: Array<[Element, Requirement]> = [];
    for (const el of candidates) {
      const requirement = waiting.get(el);
      if (!requirement) continue;
      if (!el.isConnected) {
        // Removed (an SPA route): forget it, so it is decided again if it comes back.
        waiting.delete(el);
        seen.delete(el);
      } else if (allows(requirement, choices)) {
        // Out of `waiting` the moment it is taken: a second mention of it (found twice, a change
        // while it waits in the queue) finds nothing to queue.
        waiting.delete(el);
        ready.push([el, requirement]);
      } else if (fresh) block(el, requirement);
    }
    // Usually found in document order already, which a sort checks in n - 1 comparisons (TimSort: V8, JavaScriptCore),
    // each of a later element with the one before it. Asked of the earlier one: Blink's compareDocumentPosition walks
    // the siblings after `this`, so asking a later sibling about an earlier one walks to the end of their parent, and
    // sorting 1,000 tagged siblings took 2.4 ms instead of 0.1 (5,000: 56 ms instead of 0.5; bench/README.md#start-up-profile).
    ready.sort(([a], [b]) => (b.compareDocumentPosition(a) & 4 /* a is FOLLOWING b */ ? 1 : -1));
    // Preloading only saves time: its failure must not keep allowed elements from running.
    try {
      preload(
        ready.map(([el]) => el),
        pageNonce,
      );
    } catch {
      // The scripts below are then fetched one after another, as without preloading.
    }
    for (const [el, requirement] of ready) enqueue(job(el, requirement), fail(el));
  };

  const onChange = () => {
    try {
      const choices = store.choices();
      if ([...ran.values()].some((requirement) => !allows(requirement, choices))) hooks.withdrawn?.();
      // No copy: release() only deletes entries while it iterates (jobs run after its loop), which a Map iteration allows.
      release(waiting.keys(), false);
    } catch (error) {
      warn(broke, error);
    }
  };

  return {
    /** Takes newly inserted elements or subtrees (also the whole document), then activates what is allowed. */
    add(roots: ArrayLike<ParentNode>) {
      const held = unparsed;
      unparsed = new Set();
      const found = new Set<Element>();
      const take = (el: Element) => {
        if (!seen.has(el)) {
          // Behind an incomplete element, later ones wait too: they must not run before it.
          if (unparsed.size || !parsed(el)) return void unparsed.add(el);
          decide(el);
        }
        // Waiting, whether decided now or before (then moved in the page: it may need its placeholder again).
        if (waiting.has(el)) found.add(el);
      };
      try {
        held.forEach(take);
        for (let i = 0; i < roots.length; i++) {
          const root = roots[i]!;
          if ((root as Element).hasAttribute?.('data-consent')) take(root as Element);
          // Most inserted nodes are leaves: skip the NodeList a query would allocate for them.
          if (root.firstElementChild) queryAll(root, '[data-consent]').forEach(take);
        }
        release(found, true);
      } catch (error) {
        warn(broke, error);
      }
    },
    /** Starts following the store; returns unsubscribe. */
    follow: () => store.subscribe(onChange),
  };
}

export type Gate = ReturnType<typeof createGate>;
