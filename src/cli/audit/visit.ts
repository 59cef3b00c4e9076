/**
 * One visit in a fresh browser context: load, wait for a quiet network, answer
 * the banner (or not), reload, follow the planned pages, and record what the
 * browser holds and sent. Classification happens later, once the site's
 * declarations are known.
 */
import type { Browser, Page } from 'playwright-core';
import { answerBanner, waitForBanner, waitForButton } from './banner';
import { detectTool, installSetterNotes, readConsentGate, readLinks, readStorageKeys, readTagged, readUntaggedScripts } from './in-page';
import { watchNetwork, type NetworkWatch, type RawRequest } from './network';
import { plainUrl, sameSite } from './site';
import type { ActionRecord, SetBy, TaggedRecord, VisitName } from './types';

export interface VisitPlan {
  name: VisitName;
  url: string;
  /** Further pages of the site to load after the start page, or how many same-site links of the start page to follow. */
  pages: string[] | { follow: number };
  /** CSS selector of the button to click (--reject / --accept). */
  selector?: string;
  timeoutMs: number;
  /** Whether to take screenshots (for the HTML report). */
  screenshots: boolean;
  progress(text: string): void;
}

export interface RawCookie {
  name: string;
  domain: string;
  path: string;
  expires: string | null;
  secure: boolean;
  httpOnly: boolean;
  sameSite: 'Strict' | 'Lax' | 'None';
  party: 'first' | 'third';
  setBy: SetBy | null;
}

export interface RawStorage {
  area: 'localStorage' | 'sessionStorage';
  key: string;
  origin: string;
  setBy: SetBy | null;
}

export interface RawVisit {
  name: VisitName;
  action: ActionRecord;
  pages: string[];
  cookies: RawCookie[];
  storage: RawStorage[];
  requests: RawRequest[];
  tagged: TaggedRecord[];
  durationMs: number;
  notes: string[];
  /** JPEG screenshots: the page as loaded (with its notice), and after the decision and reload. */
  shots: { label: string; jpeg: Buffer }[];
  consentGate: Awaited<ReturnType<typeof readConsentGate>>;
  /** Links of the start page (when following them), and its untagged external scripts (first visit only). */
  links: string[];
  untaggedScripts: string[];
  /** Whether Reject all / Accept all buttons were seen (first visit), and the tool recognised by its global. */
  banner: { reject: string | null; accept: string | null; tool: string | null };
}

const BANNER_WAIT_MS = 5000;

