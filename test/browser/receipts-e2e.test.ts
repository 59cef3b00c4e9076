import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { createSettings } from '../../src/config/settings';
import { en } from '../../src/i18n/en';
import { textsFor } from '../../src/i18n/index';
import { createUiModel } from '../../src/ui/model';
import { openPage, sitePage, useSite, type TestServer } from './harness';

// The built package entry, as `import … from 'consent-gate/server'` resolves it.
type ServerModule = typeof import('../../src/server');
const TOKEN = 'e2e-token-0123456789abcdef';

let site: TestServer;
let browser: Browser;
let api: ServerModule;
let service: { url: string; server: Server; close(): Promise<void> };
let dir = '';

useSite(async (s, b) => {
  [site, browser] = [s, b];
  api = (await import(new URL('../../dist/server.mjs', import.meta.url).pathname)) as ServerModule;
  dir = mkdtempSync(join(tmpdir(), 'consent-gate-e2e-'));
  const store = await api.openSqliteStore(join(dir, 'receipts.db'));
  const handler = api.createReceiptService({ store, origins: [site.url], token: TOKEN });
  const server = createServer(api.toNodeListener(handler));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  service = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      await store.close();
    },
  };
});
afterAll(async () => {
  await service?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The chain of receipts of one consent id, read back from the service with the token; [] until there is one. */
async function stored(id: string) {
  const res = await fetch(`${service.url}/receipts/${id}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  return res.status === 200 ? ((await res.json()).receipts as Array<Record<string, unknown>>) : [];
}

describe('receipts end to end: Chromium -> data-log-url -> the receipts service -> SQLite', () => {
  it('stores Accept all with every field, then a withdrawal and Reject all as new rows, never changing one', async () => {
    const attrs = `data-purposes="analytics ads" data-revision="5" data-policy-url="/privacy" data-log-url="${service.url}/receipts"`;
    const url = site.page('/shop/receipts-e2e.html', sitePage({ attrs }));
    const { page, context, warnings } = await openPage(browser);
    await page.goto(url + '?utm_source=mail#top');
    await page.getByRole('button', { name: 'Accept all' }).click();
    const first = await page.evaluate(() => window.consentGate.get());
    await expect.poll(() => stored(first.id!).then((r) => r.length), { timeout: 10_000 }).toBe(1);
    const [accepted] = await stored(first.id!);

    // What the visitor was shown, hashed by the same function from the same settings and texts.
    const settings = createSettings(
      { purposes: 'analytics ads', revision: '5', policyUrl: '/privacy' },
      { host: '127.0.0.1', warn: () => {} },
    );
    const shown = await api.shownDigest(createUiModel(settings, textsFor('en', { en }, {}), 'en', []));
    expect(accepted).toEqual({
      consentId: first.id,
      previousId: null,
      decidedAt: new Date(first.timestamp!).toISOString(),
      receivedAt: expect.any(String),
      revision: '5',
      mode: 'opt-in',
      purposes: { ads: true, analytics: true },
      method: 'notice',
      lang: 'en',
      shown,
      origin: site.url,
      path: '/shop/receipts-e2e.html',
      version: '0.1.0',
      ip: null,
      userAgent: null,
    });
    expect(Math.abs(Date.parse(accepted!.receivedAt as string) - first.timestamp!)).toBeLessThan(60_000);

    // A withdrawal: analytics switched off in the dialog.
    await page.evaluate(() => window.consentGate.show());
    await page.getByRole('switch', { name: 'Analytics' }).uncheck();
    await page.getByRole('button', { name: 'Save choices' }).click();
    const second = await page.evaluate(() => window.consentGate.get());
    expect(second.id).not.toBe(first.id);
    await expect.poll(() => stored(first.id!).then((r) => r.length), { timeout: 10_000 }).toBe(2);

    // Reject all, in the dialog.
    await page.evaluate(() => window.consentGate.show());
    await page.getByRole('dialog').getByRole('button', { name: 'Reject all' }).click();
    const third = await page.evaluate(() => window.consentGate.get());
    await expect.poll(() => stored(first.id!).then((r) => r.length), { timeout: 10_000 }).toBe(3);

    const chain = await stored(third.id!);
    expect(chain.map((r) => [r.consentId, r.previousId, r.method, r.purposes])).toEqual([
      [first.id, null, 'notice', { ads: true, analytics: true }],
      [second.id, first.id, 'dialog', { ads: true, analytics: false }],
      [third.id, second.id, 'dialog', { ads: false, analytics: false }],
    ]);
    // Append-only: the first receipt reads exactly as it did before the later decisions.
    expect(chain[0]).toEqual(accepted);
    expect(warnings).toEqual([]);
    await context.close();
  });

  it('hashes the texts the visitor saw: a changed notice text gives another digest', async () => {
    const config = JSON.stringify({ texts: { en: { acceptAll: 'Yes, all of it' } } });
    const attrs = `data-purposes="analytics ads" data-revision="5" data-policy-url="/privacy" data-log-url="${service.url}/receipts"`;
    const head = `<script type="application/json" id="consent-gate-config">${config}</script>`;
    const url = site.page('/shop/receipts-e2e-text.html', sitePage({ attrs, head }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await page.getByRole('button', { name: 'Yes, all of it' }).click();
    const { id } = await page.evaluate(() => window.consentGate.get());
    await expect.poll(() => stored(id!).then((r) => r.length), { timeout: 10_000 }).toBe(1);
    const [receipt] = await stored(id!);
    const settings = createSettings(
      { purposes: 'analytics ads', revision: '5', policyUrl: '/privacy' },
      { host: '127.0.0.1', warn: () => {} },
    );
    const texts = textsFor('en', { en }, { en: { acceptAll: 'Yes, all of it' } });
    expect(receipt!.shown).toBe(await api.shownDigest(createUiModel(settings, texts, 'en', [])));
    expect(receipt!.shown).not.toBe(await api.shownDigest(createUiModel(settings, textsFor('en', { en }, {}), 'en', [])));
    await context.close();
  });
});
