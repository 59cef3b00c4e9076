import type { ConsentGateOptions } from '../types';
import type { Warn } from '../util/warn';
import { parseJsonText } from './json-config';

/** The data attributes of docs/attributes.md#attributes, as option keys. */
const KEYS = [
  'purposes', 'mode', 'policyUrl', 'revision', 'expires', 'cookieName', 'cookieDomain', 'lang',
  'position', 'theme', 'gpc', 'googleConsentMode', 'googleConsentWait', 'logUrl', 'reloadOnWithdraw',
] as const;

/**
 * Reads the `data-*` attributes of the consent-gate script tag and the inline
 * JSON config it names (`data-config`, default `consent-gate-config`).
 * Values stay strings; `createSettings` validates them. Never throws.
 *
 * @example
 * const options = readScriptOptions(document.currentScript, document, createWarner());
 */
export function readScriptOptions(script: Element | null, doc: Document, warn: Warn): ConsentGateOptions {
  const options: Record<string, unknown> = {};
  const data = (script as HTMLElement | null)?.dataset;
  if (data) for (const key of KEYS) if (typeof data[key] === 'string') options[key] = data[key];
  const configId = data?.config?.trim() || 'consent-gate-config';
  let block: Element | null = null;
  try {
    block = doc.getElementById(configId);
  } catch {
    block = null;
  }
  if (block) options.config = parseJsonText(block.textContent, warn);
  else if (data?.config) warn(`data-config="${configId.slice(0, 40)}" names no element; using no JSON config`);
  return options as ConsentGateOptions;
}
