import type { ConsentGateOptions } from '../types';
import { domOf } from '../util/dom';
import type { Warn } from '../util/warn';
import { parseJsonText } from './json-core';
import { attributeName } from './keys';
import { SETTING_KEYS } from './settings';

const DEFAULT_CONFIG_ID = 'consent-gate-config';
/** An id as a CSS string (CSS Syntax 4.3.5): any id the page uses, matched literally. */
const cssString = (id: string) =>
  '"' + id.replace(/["\\]/g, '\\$&').replace(/[\n\r\f\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16) + ' ') + '"';
/** Node.DOCUMENT_POSITION_PRECEDING: the other node comes before this one. */
const PRECEDING = 2;

/**
 * The attribute as written on the tag, read through `Element.prototype` (own
 * markup, never inherited); `null` when there is none, or no element (the
 * prototype's method throws on `null`).
 */
function attribute(el: Element | null, name: string): string | null {
  try {
    return Element.prototype.getAttribute.call(el, name);
  } catch {
    return null;
  }
}

function describeElement(el: Element): string {
  const type = attribute(el, 'type');
  return `<${el.localName}${type === null ? '' : ` type="${type.slice(0, 30)}"`} id="${(attribute(el, 'id') ?? '').slice(0, 40)}">`;
}

function isJsonScript(el: Element): boolean {
  return (
    el.localName === 'script' &&
    el.namespaceURI === 'http://www.w3.org/1999/xhtml' &&
    (attribute(el, 'type') ?? '').trim().toLowerCase() === 'application/json'
  );
}

/**
 * Finds the one JSON config block that may configure us (docs/configuration.md#where-the-json-config-goes): a
 * `<script type="application/json">` with the id, placed before our tag, or
 * anywhere when the tag names it with `data-config`. Any other element with
 * that id (a forum post's `<div id="consent-gate-config">` kept by a
 * sanitizer, a second block) is told about and never used: markup a site lets
 * visitors write must not relabel the buttons.
 */
function findConfig(script: Element | null, doc: Document, id: string, explicit: boolean, warn: Warn): Element | null {
  let used: Element | null = null;
  for (const el of domOf(doc).querySelectorAll(`[id=${cssString(id)}]`)) {
    const before = !!script && (script.compareDocumentPosition(el) & PRECEDING) !== 0;
    if (!used && isJsonScript(el) && (before || explicit)) used = el;
    else
      warn(
        `ignoring ${describeElement(el)}: ${
          isJsonScript(el) && !used
            ? 'it comes after the consent-gate tag; move it before, or name it with data-config'
            : 'only the first <script type="application/json"> with this id configures consent-gate'
        }`,
      );
  }
  return used;
}

/**
 * Reads the `data-*` attributes of the consent-gate script tag and the inline
 * JSON config it names (`data-config`, default `consent-gate-config`).
 * Only attributes written on the tag count (read with `getAttribute`, so a
 * polluted `Object.prototype.mode` is no setting), into a null-prototype
 * object. Values stay strings; `createSettings` validates them. Never throws.
 *
 * @example
 * const options = readScriptOptions(document.currentScript, document, createWarner());
 */
export function readScriptOptions(script: Element | null, doc: Document, warn: Warn): ConsentGateOptions {
  const options: Record<string, unknown> = Object.create(null);
  for (const key of SETTING_KEYS) {
    const value = attribute(script, attributeName(key));
    if (value !== null) options[key] = value;
  }
  const named = attribute(script, 'data-config')?.trim();
  const id = named || DEFAULT_CONFIG_ID;
  const block = findConfig(script, doc, id, !!named, warn);
  if (block) options.config = parseJsonText(block.textContent, warn);
  else if (named) warn(`data-config="${id.slice(0, 40)}" names no <script type="application/json">; using no JSON config`);
  return options as ConsentGateOptions;
}
