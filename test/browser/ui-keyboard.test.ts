import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite, openPage, sitePage, type TestServer } from './harness';
import { consentCookie, focused } from './ui-helpers';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
});

const tall = '<div style="height:3000px">tall content</div><a href="#" id="settings" data-consent-open>Cookie settings</a>';

async function open(path: string, attrs = '', body = tall): Promise<Page> {
  const url = server.page(path, sitePage({ attrs, body }));
  const { page } = await openPage(browser);
  await page.goto(url);
  await expect.poll(() => focused(page)).toBe('div:dialog');
  return page;
}

async function tabTo(page: Page, name: string, max = 15) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)) === name) return;
  }
  throw new Error(`Tab never reached ${name}; focus is on ${await focused(page)}`);
}

describe('the notice by keyboard', () => {
  it('takes focus on load without scrolling the page, and Tab reaches its buttons first', async () => {
    const page = await open('/kb-first.html');
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:Accept all');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:Reject all');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:Customize');
    await page.context().close();
  });

  it('Accept all with Enter grants every purpose and the notice goes', async () => {
    const page = await open('/kb-accept.html');
    await tabTo(page, 'button:Accept all');
    await page.keyboard.press('Enter');
    await expect.poll(() => consentCookie(page)).toMatch(/~analytics\.ads\.customization\.login$/);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.context().close();
  });

  it('Reject all with Space refuses every purpose', async () => {
    const page = await open('/kb-reject.html');
    await tabTo(page, 'button:Reject all');
    await page.keyboard.press('Space');
    await expect.poll(() => consentCookie(page)).toMatch(/~!analytics\.!ads\.!customization\.!login$/);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.context().close();
  });

  it('Customize opens the dialog with nothing pre-ticked; a switch toggled by Space is saved', async () => {
    const page = await open('/kb-customize.html');
    await tabTo(page, 'button:Customize');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Privacy settings' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await focused(page)).toBe('div:dialog');
    for (const name of ['Analytics', 'Ad tracking', 'Customization', 'Login'])
      expect(await dialog.getByRole('switch', { name, exact: true }).isChecked()).toBe(false);
    await tabTo(page, 'input:Analytics');
    await page.keyboard.press('Space');
    expect(await dialog.getByRole('switch', { name: 'Analytics' }).isChecked()).toBe(true);
    await tabTo(page, 'button:Save choices');
    await page.keyboard.press('Enter');
    await expect.poll(() => consentCookie(page)).toMatch(/~analytics\.!ads\.!customization\.!login$/);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.context().close();
  });

  it('Accept all and Reject all in the dialog decide for every purpose', async () => {
    for (const [button, cookie] of [
      ['Accept all', /~analytics\.ads\.customization\.login$/],
      ['Reject all', /~!analytics\.!ads\.!customization\.!login$/],
    ] as const) {
      const page = await open(`/kb-dialog-${button[0]}.html`);
      await tabTo(page, 'button:Customize');
      await page.keyboard.press('Enter');
      await tabTo(page, `button:${button}`);
      await page.keyboard.press('Enter');
      await expect.poll(() => consentCookie(page)).toMatch(cookie);
      expect(await page.getByRole('dialog').count()).toBe(0);
      await page.context().close();
    }
  });
});

