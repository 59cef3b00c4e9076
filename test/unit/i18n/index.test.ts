import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allLanguages } from '../../../src/i18n/all';
import { en } from '../../../src/i18n/en';
import { describePurpose, localize, pickLanguage, textsFor } from '../../../src/i18n/index';

const AVAILABLE = Object.keys(allLanguages);

describe('pickLanguage', () => {
  it('uses the configured language, or its base language', () => {
    expect(pickLanguage('de', 'fr', ['es'], AVAILABLE)).toBe('de');
    expect(pickLanguage('pt-br', 'fr', [], AVAILABLE)).toBe('pt');
  });

  it('with auto: <html lang> first, then the browser languages in order, then English', () => {
    expect(pickLanguage('auto', 'nl-BE', ['de'], AVAILABLE)).toBe('nl');
    expect(pickLanguage('auto', 'ja', ['sv', 'PL-pl', 'de'], AVAILABLE)).toBe('pl');
    expect(pickLanguage('auto', '', ['ja'], AVAILABLE)).toBe('en');
  });

  it('falls back to English for a configured language nobody provides', () => {
    expect(pickLanguage('sv', 'de', ['fr'], AVAILABLE)).toBe('en');
  });

  it('always answers an available language or English, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.array(fc.string()), (setting, html, browser) => {
        const lang = pickLanguage(setting, html, browser, AVAILABLE);
        expect(AVAILABLE).toContain(lang);
      }),
    );
  });
});

describe('textsFor', () => {
  it('lays the JSON config over the built-in language, and English under both', () => {
    const texts = textsFor('de', { en, de: { ...allLanguages.de!, title: '' } as typeof en }, { de: { acceptAll: 'Alles erlauben' } });
    expect(texts.acceptAll).toBe('Alles erlauben');
    expect(texts.rejectAll).toBe('Alle ablehnen');
    expect(texts.title).toBe('');
  });

  it('takes overrides given for the base language, and ignores keys that are not texts', () => {
    const texts = textsFor('fr-ca', allLanguages, { fr: { save: 'Sauver', bogus: 'x' } });
    expect(texts.save).toBe('Sauver');
    expect('bogus' in texts).toBe(false);
  });

  it('fills a language only the config knows with English for the keys it does not give', () => {
    const texts = textsFor('sv', allLanguages, { sv: { acceptAll: 'Godkänn alla' } });
    expect(texts.acceptAll).toBe('Godkänn alla');
    expect(texts.rejectAll).toBe('Reject all');
  });
});

describe('localize', () => {
  it('prefers the exact language, then the base language, then a text for every language', () => {
    expect(localize({ 'de-at': 'A', de: 'B', '*': 'C' }, 'de-at', 'F')).toBe('A');
    expect(localize({ de: 'B', '*': 'C' }, 'de-at', 'F')).toBe('B');
    expect(localize({ '*': 'C' }, 'de', 'F')).toBe('C');
    expect(localize(undefined, 'de', 'F')).toBe('F');
  });
});

describe('describePurpose', () => {
  it('gives the four built-in purposes their built-in label and description', () => {
    expect(describePurpose('analytics', undefined, allLanguages.de!, 'de')).toEqual({
      label: 'Statistik',
      description: allLanguages.de!.analyticsInfo,
    });
  });

  it('prefers the JSON config label and description', () => {
    const info = { label: { de: 'Reichweite' }, description: { '*': 'Zählt.' }, cookies: [] };
    expect(describePurpose('analytics', info, allLanguages.de!, 'de')).toEqual({ label: 'Reichweite', description: 'Zählt.' });
  });

  it('names any other purpose by its id, even one that matches a text key', () => {
    for (const id of ['newsletter', 'save', 'body', 'title'])
      expect(describePurpose(id, undefined, en, 'en')).toEqual({ label: id, description: '' });
  });
});
