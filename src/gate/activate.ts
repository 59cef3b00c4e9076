import { domOf, queryAll } from '../util/dom';

/**
 * Turns one blocked element into its live form (docs/gate.md#scripts). Scripts become a
 * fresh clone with every attribute carried over (the browser never runs a
 * `<script>` whose type was changed after parsing); media elements get
 * their `data-src` / `data-srcset` / `data-poster` moved to the real attributes.
 * Every URL is checked first: one that is not http(s) or relative leaves the
 * element untouched (docs/tagging.md#one-url-check).
 */
import { hasOwn } from '../util/own';
import { safeUrl } from '../util/safe-url';
import { quote } from './describe';

/** Classic script types the browser executes (HTML: "JavaScript MIME type essence match"). */
const CLASSIC = /^(|(text|application)\/(x-)?(java|ecma)script|text\/(j|live)script)$/i;
const SVG = 'http://www.w3.org/2000/svg';
const XLINK = 'http://www.w3.org/1999/xlink';

/** Whether the element is a `<script>` (HTML or SVG): scripts are cloned, everything else has its URLs moved. */
export const isScript = (el: Element): boolean => el.localName === 'script';

/** The type a tagged script runs as once allowed: its `data-type`, or '' (classic JavaScript). */
export const typeOf = (script: Element): string => (script.getAttribute('data-type') ?? '').trim();

/**
 * Whether a tagged script runs as a classic script: a JavaScript type and no
 * `nomodule` (a classic `nomodule` script is skipped by a browser that runs
 * modules, without any event: HTML "prepare the script element").
 */
export const isClassic = (script: Element): boolean => CLASSIC.test(typeOf(script)) && !script.hasAttribute('nomodule');
/** Real embed URLs (maps, players) exceed the 2 KB a config URL may have; beyond this a URL is no embed. */
const MAX_URL = 65_536;

/**
 * The element now in the document, and, when activation is only complete once
 * the browser fired `load` or `error` on it, that element again (a pair, not an
 * object: property names are never shortened by the minifier).
 */
export type Activated = [element: Element, waitFor?: Element];

/**
 * A deliberate refusal: the element stays blocked and the gate tells the
 * site owner this message with the element's name (no stack: nothing broke).
 */
export class Refusal extends Error {}

type Policy = Record<'createScript' | 'createScriptURL', (s: string) => string>;
type TrustedTypes = { createPolicy(name: string, rules: Policy): Policy };

/**
 * The `consent-gate` Trusted Types policy of each window. The browser lets a
 * policy name be created once per window (without 'allow-duplicates'), so it
 * is kept per window, not per gate: a gate created again after `destroy()`
 * finds the one made before; a gate in another window (an iframe's) makes its own.
 */
const policies = new WeakMap<object, Policy | null>();

/**
 * Under `require-trusted-types-for 'script'` a script's text and src take only
 * trusted values. What we pass on is the site owner's own markup, so the
 * `consent-gate` policy returns it unchanged (docs/security.md#content-security-policy).
 * Where the page's `trusted-types` list leaves it out, the assignment throws
 * and the element stays blocked (fail closed).
 */
export function trusted(doc: Document, value: string, url?: boolean): string {
  const win = domOf(doc).defaultView();
  if (!win) return value;
  let policy = policies.get(win);
  if (policy === undefined) {
    const same = (s: string) => s;
    policy = null;
    try {
      policy =
        (win as { trustedTypes?: TrustedTypes }).trustedTypes?.createPolicy('consent-gate', {
          createScript: same,
          createScriptURL: same,
        }) ?? null;
    } catch {
      // Not allowed by the page's trusted-types list: a script's text and src then throw, and it stays blocked.
    }
    policies.set(win, policy);
  }
  return policy ? policy[url ? 'createScriptURL' : 'createScript'](value) : value;
}

/**
 * Throws a Refusal unless `value` (a URL, or every URL of a srcset) is http(s) or relative.
 * A srcset is checked piece by piece between whitespace and commas: each URL the browser
 * reads from it (HTML "parse a srcset attribute") begins with one such piece, which holds its
 * whole scheme, and descriptors (`2x`, `480w`) pass as relative. A comma inside a URL can
 * only cause a needless refusal, never let a scheme through.
 */
function checkUrl(name: string, value: string) {
  const urls = /srcset$/.test(name) ? value.split(/[\s,]+/).filter(Boolean) : [value];
  for (const url of urls)
    if (safeUrl(url, MAX_URL) === null) throw new Refusal(`${name}=${quote(url, 80)} is not an http(s) or relative URL`);
}

/** What an inline script inserted by the gate must not call for real (it would wipe the page). */
const WRITES = ['write', 'writeln'] as const;

/**
 * Makes `doc`'s `name` method a no-op where it lives (the prototype, or `doc`
 * itself where the page put its own) and returns what puts back exactly what
 * was there. Never as a new own property of `doc`: adding and deleting
 * properties on the document object turns it into V8's slow dictionary mode,
 * and every `document.…` read of the page stays slower for the rest of its
 * life. Throws where the page locked it (a frozen prototype).
 */
function silence(doc: Document, name: string): () => void {
  let owner: object | null = doc;
  while (owner && !hasOwn(owner, name)) owner = Object.getPrototypeOf(owner) as object | null;
  // Defined nowhere (not a browser's document): on `doc` for the moment, never on `Object.prototype`, which every object inherits.
  owner ??= doc;
  const own = Object.getOwnPropertyDescriptor(owner, name);
  Object.defineProperty(owner, name, { value: () => {}, configurable: true, writable: true });
  return () => (own ? Object.defineProperty(owner, name, own) : delete (owner as Record<string, unknown>)[name]);
}

