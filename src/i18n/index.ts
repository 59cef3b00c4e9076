import type { LocalizedText, PurposeInfo } from '../config/json-rules';
import type { Texts } from './en';

export type { Texts } from './en';
/** Built-in languages by code; a build includes the ones it imports. */
export type Catalog = Readonly<Record<string, Texts>>;

const BUILT_IN_PURPOSES = ['analytics', 'ads', 'customization', 'login'];

/** `de-AT` -> `de`. */
const base = (code: string) => code.toLowerCase().split('-')[0]!;

/**
 * Picks the language (docs/languages.md#picking-the-language, `data-lang`): the configured code, or with
 * `auto` the page's `<html lang>`, then the browser's languages, then `en`.
 * A language counts as available when it is built in or the JSON config
 * gives texts for it.
 *
 * @example
 * pickLanguage('auto', 'de-CH', ['fr'], ['en', 'de']) // 'de'
 */
export function pickLanguage(setting: string, htmlLang: string, browser: readonly string[], available: readonly string[]): string {
  const candidates = setting !== 'auto' ? [setting] : [htmlLang, ...browser];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const exact = candidate.toLowerCase();
    if (available.includes(exact)) return exact;
    if (available.includes(base(exact))) return base(exact);
  }
  return 'en';
}

/** The texts for a language: built-in, then English for missing keys, then the JSON config's overrides. */
export function textsFor(lang: string, catalog: Catalog, overrides: Readonly<Record<string, Readonly<Record<string, string>>>>): Texts {
  const out = { ...catalog.en!, ...catalog[lang] } as Texts;
  const own = overrides[lang] ?? overrides[base(lang)] ?? {};
  for (const key of Object.keys(out) as Array<keyof Texts>) if (typeof own[key] === 'string') out[key] = own[key]!;
  return out;
}

/** One localized string of the JSON config: exact language, base language, any-language, else `fallback`. */
export function localize(text: LocalizedText | undefined, lang: string, fallback: string): string {
  return text?.[lang] ?? text?.[base(lang)] ?? text?.['*'] ?? fallback;
}

/** Label and description of a purpose: JSON config first, then built-in text, then the id. */
export function describePurpose(id: string, info: PurposeInfo | undefined, texts: Texts, lang: string) {
  const own = texts as unknown as Record<string, string>;
  // Only the four purposes of docs/attributes.md#purposes have built-in texts: a site's purpose named `save` or `body` gets its id, not a button text.
  const known = BUILT_IN_PURPOSES.includes(id);
  return {
    label: localize(info?.label, lang, known ? own[id]! : id),
    description: localize(info?.description, lang, known ? own[id + 'Info']! : ''),
  };
}
