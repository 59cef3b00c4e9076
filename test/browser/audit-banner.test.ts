/**
 * How `consent-gate audit` answers a banner it does not know: buttons found by
 * their accessible name inside open shadow roots and same-origin frames, the
 * site owner's selector, and nothing else clicked (no form submitted, no
 * partial choice taken for Accept all).
 */
import { describe, expect, it } from 'vitest';
import { answerBanner, waitForBanner } from '../../src/cli/audit/banner';
import { useSite, type TestServer } from './harness';
import type { Browser } from 'playwright-core';

let server: TestServer;
let browser: Browser;
useSite((s, b) => {
  server = s;
  browser = b;
});

/** A banner inside an open shadow root, inside a same-origin frame; every click is logged on the top window. */
const BANNER_FRAME = `<!doctype html><html lang="fr"><body><div id="host"></div><script>
  const root = document.getElementById('host').attachShadow({ mode: 'open' });
  root.innerHTML = '<div class="cookie-banner" role="dialog" aria-label="Cookies"><p>Nous utilisons des cookies.</p>'
    + '<button id="sel">Accepter la sélection</button><button id="no">Tout refuser</button>'
    + '<button id="yes" aria-label="Tout accepter">OK</button><span role="button" id="cfg">Paramètres</span></div>';
  root.addEventListener('click', (e) => top.clicks.push(e.target.id));
</script></body></html>`;

const PAGE = `<!doctype html><html lang="fr"><head><title>Boulangerie</title><script>window.clicks = []; window.submitted = false;</script></head>
<body><h1>Boulangerie</h1>
<form onsubmit="window.submitted = true; return false"><label>Email <input name="email"></label><button>Accepter</button></form>
<button onclick="clicks.push('terms')">Accept the general terms and conditions of sale of this shop</button>
<iframe src="/banner-frame" title="Cookies"></iframe></body></html>`;

async function open(path: string, html: string) {
  server.page('/banner-frame', BANNER_FRAME);
  const url = server.page(path, html);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  if (html.includes('<iframe')) await page.frameLocator('iframe').locator('#host').waitFor();
  return { page, close: () => context.close() };
}

describe('answering a banner', () => {
  it('finds Reject all and Accept all by name in a shadow root inside a same-origin frame', async () => {
    const { page, close } = await open('/fr', PAGE);
    expect(await waitForBanner(page, ['reject', 'accept'], 5000)).toEqual({ reject: 'Tout refuser', accept: 'Tout accepter' });
    expect(await answerBanner(page, 'reject', { consentGate: false, waitMs: 0 })).toEqual({
      wanted: 'reject',
      method: 'button',
      name: 'Tout refuser',
    });
    expect(await answerBanner(page, 'accept', { consentGate: false, waitMs: 0 })).toEqual({
      wanted: 'accept',
      method: 'button',
      name: 'Tout accepter',
    });
    expect(
      await page.evaluate(() => [
        (window as unknown as { clicks: string[] }).clicks,
        (window as unknown as { submitted: boolean }).submitted,
      ]),
    ).toEqual([['no', 'yes'], false]);
    await close();
  });

  it('never submits a form or clicks a long page button, even when no banner button exists', async () => {
    const { page, close } = await open('/no-banner', PAGE.replace('<iframe src="/banner-frame" title="Cookies"></iframe>', ''));
    expect(await answerBanner(page, 'accept', { consentGate: false, waitMs: 300 })).toEqual({
      wanted: 'accept',
      method: 'none',
      note: 'no Accept button found',
    });
    expect(
      await page.evaluate(() => [
        (window as unknown as { clicks: string[] }).clicks,
        (window as unknown as { submitted: boolean }).submitted,
      ]),
    ).toEqual([[], false]);
    await close();
  });

  it('clicks the site owner selector instead of searching, through shadow roots and frames', async () => {
    const { page, close } = await open('/selector', PAGE);
    expect(await answerBanner(page, 'reject', { selector: '#cfg', consentGate: false, waitMs: 0 })).toEqual({
      wanted: 'reject',
      method: 'selector',
      name: '#cfg',
    });
    expect(await answerBanner(page, 'accept', { selector: '#missing', consentGate: false, waitMs: 0 })).toEqual({
      wanted: 'accept',
      method: 'none',
      note: '--accept #missing matched nothing',
    });
    expect(await page.evaluate(() => (window as unknown as { clicks: string[] }).clicks)).toEqual(['cfg']);
    await close();
  });
});