function cloneScript(original: Element, pageNonce: (doc: Document) => string): Activated {
  const doc = original.ownerDocument;
  const required = pageNonce(doc);
  const svg = original.namespaceURI === SVG;
  const nonce = (original as HTMLScriptElement).nonce ?? '';
  // Under 'strict-dynamic' a script we insert runs whatever its nonce: on a page whose policy uses nonces,
  // one without the page's nonce is markup the parser would have refused, maybe injected (a script gadget).
  if (required && nonce !== required)
    throw new Refusal("it lacks the nonce the page's Content Security Policy requires: give this script the page's nonce");
  const source = svg ? (original.getAttribute('href') ?? original.getAttributeNS(XLINK, 'href')) : original.getAttribute('src');
  if (source !== null) checkUrl(svg ? 'href' : 'src', source);
  const clone = svg
    ? (Document.prototype.createElementNS.call(doc, SVG, 'script') as SVGScriptElement)
    : domOf(doc).createElement('script');
  for (const { name, value, namespaceURI } of original.attributes) {
    if (name === 'type' || name === 'data-type') continue;
    const live = /^(src|href|xlink:href)$/.test(name) ? trusted(doc, value, true) : value;
    if (namespaceURI) clone.setAttributeNS(namespaceURI, name, live);
    else clone.setAttribute(name, live);
  }
  const type = typeOf(original);
  if (type) clone.setAttribute('type', type);
  // Browsers hide the nonce attribute after parsing; the IDL property keeps it (HTML "nonce attributes").
  if (nonce) (clone as HTMLScriptElement).nonce = nonce;
  const external = source !== null;
  // Inserted scripts are async by default; without the attribute the page asked for in-order execution.
  // (An SVG script has no async: inserted with href, it runs when loaded.)
  const async = svg || original.hasAttribute('async');
  if (!svg) (clone as HTMLScriptElement).async = async;
  // An SVG script has no `text` property: its text is its text content.
  if (!external) clone.textContent = trusted(doc, original.textContent ?? '');
  // An inline script runs on insertion, where document.write has no insertion point and would reopen
  // (wipe) the page (HTML "document.write()"): ignore it, as browsers do for inserted external scripts.
  // Afterwards the document is as it was.
  const undo: Array<() => void> = [];
  try {
    if (!external) for (const name of WRITES) undo.push(silence(doc, name));
    original.replaceWith(clone);
  } finally {
    undo.forEach((step) => step());
  }
  // Only a script that runs fires `load` or `error`: never wait for one that does not.
  const fires = /^module$/i.test(type) || isClassic(original);
  return [clone, external && !async && fires ? clone : undefined];
}

/** Attributes the gate holds back on media elements: each `data-<name>` goes to `<name>` once allowed. */
const HELD = ['srcset', 'src', 'poster'];

const SOURCES = 'source,img,track';
/** Elements that load through their `<source>`/`<track>`/`<img>` children (gate.ts finds them as containers too). */
export const CONTAINER = /^(video|audio|picture)$/;

function activateMedia(el: Element): Activated {
  const parent = el.parentElement;
  // An <img> in a <picture> loads from its <source> siblings: they must wait for the same consent.
  const inPicture = el.localName === 'img' && parent?.localName === 'picture';
  // A child with its own data-consent is decided on its own (the gate holds it): never on the container's grant.
  const children = queryAll(inPicture ? parent : el, SOURCES).filter((child) => child !== el && !child.hasAttribute('data-consent'));
  const moves: Array<[Element, string, string, string]> = [];
  for (const target of [el, ...children])
    for (const to of HELD) {
      const from = 'data-' + to;
      const value = target.getAttribute(from);
      if (value === null) continue;
      checkUrl(from, value);
      moves.push([target, from, to, value]);
    }
  // Only once every URL passed: a refused one leaves the whole element as it was.
  for (const [target, from, to, value] of moves) {
    target.removeAttribute(from);
    target.setAttribute(to, value);
  }
  // A media element picks a <source> only when (re)loaded; changing a source's src alone does nothing.
  // (A <track> loads by itself: reloading its video for it would restart playback.)
  const media = el.localName === 'source' ? parent : el;
  if (media && /^(video|audio)$/.test(media.localName)) (media as HTMLMediaElement).load();
  return [el];
}

/**
 * Activates a blocked element and returns what is now in the document.
 * `pageNonce` gives the nonce a script in that document must carry ('' when the page has no policy that
 * needs one); it is asked only for a script.
 * Throws (a {@link Refusal} for a bad URL or a missing nonce) leaving the element blocked.
 *
 * @example
 * const [element, waitFor] = activate(document.querySelector('script[data-consent]')!, () => '');
 */
export function activate(el: Element, pageNonce: (doc: Document) => string): Activated {
  return isScript(el) ? cloneScript(el, pageNonce) : activateMedia(el);
}

/** Whether the gate handles this element: a `text/plain` script, or an element with something to hold back. */
export function isGateable(el: Element): boolean {
  if (isScript(el)) return /^\s*text\/plain\s*$/i.test(el.getAttribute('type') ?? '');
  if (HELD.some((name) => el.hasAttribute('data-' + name))) return true;
  // A container holds back its children's data-src; with a real src of its own it would load anyway.
  return CONTAINER.test(el.localName) && !el.hasAttribute('src');
}
