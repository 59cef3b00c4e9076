import { describe, expect, it } from 'vitest';
import { allLanguages } from '../../../src/i18n/all';
import { en } from '../../../src/i18n/en';

const placeholders = (text: string) => text.match(/\{\w+\}/g) ?? [];

describe('the built-in catalog', () => {
  it('holds the eight languages docs/languages.md names', () => {
    expect(Object.keys(allLanguages).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt']);
  });

  describe.each(Object.entries(allLanguages).filter(([lang]) => lang !== 'en'))('%s', (_lang, texts) => {
    it('has every English key, each a non-empty text with the same {placeholders}', () => {
      expect(Object.keys(texts).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as Array<keyof typeof en>) {
        expect(texts[key].trim(), key).not.toBe('');
        expect(placeholders(texts[key]), key).toEqual(placeholders(en[key]));
      }
    });

    it('is really translated: the sentences and the three button names differ from English', () => {
      for (const key of ['body', 'optOutBody', 'dialogBody', 'acceptAll', 'rejectAll', 'customize', 'save'] as const)
        expect(texts[key], key).not.toBe(en[key]);
    });

    it('gives the three notice buttons three different names', () => {
      expect(new Set([texts.acceptAll, texts.rejectAll, texts.customize]).size).toBe(3);
    });
  });
});
