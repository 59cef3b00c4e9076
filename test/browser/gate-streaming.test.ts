import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { everything, gateReady, storeDecision } from './gate-helpers';
import { useSite, openPage, sitePage, type TestServer } from './harness';

let server: TestServer;
let browser: Browser;
useSite(async (s, b) => {
  [server, browser] = [s, b];
  server.route('/stream/next', { body: 'ok', type: 'text/plain' });
});

/** Everything up to `<body>`, our tag in <head>, and enough bytes that Chromium parses the first chunk at once. */
const head = () => sitePage({ body: '' }).split('</head>')[0]! + `</head><body><!--${' '.repeat(4096)}-->`;

/** Whether the parser has inserted a script holding `text` (blocked or activated). */
const hasScriptWith = (text: string) => [...document.querySelectorAll('script')].some((s) => (s.textContent ?? '').includes(text));

describe('a streamed page with misplaced markup in a table', () => {
  it('runs a foster-parented tagged script only once all of its text has arrived', async () => {
    // `<div>` is not allowed in a <table>: the parser puts it (and the script in it) in front of the table,
    // where the table follows it although the parser is still inside the script.
    server.route('/stream/foster.html', {
      body: '',
      chunks: [
        { body: `${head()}<table><div><script type="text/plain" data-consent="analytics">mark('first` },
        { body: ` half and second half')</script></div><tr><td>cell</td></tr></table><p>end</p></body></html>`, after: '/stream/next' },
      ],
    });
    const url = server.url + '/stream/foster.html';
    const { page, context, errors } = await openPage(browser);
    await storeDecision(context, url, everything(true));
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(hasScriptWith, "mark('first");
    await gateReady(page);
    // The first half is in the page, the gate has seen it (its observer ran), and it waits.
    expect(await page.evaluate(() => window.ran)).toEqual([]);
    await page.evaluate(() => void fetch('/stream/next'));
    await expect.poll(() => page.evaluate(() => window.ran)).toEqual(['first half and second half']);
    await page.waitForFunction(() => document.readyState === 'complete');
    expect(await page.evaluate(() => window.ran)).toEqual(['first half and second half']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
