import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { everything, gateReady, js, marks, storeDecision } from './gate-helpers';
import { useSite, openPage, sitePage, type TestServer } from './harness';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
  server.route('/slow-lib.js', js(`window.lib = { ok: true }; mark('slow-lib')`, 300));
  server.route('/slower-async.js', js(`mark('async')`, 600));
  server.route('/mod-dep.mjs', js(`export const value = 'module-dep';`));
  server.route('/mod.mjs', js(`import { value } from '/mod-dep.mjs'; mark(value + ':' + typeof import.meta);`, 200));
  server.route('/after-404.js', js(`mark('after-404')`));
});

const tag = (purpose: string, rest: string) => `<script type="text/plain" data-consent="${purpose}" ${rest}</script>`;

describe('activated scripts keep document order', () => {
  const body = [
    tag('analytics', 'src="/slow-lib.js">'),
    tag('analytics', `>mark(window.lib && window.lib.ok ? 'inline-saw-lib' : 'inline-without-lib')`),
  ].join('\n');

  it('runs an inline script only after the 300 ms external script before it ran, when accepted later', async () => {
    const url = server.page('/order-accept.html', sitePage({ body }));
    const { page, context, errors } = await openPage(browser);
    await page.goto(url);
    expect(await marks(page)).toEqual([]);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => marks(page)).toEqual(['slow-lib', 'inline-saw-lib']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps that order while the page is parsed with consent already stored', async () => {
    const url = server.page('/order-stored.html', sitePage({ body }));
    const { page, context } = await openPage(browser);
    await storeDecision(context, url, everything(true));
    await page.goto(url);
    await expect.poll(() => marks(page)).toEqual(['slow-lib', 'inline-saw-lib']);
    await context.close();
  });

  it('lets an async script finish whenever it loads, without holding the queue', async () => {
    const url = server.page(
      '/order-async.html',
      sitePage({ body: tag('analytics', 'async src="/slower-async.js">') + tag('analytics', `>mark('inline')`) }),
    );
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await page.evaluate(() => window.consentGate.accept());
    await expect.poll(() => marks(page)).toEqual(['inline', 'async']);
    await context.close();
  });

  it('restores data-type="module" for external and inline modules, and an external module holds the queue', async () => {
    const body = [
      tag('analytics', 'data-type="module" src="/mod.mjs">'),
      tag('analytics', `>mark('classic-after-module')`),
      tag('analytics', `data-type="module">import('/mod-dep.mjs').then((m) => mark('inline-module:' + m.value))`),
    ].join('\n');
    const url = server.page('/order-module.html', sitePage({ body }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await page.evaluate(() => window.consentGate.accept());
    await expect.poll(() => marks(page)).toEqual(['module-dep:object', 'classic-after-module', 'inline-module:module-dep']);
    await context.close();
  });

  it('does not stall on a script that fails to load (404) or a nomodule script', async () => {
    const body = [
      tag('analytics', 'src="/missing-tracker.js">'),
      tag('analytics', `>mark('after-missing')`),
      tag('analytics', `nomodule src="/never.js">`),
      tag('analytics', 'src="/after-404.js">'),
    ].join('\n');
    const url = server.page('/order-404.html', sitePage({ body }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await page.evaluate(() => window.consentGate.accept());
    await expect.poll(() => marks(page)).toEqual(['after-missing', 'after-404']);
    expect(server.log).toContain('/missing-tracker.js');
    expect(server.log).not.toContain('/never.js');
    await context.close();
  });

  it('runs each script once, also after a withdrawal and a new grant on the same page', async () => {
    const url = server.page(
      '/order-once.html',
      sitePage({ attrs: 'data-reload-on-withdraw="false"', body: tag('analytics', `>mark('tracker')`) }),
    );
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await page.evaluate(() => window.consentGate.accept());
    await expect.poll(() => marks(page)).toEqual(['tracker']);
    await page.evaluate(() => {
      window.consentGate.set({ analytics: false });
      window.consentGate.set({ analytics: true });
      document.body.append(document.createElement('p'));
    });
    await page.evaluate(() => new Promise((r) => setTimeout(r)));
    expect(await marks(page)).toEqual(['tracker']);
    expect(server.log.filter((p) => p === '/order-once.html')).toHaveLength(1);
    await context.close();
  });
});

describe('external scripts that wait for each other', () => {
  it('are all downloaded at once and still run in document order', async () => {
    // first.js is only served once second.js was requested: had the gate fetched one after the
    // other, first.js would never arrive and nothing would run.
    server.route('/first.js', { body: "mark('first')", type: 'text/javascript', after: '/second.js' });
    server.route('/second.js', js(`mark('second')`));
    const body = [tag('analytics', 'src="/first.js">'), tag('analytics', 'src="/second.js">'), tag('analytics', ">mark('inline')")].join(
      '\n',
    );
    const url = server.page('/parallel.html', sitePage({ body }));
    const { page, context, errors } = await openPage(browser);
    await page.goto(url);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => marks(page)).toEqual(['first', 'second', 'inline']);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a tagged script that grants more consent while it runs', () => {
  it('finishes before any script it unblocked starts: scripts never nest', async () => {
    const body = [
      tag('analytics', `>mark('analytics starts'); consentGate.accept(['ads']); mark('analytics ends')`),
      tag('ads', `>mark('ads')`),
      tag('analytics', `>mark('analytics 2')`),
    ].join('');
    const url = server.page('/order-nest.html', sitePage({ body }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    await page.evaluate(() => window.consentGate.accept(['analytics']));
    expect(await marks(page)).toEqual(['analytics starts', 'analytics ends', 'ads', 'analytics 2']);
    await context.close();
  });
});

describe('tagged and plain scripts parsed with consent stored', () => {
  it('runs a tagged inline script before the plain script after it', async () => {
    const body = tag('analytics', `>mark('tagged')`) + `<script>mark('plain')</script>`;
    const url = server.page('/parse-inline.html', sitePage({ body }));
    const { page, context } = await openPage(browser);
    await storeDecision(context, url, everything(true));
    await page.goto(url);
    await expect.poll(() => marks(page)).toEqual(['tagged', 'plain']);
    await context.close();
  });

  it('holds a script tagged data-consent="necessary" behind the tagged external script before it', async () => {
    const body = tag('analytics', 'src="/slow-lib.js">') + tag('necessary', `>mark(window.lib ? 'user-saw-lib' : 'user-without-lib')`);
    const url = server.page('/parse-necessary.html', sitePage({ body }));
    const { page, context } = await openPage(browser);
    await storeDecision(context, url, everything(true));
    await page.goto(url);
    await expect.poll(() => marks(page)).toEqual(['slow-lib', 'user-saw-lib']);
    await context.close();
  });
});

describe('500 tagged scripts on one page', () => {
  const many = Array.from({ length: 500 }, (_, i) =>
    i % 100 === 50 ? tag('analytics', `src="/step.js?${i}">`) : tag(i % 2 ? 'analytics' : 'ads', `>mark(${i})`),
  ).join('\n');
  const expected = Array.from({ length: 500 }, (_, i) => i);

  it('runs all of them once, in document order, after Accept all', async () => {
    server.route('/step.js', js(`mark(Number(document.currentScript.src.split('?')[1]))`, 30));
    const url = server.page('/many.html', sitePage({ body: many }));
    const { page, context } = await openPage(browser);
    await page.goto(url);
    expect(await marks(page)).toEqual([]);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => marks(page)).toEqual(expected);
    await context.close();
  });

  it('runs all of them once, in document order, while parsing with consent stored', async () => {
    const url = server.page('/many-stored.html', sitePage({ body: many }));
    const { page, context } = await openPage(browser);
    await storeDecision(context, url, everything(true));
    await page.goto(url);
    await gateReady(page);
    await expect.poll(() => marks(page)).toEqual(expected);
    await context.close();
  });
});
