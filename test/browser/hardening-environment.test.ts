import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { js, marks } from './gate-helpers';
import { useSite, openPage, sitePage, type TestServer } from './harness';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
  server.route('/env/slow.js', js(`mark('slow')`, 2500));
  server.route('/env/ext.js', js(`mark('ext')`));
});

const trackers = `
<script type="text/plain" data-consent="analytics">mark('analytics')</script>
<script type="text/plain" data-consent="ads">mark('ads')</script>
<script type="text/plain" data-consent="!analytics">mark('no-analytics')</script>
<script>mark('necessary')</script>`;

const ours = (w: string[]) => w.filter((m) => m.startsWith('consent-gate:'));
const dialogs = (page: Page) => page.getByRole('dialog').count();

/** Opens `html` at a fresh path with `init` run before any page script. */
async function open(path: string, html: string, init?: string) {
  const url = server.page(path, html);
  const opened = await openPage(browser);
  if (init) await opened.context.addInitScript(init);
  await opened.page.goto(url);
  return opened;
}

describe('cookies that do not work', () => {
  const cases = {
    'document.cookie throws': `Object.defineProperty(Document.prototype, 'cookie', { get() { throw new DOMException('blocked', 'SecurityError'); }, set() { throw new DOMException('blocked', 'SecurityError'); } });`,
    'cookies are disabled': `Object.defineProperty(Document.prototype, 'cookie', { get() { return ''; }, set() {} });`,
  };
  for (const [name, init] of Object.entries(cases)) {
    it(`${name}: the notice works for the page view, nothing optional runs before a choice, and it is not asked again`, async () => {
      const { page, context, errors, warnings } = await open(`/env/cookies-${name.length}.html`, sitePage({ body: trackers }), init);
      await expect.poll(() => dialogs(page)).toBe(1);
      expect(await marks(page)).toEqual(['necessary']);
      await page.getByRole('button', { name: 'Accept all' }).click();
      await expect.poll(() => marks(page)).toEqual(['necessary', 'analytics', 'ads']);
      await expect.poll(() => dialogs(page)).toBe(0);
      // Tab sync re-reads the cookie on focus: the in-memory choice must survive it, no second notice.
      await page.evaluate(() => {
        window.dispatchEvent(new Event('focus'));
        document.dispatchEvent(new Event('visibilitychange'));
      });
      expect(await page.evaluate(() => window.consentGate.get().decided)).toBe(true);
      expect(await dialogs(page)).toBe(0);
      expect(ours(warnings)).toEqual([
        'consent-gate: the browser did not store the consent cookie; the choice holds for this page view only',
      ]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('storage and BroadcastChannel unavailable', () => {
  it('decides, clears declared storage without throwing and keeps the page working', async () => {
    const init = `
      delete window.BroadcastChannel;
      for (const name of ['localStorage', 'sessionStorage'])
        Object.defineProperty(window, name, { get() { throw new DOMException('denied', 'SecurityError'); } });`;
    const head = `<script type="application/json" id="consent-gate-config">{"purposes":{"analytics":{"cookies":["_stat_*"]}}}</script>`;
    const { page, context, errors, warnings } = await open('/env/no-storage.html', sitePage({ head, body: trackers }), init);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => marks(page)).toEqual(['necessary', 'no-analytics']);
    expect((await context.cookies())[0]?.value).toMatch(/~!analytics\.!ads\.!customization\.!login$/);
    expect(ours(warnings)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a sandboxed iframe (opaque origin: cookies and storage throw)', () => {
  it('shows the notice inside the frame, runs nothing before a choice, and activates after Accept all', async () => {
    const inner = `<!doctype html><html lang="en"><head><script>window.ran=[];window.mark=(n)=>ran.push(n);window.errs=[];addEventListener('error',(e)=>errs.push(String(e.message)));</script>
      <script src="/dist/consent-gate.min.js"></script></head><body><p>framed</p>
      <script type="text/plain" data-consent="analytics">mark('analytics')</script></body></html>`;
    const srcdoc = inner.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    const html = `<!doctype html><html><body><iframe sandbox="allow-scripts" style="width:600px;height:500px" srcdoc="${srcdoc}"></iframe></body></html>`;
    const { page, context, errors } = await open('/env/sandbox.html', html);
    const frame = page.frameLocator('iframe');
    const accept = frame.getByRole('button', { name: 'Accept all' });
    await expect.poll(() => accept.isVisible()).toBe(true);
    const inside = page.frames()[1]!;
    expect(await inside.evaluate(() => (document.cookie === undefined ? 'none' : 'readable')).catch(() => 'throws')).toBe('throws');
    expect(await inside.evaluate(() => window.ran)).toEqual([]);
    await accept.click();
    await expect.poll(() => inside.evaluate(() => window.ran)).toEqual(['analytics']);
    expect(await inside.evaluate(() => (window as unknown as { errs: string[] }).errs)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a page that changed built-ins or took our names', () => {
  it('with enumerable junk on Object.prototype and Array.prototype, grants nothing it was not given', async () => {
    const head = `<script>
      Object.prototype.ads = true; Object.prototype.video = true; Object.prototype.polluted = 'page';
      // Old-library style: enumerable additions, and built-ins replaced by (correct) polyfills.
      Array.prototype.extra = function () {};
      Array.prototype.includes = function (x) { for (var i = 0; i < this.length; i++) if (this[i] === x) return true; return false; };
      Object.assign = function (t) { for (var i = 1; i < arguments.length; i++) for (var k in arguments[i]) t[k] = arguments[i][k]; return t; };
    </script>`;
    const { page, context, errors } = await open('/env/proto.html', sitePage({ head, body: trackers }));
    await expect.poll(() => dialogs(page)).toBe(1);
    expect(await marks(page)).toEqual(['necessary']);
    expect(
      await page.evaluate(() => [window.consentGate.has('ads'), window.consentGate.has('video'), window.consentGate.get().decided]),
    ).toEqual([false, false, false]);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => marks(page)).toEqual(['necessary', 'no-analytics']);
    expect(await page.evaluate(() => window.consentGate.has('video'))).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with JSON, Promise and MutationObserver replaced or removed, still shows the notice and gates in order', async () => {
    const head = `<script>
      window.JSON = { parse() { throw new Error('page JSON'); }, stringify() { throw new Error('page JSON'); } };
      window.Promise = function () { throw new Error('page Promise'); };
      window.MutationObserver = undefined;
    </script>
    <script type="application/json" id="consent-gate-config">{"texts":{"en":{"title":"T"}}}</script>`;
    const body = `${trackers}<script type="text/plain" data-consent="analytics" src="/env/ext.js"></script>
      <script type="text/plain" data-consent="analytics">mark('after-ext')</script>`;
    const { page, context, errors, warnings } = await open('/env/builtins.html', sitePage({ head, body }));
    await expect.poll(() => dialogs(page)).toBe(1);
    expect(await marks(page)).toEqual(['necessary']);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => marks(page)).toEqual(['necessary', 'analytics', 'ads', 'ext', 'after-ext']);
    await expect.poll(() => dialogs(page)).toBe(0);
    expect(ours(warnings).some((w) => w.includes('JSON config'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('replaces a page global named consentGate, with one warning', async () => {
    const head = `<script>window.consentGate = 1;</script>`;
    const { page, context, errors, warnings } = await open('/env/global.html', sitePage({ head, body: trackers }));
    await expect.poll(() => page.evaluate(() => typeof window.consentGate.get)).toBe('function');
    expect(ours(warnings).filter((w) => w.includes('window.consentGate'))).toHaveLength(1);
    await page.evaluate(() => window.consentGate.accept(['analytics']));
    await expect.poll(() => marks(page)).toEqual(['necessary', 'analytics']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('ignores markup that clobbers document.currentScript: an injected <img name=currentScript data-mode=opt-out> sets nothing', async () => {
    const head = `<img name="currentScript" data-mode="opt-out" data-purposes="analytics" alt="">`;
    const { page, context, errors } = await open(
      '/env/clobber.html',
      sitePage({ head, body: trackers, attrs: 'data-purposes="analytics ads"' }),
    );
    await expect.poll(() => dialogs(page)).toBe(1);
    expect(await marks(page)).toEqual(['necessary']);
    expect(await page.evaluate(() => Object.keys(window.consentGate.get().purposes))).toEqual(['analytics', 'ads']);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('how the script arrives', () => {
  it('loaded twice, the second copy with other attributes does nothing', async () => {
    const body = `${trackers}<script src="/dist/consent-gate.min.js" data-mode="opt-out" async></script>`;
    const { page, context, errors } = await open('/env/twice.html', sitePage({ body }));
    await expect
      .poll(() =>
        page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.includes('consent-gate.min.js')).length),
      )
      .toBe(2);
    await expect.poll(() => dialogs(page)).toBe(1);
    expect(await page.locator('consent-gate').count()).toBe(1);
    expect(await marks(page)).toEqual(['necessary']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('injected async by another script after the page finished loading: reads its attributes and gates what is there', async () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>late</title>
      <script>window.ran = []; window.mark = (n) => ran.push(n);
      addEventListener('load', () => setTimeout(() => {
        const s = document.createElement('script');
        s.src = '/dist/consent-gate.min.js'; s.async = true; s.dataset.purposes = 'analytics';
        document.head.append(s);
      }, 50));</script></head><body>${trackers}</body></html>`;
    const { page, context, errors } = await open('/env/late.html', html);
    await expect.poll(() => dialogs(page)).toBe(1);
    expect(await page.evaluate(() => Object.keys(window.consentGate.get().purposes))).toEqual(['analytics']);
    expect(await marks(page)).toEqual(['necessary']);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => marks(page)).toEqual(['necessary', 'analytics']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in quirks mode (no doctype), shows a styled notice and gates', async () => {
    const html = sitePage({ body: trackers }).replace('<!doctype html>', '');
    const { page, context, errors } = await open('/env/quirks.html', html);
    expect(await page.evaluate(() => document.compatMode)).toBe('BackCompat');
    const accept = page.getByRole('button', { name: 'Accept all' });
    await expect.poll(() => accept.isVisible()).toBe(true);
    expect(await accept.evaluate((b) => getComputedStyle(b).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await accept.click();
    await expect.poll(() => marks(page)).toEqual(['necessary', 'analytics', 'ads']);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('slow networks', () => {
  it('closes the notice at once, keeps document order behind a slow tagged script, and the page stays usable', async () => {
    const body = `<script type="text/plain" data-consent="analytics" src="/env/slow.js"></script>
      <script type="text/plain" data-consent="analytics">mark('after-slow')</script>
      <button id="page-button" onclick="mark('page-click')">page</button>`;
    const { page, context, errors } = await open('/env/slow.html', sitePage({ body }));
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => dialogs(page)).toBe(0);
    await page.click('#page-button');
    expect(await marks(page)).toEqual(['page-click']);
    await expect.poll(() => marks(page), { timeout: 10_000 }).toEqual(['page-click', 'slow', 'after-slow']);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('document.write in a tagged script', () => {
  it('is ignored by the browser in an external tagged script: the page stays as it was', async () => {
    server.route('/env/write.js', js(`document.write('<p id="written">w</p>'); mark('wrote')`));
    const body = `<script type="text/plain" data-consent="analytics" src="/env/write.js"></script>`;
    const { page, context, errors } = await open('/env/write.html', sitePage({ body }));
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => marks(page)).toEqual(['wrote']);
    expect(await page.locator('#written').count()).toBe(0);
    expect(await page.locator('#page-link').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const when of ['after the page loaded', 'while the page is parsing']) {
    it(`is ignored in an inline tagged script ${when}: the page is not wiped`, async () => {
      const head = when.startsWith('while') ? `<script>(window.consentGateQueue ||= []).push((api) => api.accept());</script>` : '';
      // The script also tells whether the document object got own write properties while it ran: adding and deleting
      // them would leave V8's document object in slow dictionary mode for the rest of the page's life.
      const body = `<script type="text/plain" data-consent="analytics">document.write('<p id="written">w</p>'); mark('wrote'); mark('own:' + Object.getOwnPropertyNames(document).filter((n) => /^write/.test(n)))</script><p id="after">after</p>`;
      const { page, context, errors } = await open(`/env/write-inline-${head ? 1 : 2}.html`, sitePage({ head, body }));
      if (!head) await page.getByRole('button', { name: 'Accept all' }).click();
      await expect.poll(() => marks(page)).toEqual(['wrote', 'own:']);
      expect(await page.locator('#written').count()).toBe(0);
      expect(await page.locator('#page-link, #after').count()).toBe(2);
      expect(await page.evaluate(() => document.write === Document.prototype.write)).toBe(true);
      // Left as it was: no own `write`/`writeln` of ours shadows the prototype's.
      expect(await page.evaluate(() => Object.getOwnPropertyNames(document).filter((n) => /^write/.test(n)))).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it("is ignored in an inline tagged script on a page with its own document.write, which is the page's again afterwards", async () => {
    const head = `<script>document.write = function (html) { mark('page-write'); }; document.write.mine = true;</script>`;
    const body = `<script type="text/plain" data-consent="analytics">document.write('<p id="written">w</p>'); mark('wrote')</script><p id="after">after</p>`;
    const { page, context, errors } = await open('/env/write-own.html', sitePage({ head, body }));
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => marks(page)).toEqual(['wrote']);
    expect(await page.locator('#written').count()).toBe(0);
    expect(await page.locator('#page-link, #after').count()).toBe(2);
    expect(await page.evaluate(() => (document.write as unknown as { mine?: boolean }).mine)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('runs an inline tagged script on a page that removed document.write, without lending one to every object', async () => {
    const head = `<script>delete Document.prototype.write; delete Document.prototype.writeln;</script>`;
    const body = `<script type="text/plain" data-consent="analytics">mark('ran'); mark('every object:' + ('write' in {}))</script>`;
    const { page, context, errors } = await open('/env/write-none.html', sitePage({ head, body }));
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => marks(page)).toEqual(['ran', 'every object:false']);
    expect(await page.evaluate(() => ['write' in document, 'write' in {}, 'writeln' in document])).toEqual([false, false, false]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps an inline tagged script blocked, with one warning and no page error, on a page that froze Document.prototype', async () => {
    const head = `<script>Object.freeze(Document.prototype)</script>`;
    const body = `<script type="text/plain" data-consent="analytics" id="frozen">mark('ran')</script><p id="after">after</p>`;
    const { page, context, errors, warnings } = await open('/env/write-frozen.html', sitePage({ head, body }));
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => ours(warnings).filter((w) => w.includes('id="frozen"'))).toHaveLength(1);
    expect(ours(warnings).find((w) => w.includes('id="frozen"'))).toContain('could not be activated; it stays blocked');
    expect(await marks(page)).toEqual([]);
    expect(await page.locator('#frozen').getAttribute('type')).toBe('text/plain');
    expect(errors).toEqual([]);
    await context.close();
  });
});
