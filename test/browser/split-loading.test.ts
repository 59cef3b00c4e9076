/**
 * Issue 14: the core loads the notice's file only when something is to be
 * shown, and a UI file that cannot load never lets a tracker run. Both files
 * are served from the same folder, as a site owner would host them; failures
 * are served from a folder of their own (`data-ui-base`).
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { everything, gateReady, marks, storeDecision } from './gate-helpers';
import { openPage, type Route, sitePage, useSite, type TestServer } from './harness';
import { jsonConfig } from './ui-helpers';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
});

const uiFile = (lang: string) => readFileSync(new URL(`../../dist/consent-gate-ui.${lang}.min.js`, import.meta.url));
const serveUi = (path: string, lang = 'en') => server.route(path, { body: uiFile(lang), type: 'text/javascript' });

const CORE = '/dist/consent-gate.min.js';
const CHECK = '/dist/consent-gate-check.min.js';

/** Our files the browser requested for this page, in order (the server's log, from `since` on). */
const fetched = (since: number) => server.log.slice(since).filter((p) => /consent-gate/.test(p));

const trackers = `
<script type="text/plain" data-consent="analytics">mark('analytics')</script>
<script type="text/plain" data-consent="ads">mark('ads')</script>`;

/** A fresh page whose requests' initial priorities (as Chromium's network stack saw them) are recorded by path. */
async function openWithPriorities() {
  const opened = await openPage(browser);
  const cdp = await opened.context.newCDPSession(opened.page);
  const priorities = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', ({ request }) => priorities.set(new URL(request.url).pathname, request.initialPriority));
  await cdp.send('Network.enable');
  return { ...opened, priorities };
}

async function visible(page: Page, name: string) {
  await expect.poll(() => page.getByRole('button', { name, exact: true }).first().isVisible(), { timeout: 15_000 }).toBe(true);
}

