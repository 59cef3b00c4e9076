import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { everything, js, marks, storeDecision } from './gate-helpers';
import { useSite, openPage, type TestServer } from './harness';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
  server.route('/csp/ext.js', js(`mark('external')`, 50));
  server.route('/csp/injected.js', js(`mark('injected')`));
});

const NONCE = 'abc';
const STRICT = `script-src 'nonce-${NONCE}' 'strict-dynamic'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'`;

/** A strict-CSP page: violations collected from the start, our script and tagged scripts carry the nonce. */
const strictPage = (body: string, attrs = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>strict csp</title>
<script nonce="${NONCE}">
  window.violations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile, sample: e.sample }));
  window.ran = []; window.mark = (n) => window.ran.push(n);
</script>
<script nonce="${NONCE}" src="/dist/consent-gate.min.js" data-policy-url="/privacy" ${attrs}></script>
</head><body><main><h1>Strict</h1></main>${body}</body></html>`;

const tagged = `
<script type="text/plain" data-consent="analytics" nonce="${NONCE}">mark('inline')</script>
<script type="text/plain" data-consent="analytics" nonce="${NONCE}" src="/csp/ext.js"></script>
<script type="text/plain" data-consent="ads" nonce="${NONCE}">mark('ads')</script>
<script type="text/plain" data-consent="!analytics" nonce="${NONCE}">mark('fallback')</script>`;

describe('a page with a strict CSP and Trusted Types', () => {
  it('styles the notice, activates nonced tagged scripts in order, and no violation comes from our code', async () => {
    const url = server.page('/csp/strict.html', strictPage(tagged), { 'content-security-policy': STRICT });
    const { page, context, errors, warnings } = await openPage(browser);
    await page.goto(url);
    const accept = page.getByRole('button', { name: 'Accept all' });
    await expect.poll(() => accept.isVisible()).toBe(true);
    // The notice is styled: the stylesheet reached the shadow root despite style-src 'self'.
    const background = await accept.evaluate((b) => getComputedStyle(b).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    expect(
      await page.evaluate(
        () => getComputedStyle(document.querySelector('consent-gate')!.shadowRoot!.querySelector('[role=dialog]')!).position,
      ),
    ).toBe('fixed');
    expect(await marks(page)).toEqual([]);
    await accept.click();
    await expect.poll(() => marks(page)).toEqual(['inline', 'external', 'ads']);
    expect(await page.evaluate(() => (window as unknown as { violations: unknown[] }).violations)).toEqual([]);
    expect(errors).toEqual([]);
    expect(warnings.filter((w) => w.startsWith('consent-gate:'))).toEqual([]);
    await context.close();
  });

  it("never activates a tagged script without the page's nonce, which 'strict-dynamic' would otherwise trust", async () => {
    // Markup injected into the page (no script runs from it) must not become code through the gate.
    const body = `
      <script type="text/plain" data-consent="analytics">mark('no-nonce')</script>
      <script type="text/plain" data-consent="analytics" nonce="guessed">mark('wrong-nonce')</script>
      <script type="text/plain" data-consent="analytics" src="/csp/injected.js"></script>
      <script type="text/plain" data-consent="analytics" nonce="${NONCE}">mark('nonced')</script>`;
    const url = server.page('/csp/no-nonce.html', strictPage(body), { 'content-security-policy': STRICT });
    const { page, context, errors, warnings } = await openPage(browser);
    await page.goto(url);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => marks(page)).toEqual(['nonced']);
    expect(server.log).not.toContain('/csp/injected.js');
    // One warning per refused script, naming it and saying what to do.
    const refusals = warnings.filter((w) => w.includes("give this script the page's nonce"));
    expect(refusals).toHaveLength(3);
    for (const name of [`"mark('no-nonce')"`, `"mark('wrong-nonce')"`, 'src="/csp/injected.js"'])
      expect(
        refusals.filter((w) => w.includes(name)),
        name,
      ).toHaveLength(1);
    expect(await page.evaluate(() => (window as unknown as { violations: unknown[] }).violations)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("takes the page's nonce from its own script tag, not from the first nonce in the page, which injected markup can forge", async () => {
    // Injected markup ahead of every real script: a made-up nonce on a tagged script that needs no consent.
    const body = `
      <script type="text/plain" data-consent="necessary" nonce="forged">mark('forged')</script>
      <script type="text/plain" data-consent="analytics" nonce="forged">mark('forged-analytics')</script>
      <script type="text/plain" data-consent="analytics" nonce="${NONCE}">mark('nonced')</script>
      <script nonce="${NONCE}">window.ran = []; window.mark = (n) => window.ran.push(n);</script>
      <script nonce="${NONCE}" src="/dist/consent-gate.min.js"></script>`;
    const page0 = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>forged nonce</title></head><body><main><h1>Late</h1></main>${body}</body></html>`;
    const url = server.page('/csp/forged-nonce.html', page0, { 'content-security-policy': STRICT });
    const { page, context, errors, warnings } = await openPage(browser);
    await page.goto(url);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => marks(page)).toEqual(['nonced']);
    // Both forged scripts were refused (one warning for the failure to activate, as for every such element).
    expect(warnings.filter((w) => w.includes("give this script the page's nonce"))).toHaveLength(2);
    expect(await page.evaluate(() => (window as unknown as { ran: string[] }).ran)).toEqual(['nonced']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works with a trusted-types allow-list that names consent-gate', async () => {
    const csp = `${STRICT}; trusted-types consent-gate`;
    const url = server.page('/csp/allow-list.html', strictPage(tagged), { 'content-security-policy': csp });
    const { page, context, errors } = await openPage(browser);
    await page.goto(url);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => marks(page)).toEqual(['fallback']);
    expect(await page.evaluate(() => (window as unknown as { violations: unknown[] }).violations)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with an allow-list that leaves consent-gate out, still runs nothing without consent and tells why once', async () => {
    const csp = `${STRICT}; trusted-types other-policy`;
    const url = server.page('/csp/deny-list.html', strictPage(tagged), { 'content-security-policy': csp });
    const { page, context, errors, warnings } = await openPage(browser);
    await page.goto(url);
    // The notice's file cannot be inserted either (its src needs our policy): told once, nothing runs.
    const told = () => warnings.filter((w) => w.includes('the notice could not be loaded'));
    await expect.poll(() => told().length).toBe(1);
    expect(told()[0]).toContain('Trusted Types');
    expect(await page.locator('consent-gate').count()).toBe(0);
    expect(await marks(page)).toEqual([]);
    await page.evaluate(() => window.consentGate.accept());
    await expect.poll(() => warnings.filter((w) => w.includes('could not be activated')).length).toBeGreaterThan(0);
    expect(await marks(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** A page whose template puts a nonce on its own scripts, with trackers pasted without one (no Content Security Policy at all). */
const templated = (head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>nonces, no policy</title>${head}
<script nonce="${NONCE}">window.ran = []; window.mark = (n) => window.ran.push(n);</script>
<script nonce="${NONCE}" src="/dist/consent-gate.min.js"></script>
</head><body><main><h1>Shop</h1></main>
<script type="text/plain" data-consent="analytics">mark('pasted-inline')</script>
<script type="text/plain" data-consent="analytics" src="/csp/ext.js"></script>
<script type="text/plain" data-consent="analytics" nonce="${NONCE}">mark('nonced')</script>
</body></html>`;

describe('the nonce rule applies only where a policy exists', () => {
  it('runs pasted tagged scripts without a nonce on a page that uses nonces but sends no policy, after Accept all', async () => {
    const url = server.page('/csp/no-policy.html', templated());
    const { page, context, errors, warnings } = await openPage(browser);
    await page.goto(url);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => marks(page)).toEqual(['pasted-inline', 'external', 'nonced']);
    expect(warnings.filter((w) => w.startsWith('consent-gate:'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('runs them on a returning visit too', async () => {
    const url = server.page('/csp/no-policy-returning.html', templated());
    const { page, context, errors, warnings } = await openPage(browser);
    await storeDecision(context, url, everything(true));
    await page.goto(url);
    await expect.poll(() => marks(page)).toEqual(['pasted-inline', 'external', 'nonced']);
    expect(warnings.filter((w) => w.startsWith('consent-gate:'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('treats a <meta> policy as a header one: a tagged script without the nonce stays blocked, told what to do', async () => {
    const meta = `<meta http-equiv="Content-Security-Policy" content="script-src 'nonce-${NONCE}' 'strict-dynamic'; object-src 'none'; base-uri 'none'">`;
    const url = server.page('/csp/meta.html', templated(meta));
    const { page, context, errors, warnings } = await openPage(browser);
    const before = server.log.length;
    await page.goto(url);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => marks(page)).toEqual(['nonced']);
    expect(server.log.slice(before)).not.toContain('/csp/ext.js');
    const refusals = warnings.filter((w) => w.includes("give this script the page's nonce"));
    expect(refusals).toHaveLength(2);
    expect(refusals.filter((w) => w.includes('<script data-consent="analytics" src="/csp/ext.js">'))).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('treats a report-only header policy as an enforced one (the browser shows both alike), so the scripts to fix show up before enforcing', async () => {
    const url = server.page('/csp/report-only.html', templated(), { 'content-security-policy-report-only': STRICT });
    const { page, context, errors, warnings } = await openPage(browser);
    await page.goto(url);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => marks(page)).toEqual(['nonced']);
    expect(warnings.filter((w) => w.includes("give this script the page's nonce"))).toHaveLength(2);
    expect(errors).toEqual([]);
    await context.close();
  });
});
