import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite, openPage, sitePage, type TestServer } from './harness';
import { jsonConfig } from './ui-helpers';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
});

// Written out here, not read from src/i18n: a test that copied the catalog could not catch a lost language.
const BUTTONS: Record<string, [string, string, string, string]> = {
  en: ['Accept all', 'Reject all', 'Customize', 'Save choices'],
  de: ['Alle akzeptieren', 'Alle ablehnen', 'Anpassen', 'Auswahl speichern'],
  fr: ['Tout accepter', 'Tout refuser', 'Personnaliser', 'Enregistrer mes choix'],
  es: ['Aceptar todo', 'Rechazar todo', 'Personalizar', 'Guardar selección'],
  it: ['Accetta tutto', 'Rifiuta tutto', 'Personalizza', 'Salva le scelte'],
  nl: ['Alles accepteren', 'Alles weigeren', 'Aanpassen', 'Keuzes opslaan'],
  pt: ['Aceitar tudo', 'Rejeitar tudo', 'Personalizar', 'Guardar escolhas'],
  pl: ['Akceptuj wszystko', 'Odrzuć wszystko', 'Dostosuj', 'Zapisz wybór'],
};

async function names(page: Page) {
  await expect.poll(() => page.locator('consent-gate').evaluate((h) => !!h.shadowRoot?.querySelector('button'))).toBe(true);
  return page.locator('consent-gate').evaluate((h) => {
    const panel = h.shadowRoot!.querySelector('[role=dialog]')!;
    return { lang: panel.getAttribute('lang'), buttons: [...panel.querySelectorAll('button')].map((b) => b.textContent) };
  });
}

describe('built-in languages', () => {
  it.each(Object.entries(BUTTONS))('data-lang="%s" names the buttons in that language', async (lang, [accept, reject, customize, save]) => {
    const url = server.page(`/i18n-${lang}.html`, sitePage({ attrs: `data-lang="${lang}"` }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    expect(await names(page)).toEqual({ lang, buttons: [accept, reject, customize] });
    await page.getByRole('button', { name: customize, exact: true }).click();
    const dialog = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: save }) });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    for (const name of [save, accept, reject]) expect(await dialog.getByRole('button', { name, exact: true }).isVisible()).toBe(true);
    expect(await dialog.getByRole('switch').count()).toBe(4);
    await context.close();
  });
});

describe('data-lang="auto"', () => {
  it('follows <html lang>, base language included (fr-CA -> fr)', async () => {
    const url = server.page('/i18n-auto-html.html', sitePage({ lang: 'fr-CA' }));
    const { page, context } = await openPage(browser, { locale: 'de-DE' });
    await page.goto(url);
    expect((await names(page)).lang).toBe('fr');
    await context.close();
  });

  it('then the browser languages, then English', async () => {
    for (const [locale, expected] of [
      ['pl-PL', 'pl'],
      ['ja-JP', 'en'],
    ]) {
      const url = server.page(`/i18n-auto-${locale}.html`, sitePage({ lang: '' }));
      const { page, context } = await openPage(browser, { locale });
      await page.goto(url);
      expect((await names(page)).lang).toBe(expected);
      await context.close();
    }
  });
});

describe('texts from the JSON config', () => {
  it('override built-in texts and purpose labels per language, and are shown as text, never as HTML', async () => {
    const config = jsonConfig({
      texts: { de: { acceptAll: 'Alles erlauben', title: '<img src=x onerror="window.pwned=1">Hinweis' } },
      purposes: {
        analytics: { label: { de: 'Reichweite', en: 'Reach' }, description: 'Eine <b>Beschreibung</b>' },
        newsletter: { label: 'Newsletter-Tracking' },
        save: {},
      },
    });
    const url = server.page(
      '/i18n-json.html',
      sitePage({ attrs: 'data-lang="de" data-purposes="analytics newsletter save"', head: config }),
    );
    const { page, context } = await openPage(browser);
    await page.goto(url);
    const notice = page.getByRole('dialog', { name: '<img src=x onerror="window.pwned=1">Hinweis' });
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.getByRole('button', { name: 'Alles erlauben' }).isVisible()).toBe(true);
    expect(await notice.getByRole('button', { name: 'Alle ablehnen' }).isVisible()).toBe(true);
    await notice.getByRole('button', { name: 'Anpassen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Datenschutz-Einstellungen' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByRole('switch', { name: 'Reichweite' }).isVisible()).toBe(true);
    expect(await dialog.getByText('Eine <b>Beschreibung</b>').isVisible()).toBe(true);
    expect(await dialog.getByRole('switch', { name: 'Newsletter-Tracking' }).isVisible()).toBe(true);
    // A site purpose that happens to share a name with a text key gets its id, not a button text.
    expect(await dialog.getByRole('switch', { name: 'save', exact: true }).isVisible()).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('consent-gate').evaluate((h) => h.shadowRoot!.querySelectorAll('img,b').length)).toBe(0);
    await context.close();
  });

  it('a language only the config provides can be chosen', async () => {
    const config = jsonConfig({ texts: { sv: { acceptAll: 'Godkänn alla', rejectAll: 'Avvisa alla', customize: 'Anpassa' } } });
    const url = server.page('/i18n-sv.html', sitePage({ lang: 'sv', head: config }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    expect(await names(page)).toEqual({ lang: 'sv', buttons: ['Godkänn alla', 'Avvisa alla', 'Anpassa'] });
    await context.close();
  });
});
