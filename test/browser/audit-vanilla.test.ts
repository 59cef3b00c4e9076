/**
 * `consent-gate audit` on a shop that uses another consent tool,
 * vanilla-cookieconsent 3 (from npm, served from a CDN host), in German, with
 * Mixpanel tagged the vanilla-cookieconsent way: the reject path is found by
 * the button's name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSite, mixpanelEmbed, MIXPANEL_TOKEN, recordValidator, SHOP, startSites, type AuditRun, type Sites } from './audit-sites';

const COOKIE = `mp_${MIXPANEL_TOKEN}_mixpanel`;
const CDN = 'http://cdn.jsdelivr.net/npm/vanilla-cookieconsent@3/dist';

const config = {
  // Under automation navigator.webdriver is true, and its default hideFromBots would never show the notice.
  hideFromBots: false,
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {} },
  language: {
    default: 'de',
    translations: {
      de: {
        consentModal: {
          title: 'Wir verwenden Cookies',
          description: 'Mit Ihrer Zustimmung zählen wir Besuche.',
          acceptAllBtn: 'Alle akzeptieren',
          acceptNecessaryBtn: 'Alle ablehnen',
          showPreferencesBtn: 'Einstellungen verwalten',
        },
        preferencesModal: {
          title: 'Cookie-Einstellungen',
          acceptAllBtn: 'Alle akzeptieren',
          acceptNecessaryBtn: 'Alle ablehnen',
          savePreferencesBtn: 'Auswahl speichern',
          sections: [{ title: 'Statistik', description: 'Besuche zählen.', linkedCategory: 'analytics' }],
        },
      },
    },
  },
};

let sites: Sites;
let audit: AuditRun;

beforeAll(async () => {
  sites = await startSites();
  sites.pages.set(
    '/',
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Bäckerei</title>
<link rel="stylesheet" href="${CDN}/cookieconsent.css">
<script type="text/plain" data-category="analytics">${mixpanelEmbed()}</script>
</head><body><h1>Bäckerei Krume</h1>
<script src="${CDN}/cookieconsent.umd.js"></script>
<script>CookieConsent.run(${JSON.stringify(config)});</script>
</body></html>`,
  );
  audit = await auditSite(`http://${SHOP}/`, sites);
}, 120_000);
afterAll(() => sites?.close());

describe('a vanilla-cookieconsent site', () => {
  it('recognises the tool and finds its German Reject all and Accept all buttons by name', () => {
    expect(audit.record.tool.name).toBe('vanilla-cookieconsent');
    const [first, reject, accept] = audit.record.visits;
    expect(first.action).toEqual({ wanted: 'none', method: 'none' });
    expect(reject.action).toEqual({ wanted: 'reject', method: 'button', name: 'Alle ablehnen' });
    expect(accept.action).toEqual({ wanted: 'accept', method: 'button', name: 'Alle akzeptieren' });
  });

  it('sees Mixpanel only after Accept all, and its consent cookie as necessary', () => {
    const [first, reject, accept] = audit.record.visits;
    expect(first.cookies.map((c) => c.name)).not.toContain(COOKIE);
    expect(reject.cookies.map((c) => c.name)).not.toContain(COOKIE);
    expect(reject.requests.map((r) => r.host)).not.toContain('api-js.mixpanel.com');
    expect(accept.cookies.find((c) => c.name === COOKIE)).toMatchObject({ purpose: 'analytics', platform: 'Mixpanel', source: 'database' });
    expect(accept.requests.map((r) => r.host)).toContain('api-js.mixpanel.com');
    expect(reject.cookies.find((c) => c.name === 'cc_cookie')).toMatchObject({ purpose: 'necessary', platform: 'vanilla-cookieconsent' });
  });

  it('finds no violation and exits 0; the consent tool script is not reported as untagged', () => {
    expect(audit.record.findings.filter((f) => f.severity === 'violation')).toEqual([]);
    expect(audit.record.findings.filter((f) => f.kind === 'untagged-script')).toEqual([]);
    expect(audit.status).toBe(0);
    expect(recordValidator()(audit.record)).toEqual([]);
  });
});
