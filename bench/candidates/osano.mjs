/**
 * Osano cookieconsent 3: a notice and a stored choice, no blocking at all (a
 * site must read the cookie and load trackers itself). Loaded as its examples
 * show (CSS and JS in <head>, `initialise` on window load) with the trackers
 * as plain scripts. Reported as "cannot block": bytes and notice time only.
 */
import { pageHtml, plainTags } from '../trackers.mjs';
import { version } from './version.mjs';

const BUILD = '/node_modules/cookieconsent/build';

export const osano = {
  id: 'osano',
  name: 'cookieconsent (Osano)',
  version: version('cookieconsent'),
  canBlock: false,
  files: ['node_modules/cookieconsent/build/cookieconsent.min.js', 'node_modules/cookieconsent/build/cookieconsent.min.css'],
  html: () =>
    pageHtml({
      title: 'osano',
      head: `<link rel="stylesheet" href="${BUILD}/cookieconsent.min.css">
<script src="${BUILD}/cookieconsent.min.js"></script>
<script>window.addEventListener('load', function () {
  window.cookieconsent.initialise({ type: 'opt-in', content: { message: 'We use cookies.', allow: 'Accept all', deny: 'Reject all' } });
});</script>`,
      trackers: plainTags(),
    }),
  notice: `document.querySelector('.cc-window')`,
  accept: `document.querySelector('.cc-window .cc-allow')`,
  convention: 'none: cannot block (plain scripts)',
};