describe('what a page view downloads', () => {
  it("a returning visitor's page fetches only the core", async () => {
    const url = server.page('/split/returning.html', sitePage({ body: trackers }));
    const { page, context, errors } = await openPage(browser);
    await storeDecision(context, url, everything(true));
    const since = server.log.length;
    await page.goto(url, { waitUntil: 'networkidle' });
    await gateReady(page);
    expect(await marks(page)).toEqual(['analytics', 'ads']);
    expect(fetched(since)).toEqual(['/dist/consent-gate.min.js']);
    // The browser's own record agrees (the favicon aside).
    const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    expect(resources.filter((p) => p !== '/favicon.ico')).toEqual(['/dist/consent-gate.min.js']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a first visit fetches the core and exactly one UI file, in the visitor's language", async () => {
    const url = server.page('/split/first.html', sitePage({ lang: 'de-AT', body: trackers }));
    const { page, context, errors, warnings } = await openPage(browser, { locale: 'fr-FR' });
    const since = server.log.length;
    await page.goto(url);
    await visible(page, 'Alle akzeptieren');
    await page.waitForLoadState('networkidle');
    expect(fetched(since)).toEqual(['/dist/consent-gate.min.js', '/dist/consent-gate-ui.de.min.js']);
    expect(await marks(page)).toEqual([]);
    expect([errors, warnings]).toEqual([[], []]);
    await context.close();
  });

  it('a first visit asks for the UI file at high priority, as the notice is what the visitor waits for', async () => {
    const url = server.page('/split/priority.html', sitePage({ body: trackers }));
    const { page, context, priorities } = await openWithPriorities();
    await page.goto(url);
    await visible(page, 'Accept all');
    // Chromium's default for an inserted async script is Low, held back while the parser is in <head>.
    expect(priorities.get('/dist/consent-gate-ui.en.min.js')).toBe('High');
    await context.close();
  });

  it('a language without a built-in file gets the English file and the texts the JSON config gives for it', async () => {
    const config = jsonConfig({ texts: { sv: { acceptAll: 'Godkänn alla' } } });
    const url = server.page('/split/sv.html', sitePage({ lang: 'sv', head: config }));
    const { page, context, errors, warnings } = await openPage(browser);
    const since = server.log.length;
    await page.goto(url);
    await visible(page, 'Godkänn alla');
    expect(await page.getByRole('button', { name: 'Reject all' }).isVisible()).toBe(true);
    // A valid JSON config gives the check file nothing to tell: it is not fetched, and nothing is said.
    await page.waitForLoadState('networkidle');
    expect(fetched(since)).toEqual([CORE, '/dist/consent-gate-ui.en.min.js']);
    expect([errors, warnings]).toEqual([[], []]);
    await context.close();
  });
});

describe('the JSON config check file (consent-gate-check.min.js)', () => {
  const problems = jsonConfig({
    cookies: { analytics: ['_ga'] },
    purposes: { analytics: { label: 'Statistics', cookies: [{ name: '_ga', expires: '2y' }] } },
    texts: { en: { acceptAl: 'Yes to all', acceptAll: 'Allow everything' } },
  });
  const told = [
    'consent-gate: the JSON config key "cookies" is not known and is ignored; did you mean purposes.<id>.cookies?',
    'consent-gate: the JSON config key "purposes.analytics.cookies[0].expires" is not known and is ignored; did you mean purposes.analytics.cookies[0].duration?',
    'consent-gate: the JSON config key "texts.en.acceptAl" is not known and is ignored; did you mean texts.en.acceptAll?',
  ];

  it('a first visit with a JSON config that has problems fetches the core, one UI file and the check file, which tells each problem once', async () => {
    const url = server.page('/split/check.html', sitePage({ head: problems, body: trackers }));
    const { page, context, errors, warnings } = await openPage(browser);
    const since = server.log.length;
    await page.goto(url);
    await visible(page, 'Allow everything');
    await expect.poll(() => warnings).toEqual(told);
    await page.waitForLoadState('networkidle');
    // The UI file, having met problems as it read the config, loads the check file once it mounts: core, then UI, then check.
    expect(fetched(since)).toEqual([CORE, '/dist/consent-gate-ui.en.min.js', CHECK]);
    // Opening the dialog (the UI is loaded) neither fetches nor tells anything again.
    await page.getByRole('button', { name: 'Customize' }).click();
    await visible(page, 'Save choices');
    expect(await page.getByText('Statistics').count()).toBeGreaterThan(0);
    expect(fetched(since)).toHaveLength(3);
    expect(warnings).toEqual(told);
    expect(await marks(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the check file is asked for at low priority: it only warns the site owner, the notice is already shown', async () => {
    const url = server.page('/split/check-priority.html', sitePage({ head: problems, body: trackers }));
    const { page, context, priorities } = await openWithPriorities();
    await page.goto(url);
    await visible(page, 'Allow everything');
    await expect.poll(() => priorities.get(CHECK)).toBe('Low');
    expect(priorities.get('/dist/consent-gate-ui.en.min.js')).toBe('High');
    await context.close();
  });

  it('a first visit with a JSON config without a problem fetches exactly the core and one UI file, and tells nothing', async () => {
    const valid = jsonConfig({
      purposes: { analytics: { label: { en: 'Statistics', de: 'Statistik' }, cookies: ['_ga', { name: '_gid', duration: '1 day' }] } },
      texts: { en: { acceptAll: 'Allow everything' } },
    });
    const url = server.page('/split/check-valid.html', sitePage({ head: valid, body: trackers }));
    const { page, context, errors, warnings } = await openPage(browser);
    const since = server.log.length;
    await page.goto(url);
    await visible(page, 'Allow everything');
    await page.getByRole('button', { name: 'Customize' }).click();
    await visible(page, 'Save choices');
    expect(await page.getByText('Statistics').count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(fetched(since)).toEqual([CORE, '/dist/consent-gate-ui.en.min.js']);
    expect([errors, warnings]).toEqual([[], []]);
    await context.close();
  });

  it("a returning visitor's page with a JSON config fetches only the core, and tells nothing", async () => {
    const url = server.page('/split/check-returning.html', sitePage({ head: problems, body: trackers }));
    const { page, context, errors, warnings } = await openPage(browser);
    await storeDecision(context, url, everything(true));
    const since = server.log.length;
    await page.goto(url, { waitUntil: 'networkidle' });
    await gateReady(page);
    expect(await marks(page)).toEqual(['analytics', 'ads']);
    expect(fetched(since)).toEqual([CORE]);
    expect([errors, warnings]).toEqual([[], []]);
    await context.close();
  });

  /**
   * The UI files from `folder`, the check file as `check` serves it: one
   * warning names its URL and why, the notice shows the config's texts, and
   * nothing runs before a choice.
   */
  async function failingCheck(folder: string, check: Route, why: string) {
    serveUi(`/${folder}/consent-gate-ui.en.min.js`);
    server.route(`/${folder}/${CHECK.split('/').pop()}`, check);
    const html = sitePage({ head: problems, attrs: `data-ui-base="/${folder}/"`, body: trackers });
    const url = server.page(`/split/${folder}.html`, html);
    const { page, context, errors, warnings } = await openPage(browser);
    await page.goto(url);
    await visible(page, 'Allow everything');
    await expect.poll(() => warnings.length).toBe(1);
    expect(warnings[0]).toMatch(/^consent-gate: the JSON config's check could not be loaded from http:\/\/127\.0\.0\.1:\d+\//);
    expect(warnings[0]).toContain(`/${folder}/consent-gate-check.min.js: ${why}; the JSON config's problems could not be told`);
    expect(await marks(page)).toEqual([]);
    await page.getByRole('button', { name: 'Allow everything' }).click();
    await expect.poll(() => marks(page)).toEqual(['analytics', 'ads']);
    expect(warnings).toHaveLength(1);
    expect(errors).toEqual([]);
    // The fetch that asked why is let go once its status is read: no request stays open.
    await page.waitForLoadState('networkidle', { timeout: 10_000 });
    await context.close();
  }

  it('a check file that is not there (404): one warning names its URL; the notice shows the config, trackers wait for consent', async () => {
    await failingCheck('check404', { body: 'not found', status: 404, type: 'text/plain' }, 'HTTP 404');
  });

  it('a changed check file (integrity): one warning says so; the notice shows the config, trackers wait for consent', async () => {
    const changed = readFileSync(new URL(`../..${CHECK}`, import.meta.url)) + '\n// changed';
    await failingCheck(
      'checksri',
      { body: changed, type: 'text/javascript' },
      'its SHA-384 is not the one built into consent-gate: a changed or stale file (integrity)',
    );
  });
});

describe('loaded on demand', () => {
  it('a [data-consent-open] click loads the UI and opens the dialog', async () => {
    const url = server.page('/split/open.html', sitePage({ body: '<button data-consent-open id="open">Privacy settings</button>' }));
    const { page, context, errors } = await openPage(browser);
    await storeDecision(context, url, everything(false));
    const since = server.log.length;
    await page.goto(url, { waitUntil: 'networkidle' });
    expect(fetched(since)).toEqual(['/dist/consent-gate.min.js']);
    await page.click('#open');
    await visible(page, 'Save choices');
    expect(fetched(since)).toEqual(['/dist/consent-gate.min.js', '/dist/consent-gate-ui.en.min.js']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a blocked iframe loads the UI for its placeholder, whose Allow activates it', async () => {
    const body = '<iframe data-consent="ads" data-src="/split/frame.html" title="Map" width="300" height="150"></iframe>';
    server.page('/split/frame.html', '<p>frame</p>');
    const url = server.page('/split/iframe.html', sitePage({ body }));
    const { page, context, errors } = await openPage(browser);
    await storeDecision(context, url, { ...everything(true), ads: false });
    const since = server.log.length;
    await page.goto(url);
    await visible(page, 'Allow Ad tracking');
    expect(fetched(since)).toEqual(['/dist/consent-gate.min.js', '/dist/consent-gate-ui.en.min.js']);
    await page.getByRole('button', { name: 'Allow Ad tracking' }).click();
    await expect.poll(() => page.locator('iframe').getAttribute('src')).toBe('/split/frame.html');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reset() in another tab loads the notice in this one', async () => {
    const url = server.page('/split/tabs.html', sitePage({}));
    const { page, context, errors } = await openPage(browser);
    await storeDecision(context, url, everything(true));
    const since = server.log.length;
    await page.goto(url, { waitUntil: 'networkidle' });
    const other = await context.newPage();
    await other.goto(url);
    await gateReady(other);
    expect(fetched(since)).toEqual(['/dist/consent-gate.min.js', '/dist/consent-gate.min.js']);
    await other.evaluate(() => window.consentGate.reset());
    // The message reaches this tab at once (BroadcastChannel); the visitor then comes back to it.
    await expect.poll(() => server.log.slice(since).includes('/dist/consent-gate-ui.en.min.js'), { timeout: 15_000 }).toBe(true);
    await page.bringToFront();
    await visible(page, 'Accept all');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a UI file that cannot load', () => {
  /** Loads the page, waits for the one warning, checks nothing ran and nothing broke. */
  async function failing(path: string, html: string, headers?: Record<string, string>) {
    const url = server.page(path, html, headers);
    const { page, context, errors, warnings } = await openPage(browser);
    await page.goto(url);
    await gateReady(page);
    await expect.poll(() => warnings.filter((w) => w.includes('could not be loaded')).length, { timeout: 10_000 }).toBe(1);
    // The fetch that asked why is let go once its status is read: no request stays open.
    await page.waitForLoadState('networkidle', { timeout: 10_000 });
    expect(await marks(page)).toEqual([]);
    expect(await page.locator('consent-gate').count()).toBe(0);
    expect(errors).toEqual([]);
    return { page, context, errors, warnings };
  }

  it('404: every tracker stays blocked, one warning names the URL and why; show() works once the file is there', async () => {
    server.route('/ui404/consent-gate-ui.en.min.js', { body: 'not found', status: 404, type: 'text/plain' });
    const html = sitePage({ attrs: 'data-ui-base="/ui404/"', body: trackers });
    const { page, context, errors, warnings } = await failing('/split/404.html', html);
    expect(warnings.find((w) => w.includes('could not be loaded'))).toMatch(
      /^consent-gate: the notice could not be loaded from http:\/\/127\.0\.0\.1:\d+\/ui404\/consent-gate-ui\.en\.min\.js: HTTP 404; every tagged element stays blocked/,
    );
    // Still failing: tried again (the script, then the fetch that asks why), not told again.
    await page.evaluate(() => window.consentGate.show());
    await expect.poll(() => server.log.filter((p) => p === '/ui404/consent-gate-ui.en.min.js').length).toBe(4);
    serveUi('/ui404/consent-gate-ui.en.min.js');
    await page.evaluate(() => window.consentGate.show());
    await visible(page, 'Save choices');
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => marks(page)).toEqual(['analytics', 'ads']);
    expect(warnings.filter((w) => w.includes('could not be loaded'))).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('integrity mismatch (a changed file): blocked, one warning says so; show() works once the right file is served', async () => {
    server.route('/uisri/consent-gate-ui.en.min.js', { body: uiFile('en') + '\n// changed', type: 'text/javascript' });
    const html = sitePage({ attrs: 'data-ui-base="/uisri/"', body: trackers });
    const { page, context, errors, warnings } = await failing('/split/sri.html', html);
    expect(warnings.find((w) => w.includes('could not be loaded'))).toContain(
      '/uisri/consent-gate-ui.en.min.js: its SHA-384 is not the one built into consent-gate',
    );
    serveUi('/uisri/consent-gate-ui.en.min.js');
    await page.click('body'); // a visitor's click elsewhere loads nothing
    await page.evaluate(() => window.consentGate.show());
    await visible(page, 'Save choices');
    expect(await marks(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refused by the CSP: blocked, one warning says so, retries stay quiet; consentGate.accept() still runs the trackers', async () => {
    // The policy allows the core by URL, not the folder the UI is served from.
    const csp = `script-src 'unsafe-inline' ${server.url}/dist/consent-gate.min.js`;
    serveUi('/uicsp/consent-gate-ui.en.min.js');
    const html = sitePage({ attrs: 'data-ui-base="/uicsp/" data-purposes="analytics ads"', body: trackers });
    const { page, context, errors, warnings } = await failing('/split/csp.html', html, { 'content-security-policy': csp });
    expect(warnings.find((w) => w.includes('could not be loaded'))).toContain(
      "/uicsp/consent-gate-ui.en.min.js: refused by the page's Content-Security-Policy",
    );
    await page.evaluate(() => window.consentGate.show());
    await page.evaluate(() => window.consentGate.show());
    await page.evaluate(() => window.consentGate.accept());
    await expect.poll(() => marks(page)).toEqual(['analytics', 'ads']);
    expect(warnings.filter((w) => w.includes('could not be loaded'))).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a [data-consent-open] click tries again', async () => {
    server.route('/uiclick/consent-gate-ui.en.min.js', { body: 'gone', status: 503, type: 'text/plain' });
    const html = sitePage({
      attrs: 'data-ui-base="/uiclick/"',
      body: `${trackers}<a href="#" data-consent-open id="open">Cookie settings</a>`,
    });
    const { page, context, errors, warnings } = await failing('/split/click.html', html);
    expect(warnings.find((w) => w.includes('could not be loaded'))).toContain('HTTP 503');
    serveUi('/uiclick/consent-gate-ui.en.min.js');
    await page.click('#open');
    await visible(page, 'Save choices');
    expect(errors).toEqual([]);
    await context.close();
  });
});
