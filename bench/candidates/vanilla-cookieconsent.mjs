/**
 * vanilla-cookieconsent 3 (orestbida): CSS in <head>, UMD bundle and `run()` at
 * the end of <body> (its docs run it once the body exists), trackers tagged
 * with `type="text/plain" data-category`. The package ships no texts: the
 * English texts below are part of the site owner's config, not counted in bytes.
 */
import { pageHtml, PURPOSES, TRACKERS } from '../trackers.mjs';
import { version } from './version.mjs';

const DIST = '/node_modules/vanilla-cookieconsent/dist';

const tag = (t) =>
  t.src
    ? `<script type="text/plain" data-category="${t.purpose}" src="${t.src}"></script>`
    : `<script type="text/plain" data-category="${t.purpose}">${t.code}</script>`;

const config = {
  // Deviation: under automation navigator.webdriver is true and its default
  // hideFromBots would never show the notice.
  hideFromBots: false,
  categories: Object.fromEntries([['necessary', { enabled: true, readOnly: true }], ...PURPOSES.map((p) => [p, {}])]),
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'We use cookies',
          description: 'We would like to use cookies for statistics, ads, customization and login.',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Customize',
        },
        preferencesModal: {
          title: 'Cookie settings',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save choices',
          sections: PURPOSES.map((p) => ({ title: p, description: `Cookies for ${p}.`, linkedCategory: p })),
        },
      },
    },
  },
};

export const vanillaCookieconsent = {
  id: 'vanilla-cookieconsent',
  name: 'vanilla-cookieconsent',
  version: version('vanilla-cookieconsent'),
  canBlock: true,
  files: ['node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js', 'node_modules/vanilla-cookieconsent/dist/cookieconsent.css'],
  html: () =>
    pageHtml({
      title: 'vanilla-cookieconsent',
      head: `<link rel="stylesheet" href="${DIST}/cookieconsent.css">`,
      trackers: TRACKERS.map(tag).join('\n'),
      bodyEnd: `<script src="${DIST}/cookieconsent.umd.js"></script>
<script>CookieConsent.run(${JSON.stringify(config)});</script>`,
    }),
  notice: `document.querySelector('#cc-main .cm')`,
  accept: `document.querySelector('#cc-main .cm [data-role=all]')`,
  convention: '`<script type="text/plain" data-category="…">`; `hideFromBots: false` (automation)',
};
