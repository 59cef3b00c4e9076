import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The built entry, as `import { parseConsentCookie } from 'consent-gate/server'` resolves it.
const { parseConsentCookie } = (await import('../../dist/server.mjs' as string)) as typeof import('../../src/server');

const now = Math.floor(Date.now() / 1000);
const value = (seconds: number, choices = 'analytics.!ads.customization.!login', revision = '3') =>
  `1~${revision}~${seconds.toString(36)}~5f0c9a7e12b4d6e8~${choices}`;

describe('parseConsentCookie in plain Node (no DOM)', () => {
  it('runs where no window or document exists', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    expect(parseConsentCookie(`consent_gate=${value(now)}`, { revision: '3' }).purposes).toEqual({
      analytics: true,
      ads: false,
      customization: true,
      login: false,
    });
  });

  it('reads the decision from a whole Cookie header, with the revision and age the site uses', () => {
    const header = `sid=abc; consent_gate=${value(now - 3600)}; theme=dark`;
    const decision = parseConsentCookie(header, { revision: '3', maxAgeDays: 182 });
    expect(decision).toMatchObject({ decided: true, revision: '3', id: '5f0c9a7e12b4d6e8', timestamp: (now - 3600) * 1000 });
    expect(parseConsentCookie(header, { revision: '4' }).decided).toBe(false);
    expect(parseConsentCookie(`consent_gate=${value(now - 200 * 86_400)}`, { revision: '3', maxAgeDays: 182 }).decided).toBe(false);
  });

  it('grants nothing for a missing header, another cookie name, or a tampered value', () => {
    const none = {
      decided: false,
      purposes: { analytics: false, ads: false, customization: false, login: false },
      timestamp: null,
      id: null,
    };
    expect(parseConsentCookie(undefined, { revision: '3' })).toMatchObject(none);
    expect(parseConsentCookie('sid=abc', { revision: '3' })).toMatchObject(none);
    expect(parseConsentCookie(`consent_gate=${value(now)}`, { revision: '3', name: 'cg' })).toMatchObject(none);
    expect(parseConsentCookie(`consent_gate=${value(now).replace(/^1~/, '2~')}`, { revision: '3' })).toMatchObject(none);
    expect(parseConsentCookie(`consent_gate=${value(now, 'analytics.analytics')}`, { revision: '3' })).toMatchObject(none);
  });
});

describe('the middleware shown in docs/server.md', () => {
  let url = '';
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // As in docs/server.md#express: fail closed, only `true` allows.
    const consent = parseConsentCookie(req.headers.cookie, { revision: '3', maxAgeDays: 182, gpc: req.headers['sec-gpc'] === '1' });
    const analytics = consent.purposes.analytics;
    res.setHeader('content-type', 'text/plain');
    res.end(analytics ? 'with analytics' : 'without analytics');
  });
  beforeAll(
    () =>
      new Promise<void>((done) =>
        server.listen(0, '127.0.0.1', () => {
          url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
          done();
        }),
      ),
  );
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('serves the analytics variant only to a visitor who granted analytics', async () => {
    const get = (cookie?: string) => fetch(url, { headers: cookie ? { cookie } : {} }).then((r) => r.text());
    expect(await get()).toBe('without analytics');
    expect(await get(`consent_gate=${value(now)}`)).toBe('with analytics');
    expect(await get(`consent_gate=${value(now, '!analytics.ads')}`)).toBe('without analytics');
    expect(await get(`consent_gate=${value(now).replace('analytics', 'analytics=')}`)).toBe('without analytics');
  });
});
