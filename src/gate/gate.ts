import type { Settings } from '../config/settings';
import { allows, parseRequirement, unknownPurposes, type Requirement } from '../consent/purposes';
import type { Store } from '../consent/store';
import type { Warn } from '../util/warn';
import { activate, isGateable } from './activate';
import { createScriptQueue } from './script-queue';

export interface GateHooks {
  /** A blocked element that shows something (iframe…) is waiting; the UI may place a placeholder. */
  blocked?(el: Element, requirement: Requirement): void;
  /** A blocked element was activated (its placeholder can go). */
  activated?(original: Element, live: Element): void;
  /** Code of a purpose that is now refused already ran; the page should reload. */
  withdrawn?(): void;
}

const SELECTOR = '[data-consent]';

function byDocumentOrder(a: Element, b: Element): number {
  return a.compareDocumentPosition(b) & 4 /* DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1;
}

/**
 * Keeps every tagged element blocked until the store allows it (SPEC 2).
 * `add` takes elements as they appear; on each store change the waiting
 * elements that are now allowed are activated in document order. Any error
 * leaves the element blocked (fail closed) and is told once.
 *
 * @example
 * const gate = createGate(store, settings, warn, hooks);
 * gate.add([document]);
 */
export function createGate(store: Store, settings: Settings, warn: Warn, hooks: GateHooks = {}) {
  const waiting = new Map<Element, Requirement>();
  /** Originals and clones we made: never handled twice. */
  const seen = new WeakSet<Element>();
  /** Purposes whose scripts ran on this page view. */
  const ran = new Set<string>();
  const queue = createScriptQueue((error) => warn('a tagged element could not be activated; it stays blocked', error));

  const consider = (el: Element) => {
    if (seen.has(el)) return;
    seen.add(el);
    if (!isGateable(el)) {
      if (el.localName === 'script')
        warn('a <script data-consent> without type="text/plain" runs before any consent: tag it as type="text/plain"');
      return;
    }
    const requirement = parseRequirement(el.getAttribute('data-consent'));
    if (!requirement) {
      warn(`data-consent=${JSON.stringify((el.getAttribute('data-consent') ?? '').slice(0, 60))} is not a list of purposes; the element stays blocked`);
      return;
    }
    const unknown = unknownPurposes(requirement, settings.purposes);
    if (unknown.length) warn(`data-consent names purposes not in data-purposes (${unknown.join(', ')}); such elements wait for them forever`);
    waiting.set(el, requirement);
    if (el.localName !== 'script') hooks.blocked?.(el, requirement);
  };

  const release = () => {
    const choices = store.choices();
    const ready = [...waiting].filter(([el, req]) => el.isConnected && allows(req, choices)).map(([el]) => el);
    for (const el of ready.sort(byDocumentOrder)) {
      const requirement = waiting.get(el)!;
      waiting.delete(el);
      queue.push(() => {
        // Consent may have changed while earlier scripts loaded: check again at the last moment.
        if (!el.isConnected || !allows(requirement, store.choices())) {
          waiting.set(el, requirement);
          return null;
        }
        const result = activate(el);
        seen.add(result.element);
        if (el.localName === 'script') requirement.granted.forEach((p) => ran.add(p));
        hooks.activated?.(el, result.element);
        return result;
      });
    }
  };

  const onChange = () => {
    const choices = store.choices();
    if ([...ran].some((p) => choices[p] !== true)) hooks.withdrawn?.();
    release();
  };

  return {
    /** Takes newly seen elements or subtrees (also the whole document), then activates what is allowed. */
    add(roots: ArrayLike<ParentNode>) {
      const before = waiting.size;
      for (const root of Array.from(roots)) {
        try {
          if ((root as Element).matches?.(SELECTOR)) consider(root as Element);
          root.querySelectorAll(SELECTOR).forEach(consider);
        } catch (error) {
          warn('the gate could not read part of the page; tagged elements there stay blocked', error);
        }
      }
      if (waiting.size !== before) release();
    },
    /** Starts following the store; returns unsubscribe. */
    follow: () => store.subscribe(onChange),
  };
}

export type Gate = ReturnType<typeof createGate>;