async function load(page: Page, watch: NetworkWatch, url: string | null, plan: VisitPlan, notes: string[]): Promise<void> {
  const what = url ?? 'reload';
  plan.progress(`${plan.name}: loading ${url ?? 'the page again'}`);
  try {
    if (url) await page.goto(url, { waitUntil: 'load', timeout: plan.timeoutMs });
    else await page.reload({ waitUntil: 'load', timeout: plan.timeoutMs });
  } catch (error) {
    notes.push(`${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  await settle(watch, plan, notes);
}

async function settle(watch: NetworkWatch, plan: VisitPlan, notes: string[]): Promise<void> {
  plan.progress(`${plan.name}: waiting for the network to be quiet`);
  if (!(await watch.quiet(Math.min(plan.timeoutMs, 15_000)))) notes.push('the network was still busy when the page was recorded');
}

function shoot(page: Page): Promise<Buffer | null> {
  return page.screenshot({ type: 'jpeg', quality: 60, timeout: 10_000 }).catch(() => null);
}

/**
 * Runs one visit and closes its context.
 *
 * @example
 * const first = await runVisit(browser, { name: 'first', url, pages: [], timeoutMs: 30_000, screenshots: false, progress: console.error });
 */
export async function runVisit(browser: Browser, plan: VisitPlan): Promise<RawVisit> {
  const started = Date.now();
  const siteHost = new URL(plan.url).hostname;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const notes: string[] = [];
  const scriptSet = new Map<string, SetBy>();
  await context.exposeBinding('__consentGateAuditNote', (_source, kind: string, name: string, script: string) => {
    const url = plainUrl(script);
    if (url && !scriptSet.has(kind + ':' + name)) scriptSet.set(kind + ':' + name, { kind: 'script', url });
  });
  await context.addInitScript(installSetterNotes);
  const watch = watchNetwork(context, siteHost);
  const shots: RawVisit['shots'] = [];
  try {
    const page = await context.newPage();
    await load(page, watch, plan.url, plan, notes);
    const consentGate = await page.evaluate(readConsentGate).catch(() => null);
    let action: ActionRecord = { wanted: 'none', method: 'none' };
    const banner = { reject: null as string | null, accept: null as string | null, tool: null as string | null };
    if (plan.name === 'first') {
      plan.progress('first: looking for a consent banner');
      Object.assign(banner, await waitForBanner(page, ['reject', 'accept'], BANNER_WAIT_MS));
      banner.tool = await page.evaluate(detectTool).catch(() => null);
    } else {
      plan.progress(
        `${plan.name}: ${plan.selector ? 'clicking ' + plan.selector : `looking for the ${plan.name === 'reject' ? 'Reject' : 'Accept'} button`}`,
      );
      // The screenshot of the notice is taken once it is there.
      if (!plan.selector) await waitForButton(page, plan.name, BANNER_WAIT_MS);
    }
    const before = plan.screenshots ? await shoot(page) : null;
    if (before) shots.push({ label: plan.name === 'first' ? 'on arrival' : 'with the notice', jpeg: before });
    const links = Array.isArray(plan.pages) ? [] : await page.evaluate(readLinks).catch(() => []);
    const untaggedScripts = plan.name === 'first' ? await page.evaluate(readUntaggedScripts).catch(() => []) : [];
    if (plan.name !== 'first') {
      action = await answerBanner(page, plan.name, { selector: plan.selector, consentGate: !!consentGate, waitMs: 0 });
      plan.progress(`${plan.name}: ${action.method === 'none' ? action.note : `answered (${action.name})`}`);
      // Without a decision a reload would only repeat the first load.
      if (action.method !== 'none') {
        await settle(watch, plan, notes);
        watch.restart();
        await load(page, watch, null, plan, notes);
        const after = plan.screenshots ? await shoot(page) : null;
        if (after) shots.push({ label: 'after the decision and a reload', jpeg: after });
      }
    }
    const tagged = await page.evaluate(readTagged).catch(() => []);
    const storage = new Map<string, RawStorage>();
    const readStorage = async () => {
      const keys = await page.evaluate(readStorageKeys).catch(() => null);
      if (!keys) return;
      for (const area of ['localStorage', 'sessionStorage'] as const) {
        for (const key of keys[area]) {
          storage.set(`${keys.origin} ${area} ${key}`, { area, key, origin: keys.origin, setBy: scriptSet.get(area + ':' + key) ?? null });
        }
      }
    };
    await readStorage();
    const visited = [page.url()];
    const start = page.url();
    const more = Array.isArray(plan.pages)
      ? plan.pages
      : links
          .filter((link) => sameSite(new URL(link).hostname, siteHost) && link !== start && link !== plan.url)
          .slice(0, plan.pages.follow);
    for (const url of more) {
      await load(page, watch, url, plan, notes);
      visited.push(page.url());
      await readStorage();
    }
    const cookies: RawCookie[] = (await context.cookies()).map((c) => ({
      name: c.name,
      domain: c.domain,
      path: c.path,
      expires: c.expires > 0 ? new Date(c.expires * 1000).toISOString() : null,
      secure: c.secure,
      httpOnly: c.httpOnly,
      sameSite: c.sameSite,
      party: sameSite(c.domain, siteHost) ? 'first' : 'third',
      setBy: watch.setBy.get(c.name) ?? scriptSet.get('cookie:' + c.name) ?? null,
    }));
    const requests = await watch.requests();
    return {
      name: plan.name,
      action,
      pages: visited,
      cookies,
      storage: [...storage.values()],
      requests,
      tagged,
      durationMs: Date.now() - started,
      notes,
      shots,
      consentGate,
      links,
      untaggedScripts,
      banner,
    };
  } finally {
    await context.close();
  }
}