describe('a notice that appears late', () => {
  // The visitor is already typing when an async copy of the script arrives.
  const typing = (position: string) => `<input id="search" aria-label="Search">
    <script>
      document.getElementById('search').focus();
      const s = document.createElement('script');
      s.src = '/dist/consent-gate.min.js';
      s.dataset.position = '${position}';
      document.body.append(s);
    </script>`;

  it('as a bar, leaves focus in the field the visitor is typing in', async () => {
    const url = server.page('/kb-late-bar.html', sitePage({ script: '/nothing.js', body: typing('bottom') }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await expect.poll(() => page.getByRole('button', { name: 'Customize' }).isVisible()).toBe(true);
    await page.keyboard.type('bread');
    expect(await page.evaluate(() => [document.activeElement?.id, (document.getElementById('search') as HTMLInputElement).value])).toEqual([
      'search',
      'bread',
    ]);
    await context.close();
  });

  it('as a modal, takes focus all the same, and gives it back after the decision', async () => {
    const url = server.page('/kb-late-modal.html', sitePage({ script: '/nothing.js', body: typing('center') }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await expect.poll(() => focused(page)).toBe('div:dialog');
    await tabTo(page, 'button:Reject all');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search');
    await context.close();
  });
});

describe('the dialog by keyboard', () => {
  it('keeps Tab and Shift+Tab inside while open', async () => {
    const page = await open('/kb-trap.html');
    await tabTo(page, 'button:Customize');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('div:dialog');
    const seen = new Set<string>();
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press(i < 7 ? 'Tab' : 'Shift+Tab');
      seen.add(await focused(page));
      expect(await page.evaluate(() => document.activeElement?.localName)).toBe('consent-gate');
    }
    expect(seen).toContain('button:Close');
    expect(seen).toContain('button:Reject all');
    await page.context().close();
  });

  it('Escape closes it and returns focus to Customize, deciding nothing', async () => {
    const page = await open('/kb-escape.html');
    await tabTo(page, 'button:Customize');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog', { name: 'Privacy settings' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('button:Customize');
    expect(await page.getByRole('dialog', { name: 'Your privacy choices' }).isVisible()).toBe(true);
    expect(await consentCookie(page)).toBeUndefined();
    await page.context().close();
  });

  it('the close button closes it too', async () => {
    const page = await open('/kb-close.html');
    await tabTo(page, 'button:Customize');
    await page.keyboard.press('Enter');
    await tabTo(page, 'button:Close');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('button:Customize');
    await page.context().close();
  });

  it('opens from a [data-consent-open] link added later and gives focus back to it on Escape', async () => {
    const page = await open('/kb-link.html', '', '<div style="height:1500px"></div>');
    await tabTo(page, 'button:Reject all');
    await page.keyboard.press('Enter');
    await expect.poll(() => consentCookie(page)).toBeTruthy();
    await page.evaluate(() => {
      const a = Object.assign(document.createElement('a'), { href: '#', id: 'late', textContent: 'Privacy settings link' });
      a.setAttribute('data-consent-open', '');
      document.body.append(a);
      a.focus();
    });
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Privacy settings' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // The dialog opens on the stored choices: all refused.
    expect(await dialog.getByRole('switch', { name: 'Analytics' }).isChecked()).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('late');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.context().close();
  });

  it('a returning visitor (nothing shown on this page yet) opens the dialog from the settings link: focus goes into it and back', async () => {
    const page = await open('/kb-returning.html', '', '<a href="#" id="settings" data-consent-open>Cookie settings</a>');
    await tabTo(page, 'button:Accept all');
    await page.keyboard.press('Enter');
    await expect.poll(() => consentCookie(page)).toBeTruthy();
    await page.reload();
    await page.evaluate(() => document.getElementById('settings')!.focus());
    expect(await page.evaluate(() => document.querySelector('consent-gate'))).toBeNull();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('div:dialog');
    await tabTo(page, 'button:Close');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('settings');
    await page.context().close();
  });

  it('consentGate.show() opens it and hide() closes it', async () => {
    const page = await open('/kb-api.html');
    await page.evaluate(() => window.consentGate.show());
    await expect.poll(() => page.getByRole('dialog', { name: 'Privacy settings' }).isVisible()).toBe(true);
    await page.evaluate(() => window.consentGate.hide());
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.context().close();
  });
});

describe('the centred notice', () => {
  it('is modal: Tab stays inside it', async () => {
    const page = await open('/kb-center.html', 'data-position="center"');
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatch(/^button:(Accept all|Reject all|Customize)$/);
    }
    await page.context().close();
  });
});
