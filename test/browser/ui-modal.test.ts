import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite, openPage, sitePage, type TestServer } from './harness';
import { accessibleNames, consentCookie, focused } from './ui-helpers';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
});

const deepActive = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? el.localName + (el.id ? '#' + el.id : '') : null;
  });

describe('a modal is modal to everything, not only to Tab', () => {
  it('the dialog takes the page out of the accessibility tree and gives it back when it closes', async () => {
    const url = server.page('/modal-ax-dialog.html', sitePage({ body: '<p><button id="buy">Buy bread</button></p>' }));
    const { page, context } = await openPage(browser, { reducedMotion: 'reduce' });
    await page.goto(url);
    await expect.poll(() => page.getByRole('button', { name: 'Customize' }).isVisible()).toBe(true);
    // A bar is not modal: the page stays reachable.
    expect(await accessibleNames(page)).toEqual(expect.arrayContaining(['A page link', 'Buy bread', 'Accept all']));
    await page.getByRole('button', { name: 'Customize' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Privacy settings' }).isVisible()).toBe(true);
    const open = await accessibleNames(page);
    expect(open).toEqual(expect.arrayContaining(['Privacy settings', 'Save choices', 'Analytics']));
    expect(open).not.toContain('A page link');
    expect(open).not.toContain('Buy bread');
    expect(open).not.toContain('Fixture');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog', { name: 'Privacy settings' }).count()).toBe(0);
    expect(await accessibleNames(page)).toEqual(expect.arrayContaining(['A page link', 'Buy bread']));
    await context.close();
  });

  it('the centre notice does the same, a pointer cannot reach the page, and a page element that was inert stays inert', async () => {
    const body =
      '<div id="was-inert" inert><a href="#q">Already inert</a></div><p><button id="buy" onclick="window.bought = true">Buy bread</button></p>';
    const url = server.page('/modal-ax-center.html', sitePage({ attrs: 'data-position="center"', body }));
    const { page, context } = await openPage(browser, { reducedMotion: 'reduce' });
    await page.goto(url);
    await expect.poll(() => focused(page)).toBe('div:dialog');
    const open = await accessibleNames(page);
    expect(open).toEqual(expect.arrayContaining(['Your privacy choices', 'Accept all']));
    expect(open).not.toContain('Buy bread');
    // Content added while it is open is out of reach too.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<button id="late">Late offer</button>'));
    await expect.poll(async () => (await accessibleNames(page)).includes('Late offer')).toBe(false);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => consentCookie(page)).toBeTruthy();
    expect(await accessibleNames(page)).toEqual(expect.arrayContaining(['Buy bread', 'Late offer']));
    expect(await page.evaluate(() => [document.getElementById('was-inert')!.inert, document.getElementById('buy')!.inert])).toEqual([
      true,
      false,
    ]);
    await context.close();
  });
});

describe('Escape closes the dialog wherever focus is', () => {
  it('after a click on the backdrop', async () => {
    const url = server.page('/modal-escape-backdrop.html', sitePage({}));
    const { page, context } = await openPage(browser, { viewport: { width: 1024, height: 700 }, reducedMotion: 'reduce' });
    await page.goto(url);
    await page.getByRole('button', { name: 'Customize' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Privacy settings' }).isVisible()).toBe(true);
    await page.mouse.click(5, 5);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog', { name: 'Privacy settings' }).count()).toBe(0);
    expect(await focused(page)).toBe('button:Customize');
    expect(await consentCookie(page)).toBeUndefined();
    await context.close();
  });

  it('with focus on <body>: Escape still closes it, and Tab goes back into the dialog, never to the page', async () => {
    const url = server.page('/modal-escape-body.html', sitePage({}));
    const { page, context } = await openPage(browser, { reducedMotion: 'reduce' });
    await page.goto(url);
    await page.getByRole('button', { name: 'Customize' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Privacy settings' }).isVisible()).toBe(true);
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    expect(await deepActive(page)).toBe('body');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:Close');
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog', { name: 'Privacy settings' }).count()).toBe(0);
    await context.close();
  });

  it('Escape does not dismiss the centre notice: it needs a decision', async () => {
    const url = server.page('/modal-escape-center.html', sitePage({ attrs: 'data-position="center"' }));
    const { page, context } = await openPage(browser, { reducedMotion: 'reduce' });
    await page.goto(url);
    await expect.poll(() => focused(page)).toBe('div:dialog');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog', { name: 'Your privacy choices' }).isVisible()).toBe(true);
    await context.close();
  });
});

describe('after a decision', () => {
  it('focus goes to the main landmark when the notice took it from nowhere, and "Your choices are saved" is announced politely', async () => {
    const url = server.page('/modal-after-main.html', sitePage({}));
    const { page, context } = await openPage(browser, { reducedMotion: 'reduce' });
    await page.goto(url);
    await expect.poll(() => focused(page)).toBe('div:dialog');
    const status = page.getByRole('status');
    expect(await status.textContent()).toBe('');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => consentCookie(page)).toBeTruthy();
    await expect.poll(() => deepActive(page)).toBe('main');
    expect(await status.textContent()).toBe('Your choices are saved.');
    // A polite live region in the accessibility tree, with the text in it.
    const cdp = await context.newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{
        role?: { value?: string };
        properties?: Array<{ name: string; value: { value: unknown } }>;
        name?: { value?: string };
      }>;
    };
    const region = nodes.find((n) => n.role?.value === 'status');
    expect(region?.properties?.find((p) => p.name === 'live')?.value.value).toBe('polite');
    expect(nodes.some((n) => n.name?.value === 'Your choices are saved.')).toBe(true);
    // The page is not scrolled by it, and Tab goes on from the content.
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.keyboard.press('Tab');
    expect(await deepActive(page)).toBe('a#page-link');
    await context.close();
  });

  it('focus goes back to the page control the visitor left for the bar, and the status is in the notice language', async () => {
    const url = server.page('/modal-after-back.html', sitePage({ lang: 'de', attrs: 'data-lang="de"' }));
    const { page, context } = await openPage(browser, { reducedMotion: 'reduce' });
    await page.goto(url);
    await expect.poll(() => focused(page)).toBe('div:dialog');
    await page.evaluate(() => document.getElementById('page-link')!.focus());
    // Back into the bar with Shift+Tab, as a keyboard user would after reading the page.
    for (let i = 0; i < 10 && !(await focused(page)).startsWith('button:Anpassen'); i++) await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('button:Anpassen');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog', { name: 'Datenschutz-Einstellungen' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Auswahl speichern' }).click();
    await expect.poll(() => consentCookie(page)).toBeTruthy();
    await expect.poll(() => deepActive(page)).toBe('a#page-link');
    expect(await page.getByRole('status').textContent()).toBe('Ihre Auswahl ist gespeichert.');
    await context.close();
  });
});
