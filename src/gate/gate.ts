import type { Settings } from '../config/settings';
import { allows, parseRequirement, unknownPurposes, type Requirement } from '../consent/purposes';
import type { Store } from '../consent/store';
import type { Warn } from '../util/warn';
import { activate, isGateable } from './activate';
import { preload } from './preload';
import { createScriptQueue } from './script-queue';

export interface GateHooks {
  /** A blocked element that shows something (iframe…) is waiting; the UI may place a placeholder. */
  blocked?(el: Element, requirement: Requirement): void;
  /** A blocked element was activated (its placeholder can go). */
  activated?(original: Element, live: Element): void;
  /** Code that ran no longer has the consent it needs (withdrawn, or a `!purpose` now granted); the page should reload. */
  withdrawn?(): void;
}

const SELECTOR = '[data-consent]';

/** Elements that start code or a third-party document: once they ran, only a reload stops them (docs/gate.md#reload-after-withdrawal). */
const RUNS_CODE = /^(script|iframe|embed)$/;

function byDocumentOrder(a: Element, b: Element): number {
  return a.compareDocumentPosition(b) & 4 /* DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1;
}

/**
 * While the page is parsing, an element is complete only once the parser has
 * moved past it: before that a `<script>` may hold half its text and a
 * `<video>` only some of its `<source>`s (seen in Chromium on split responses).
 */
function parsed(el: Element): boolean {
  if (el.ownerDocument.readyState !== 'loading') return true;
  for (let node: Node | null = el; node; node = node.parentNode) if (node.nextSibling) return true;
  return false;
}

/**
 * Keeps every tagged element blocked until the store allows it (docs/gate.md#which-purposes).
 * `add` takes elements as they appear; allowed ones are activated in document
 * order through one queue. New elements cost O(new), a consent change
 * O(waiting). Any error leaves the element blocked (fail closed) and is told once.
 *
 * @example
 * const gate = createGate(store, settings, warn, hooks, document.currentScript?.nonce);
 * gate.add([document]);
 */
export function createGate(store: Store, settings: Settings, warn: Warn, hooks: GateHooks = {}, ownNonce?: string) {
  const waiting = new Map<Element, Requirement>();
  /** Elements we decided on, and clones we made: never handled twice. */
  const seen = new WeakSet<Element>();
  /** Tagged elements the parser is still filling. */
  let unparsed: Element[] = [];
  /** What the code that ran on this page view needed, once per distinct requirement. */
  const ran = new Map<string, Requirement>();
  /**
   * The page's nonce ('' when it uses none): our own script tag's, given by the script-tag build.
   * Without it (the ESM build, a tag without nonce) the first `<script nonce>` of the page, looked
   * up once (a query per activation made 1,000 scripts quadratic). Markup injected ahead of every
   * real script can forge that one, hence docs/security.md#content-security-policy: give the consent-gate tag the page's nonce.
   */
  let nonce = ownNonce;
  const pageNonce = (doc: Document) => (nonce ??= (doc.querySelector('script[nonce]') as HTMLScriptElement | null)?.nonce ?? '');
  const fail = (error: unknown) => warn('a tagged element could not be activated; it stays blocked', error);
  const queue = createScriptQueue(fail);

  /** Runs a UI hook; its failure must not undo or stall the gate. */
  const tell = (hook: () => void) => {
    try {
      hook();
    } catch (error) {
      fail(error);
    }
  };
  const block = (el: Element, requirement: Requirement) => {
    if (el.localName !== 'script' && requirement.granted.length) tell(() => hooks.blocked?.(el, requirement));
  };

  const consider = (el: Element) => {
    if (seen.has(el)) return;
    if (!parsed(el)) return void unparsed.push(el);
    seen.add(el);
    const value = el.getAttribute('data-consent');
    if (!isGateable(el))
      return warn(`<${el.localName} data-consent> needs ${el.localName === 'script' ? 'type="text/plain"' : 'data-src'}; it is not held back`);
    const requirement = parseRequirement(value);
    if (!requirement) return warn(`data-consent=${JSON.stringify((value ?? '').slice(0, 60))} is not a list of purposes; the element stays blocked`);
    const unknown = unknownPurposes(requirement, settings.purposes);
    if (unknown.length) warn(`data-consent names purposes not in data-purposes (${unknown.join(', ')}); such elements stay blocked`);
    waiting.set(el, requirement);
  };

  const job = (el: Element, requirement: Requirement) => () => {
    // Consent may have changed while earlier scripts loaded: check again at the last moment.
    if (!el.isConnected || !allows(requirement, store.choices())) {
      waiting.set(el, requirement);
      block(el, requirement);
      return null;
    }
    const result = activate(el, el.localName === 'script' ? pageNonce(el.ownerDocument) : '');
    seen.add(result.element);
    if (RUNS_CODE.test(el.localName)) ran.set(requirement.granted + '!' + requirement.refused, requirement);
    tell(() => hooks.activated?.(el, result.element));
    return result;
  };

  /** Activates the allowed ones among `candidates`, in document order; `fresh` ones that stay blocked get their placeholder. */
  const release = (candidates: Iterable<Element>, fresh: boolean) => {
    const choices = store.choices();
    const ready: Element[] = [];
    for (const el of candidates) {
      const requirement = waiting.get(el);
      if (!requirement) continue;
      if (!el.isConnected) {
        // Removed (an SPA route): forget it, so it is decided again if it comes back.
        waiting.delete(el);
        seen.delete(el);
      } else if (allows(requirement, choices)) ready.push(el);
      else if (fresh) block(el, requirement);
    }
    // Usually found in document order already: check in O(n) before paying for a sort.
    if (ready.some((el, i) => i > 0 && byDocumentOrder(ready[i - 1]!, el) > 0)) ready.sort(byDocumentOrder);
    // Preloading only saves time: its failure must not keep allowed elements from running.
    try {
      if (ready.length > 1) preload(ready, ready[0]!.ownerDocument, pageNonce(ready[0]!.ownerDocument));
    } catch {
      // The scripts below are then fetched one after another, as without preloading.
    }
    for (const el of ready) {
      queue.push(job(el, waiting.get(el)!));
      waiting.delete(el);
    }
  };

  const onChange = () => {
    try {
      const choices = store.choices();
      if ([...ran.values()].some((requirement) => !allows(requirement, choices))) hooks.withdrawn?.();
      release([...waiting.keys()], false);
    } catch (error) {
      fail(error);
    }
  };

  return {
    /** Takes newly inserted elements or subtrees (also the whole document), then activates what is allowed. */
    add(roots: ArrayLike<ParentNode>) {
      const before = unparsed;
      unparsed = [];
      const found: Element[] = [];
      const take = (el: Element) => {
        consider(el);
        if (waiting.has(el)) found.push(el);
      };
      try {
        before.forEach(take);
        for (let i = 0; i < roots.length; i++) {
          const root = roots[i]!;
          if ((root as Element).hasAttribute?.('data-consent')) take(root as Element);
          // Most inserted nodes are leaves: skip the NodeList a query would allocate for them.
          if (root.firstElementChild) root.querySelectorAll(SELECTOR).forEach(take);
        }
        release(found, true);
      } catch (error) {
        fail(error);
      }
    },
    /** Starts following the store; returns unsubscribe. */
    follow: () => store.subscribe(onChange),
  };
}

export type Gate = ReturnType<typeof createGate>;
