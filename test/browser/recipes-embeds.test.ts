/**
 * The embed recipes of docs/recipes.md (YouTube, Vimeo, Google Maps), taken from the page as
 * printed, on a shop page with consent-gate deferred, against local stand-ins of each provider's
 * embed page served from the provider's real host names (fixtures/vendors/).
 */
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gateReady, storeDecision } from './gate-helpers';
import { openPage, type TestServer } from './harness';
import { recipe, routeVendors, shopPage, useVendorSite, type VendorRequest } from './fixtures/vendors/vendors';

/** Waits on a condition: vendor code arrives over several requests, so allow a loaded machine 10 s. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

let server: TestServer;
let browser: Browser;
let origin: string;
useVendorSite((s, b, o) => {
  [server, browser, origin] = [s, b, o];
});

interface Embed {
  heading: string;
  /** The iframe's title, which the placeholder shows. */
  title: string;
  /** The address the frame loads. */
  src: string;
  /** The stand-in scripts that run inside the frame, each once. */
  runs: string[];
  /** Requests the frame's code makes after its page and script (hits, tiles). */
  hit: RegExp;
  /** The provider's own cookies, as `name@domain`. */
  cookies: string[];
}

const EMBEDS: Embed[] = [
  {
    heading: 'YouTube',
    title: 'YouTube video: how we bake our bread',
    src: 'https://www.youtube-nocookie.com/embed/VIDEO_ID',
    runs: ['youtube-player'],
    hit: /^https:\/\/www\.youtube-nocookie\.com\/youtubei\/v1\/log_event\?alt=json$/,
    // The privacy-enhanced embed sets its cookies only when the video plays.
    cookies: [],
  },
  {
    heading: 'Vimeo',
    title: 'Vimeo video: our shop',
    src: 'https://player.vimeo.com/video/123456789',
    runs: ['vimeo-player'],
    hit: /^https:\/\/fresnel\.vimeocdn\.com\/add\/player-stats\?beacon=1$/,
    cookies: ['vuid@.vimeo.com'],
  },
  {
    heading: 'Google Maps',
    title: 'Map: how to find our shop',
    src: 'https://www.google.com/maps/embed?pb=YOUR_EMBED_PARAMETERS',
    runs: ['maps-init'],
    hit: /^https:\/\/maps\.googleapis\.com\/maps\/vt\?pb=/,
    cookies: ['NID@.google.com'],
  },
];

const otherCookies = async (context: BrowserContext) =>
  (await context.cookies())
    .filter((c) => c.name !== 'consent_gate')
    .map((c) => `${c.name}@${c.domain}`)
    .sort();
const embedFrame = (page: Page, e: Embed): Frame | undefined => page.frames().find((f) => f.url() === e.src);
const frameRuns = async (page: Page, e: Embed) =>
  (await embedFrame(page, e)?.evaluate(() => (window as unknown as { standIn?: { runs: string[] } }).standIn?.runs ?? [])) ?? [];

async function visit(e: Embed, path: string) {
  server.page(path, shopPage({ recipe: recipe(e.heading), inBody: true }));
  const opened = await openPage(browser);
  const requests = await routeVendors(opened.context);
  return { ...opened, url: origin + path, requests };
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await gateReady(page);
}

/** The frame shows nothing of the provider: no request, no cookie, the placeholder named after the title in its place. */
async function expectBlocked(page: Page, context: BrowserContext, requests: VendorRequest[], e: Embed) {
  expect(requests).toEqual([]);
  expect(await otherCookies(context)).toEqual([]);
  expect(await page.locator('iframe').getAttribute('src')).toBeNull();
  await poll(() => page.getByText(e.title).isVisible()).toBe(true);
}

describe.each(EMBEDS)('recipe: $heading', (e) => {
  const slug = e.heading.toLowerCase().replace(/\W+/g, '-');

  it('requests nothing from the provider before a choice, nor after Reject all, and shows the placeholder', async () => {
    const { page, context, url, requests, errors } = await visit(e, `/e/${slug}-reject.html`);
    await page.goto(url);
    await settle(page);
    await expectBlocked(page, context, requests, e);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await poll(() => page.evaluate(() => window.consentGate.get().decided)).toBe(true);
    await page.waitForLoadState('networkidle');
    await expectBlocked(page, context, requests, e);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("after the placeholder's Allow: loads the embed once, its code runs, the provider's cookies and requests follow", async () => {
    const { page, context, url, requests, errors } = await visit(e, `/e/${slug}-allow.html`);
    await page.goto(url);
    await settle(page);
    expect(requests).toEqual([]);
    await page.getByRole('button', { name: 'Allow Customization' }).click();
    await poll(() => frameRuns(page, e)).toEqual(e.runs);
    await poll(() => requests.filter((r) => e.hit.test(r.url)).length).toBe(1);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((r) => r.url === e.src)).toHaveLength(1);
    expect(requests.filter((r) => !r.known)).toEqual([]);
    expect(await frameRuns(page, e)).toEqual(e.runs);
    expect(await otherCookies(context)).toEqual(e.cookies);
    // Only the purpose the placeholder named was granted.
    expect(await page.evaluate(() => window.consentGate.get().purposes)).toEqual({ analytics: false, ads: false, customization: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('withdrawing customization reloads once into the placeholder; nothing is requested from the provider again', async () => {
    const { page, context, url, requests } = await visit(e, `/e/${slug}-withdraw.html`);
    await storeDecision(context, url, { analytics: false, ads: false, customization: true });
    await page.goto(url);
    await poll(() => frameRuns(page, e)).toEqual(e.runs);
    await page.waitForLoadState('networkidle');
    const before = requests.length;
    await page.getByRole('link', { name: 'Cookie settings' }).click();
    await page.getByRole('switch', { name: 'Customization' }).uncheck();
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Save choices' }).click();
    await reloaded;
    await settle(page);
    expect(requests.slice(before)).toEqual([]);
    expect(await page.locator('iframe').getAttribute('src')).toBeNull();
    await poll(() => page.getByText(e.title).isVisible()).toBe(true);
    // The provider's own cookies live on its domain: no script of the site can delete them (docs/recipes.md).
    expect(await otherCookies(context)).toEqual(e.cookies);
    await context.close();
  });
});
