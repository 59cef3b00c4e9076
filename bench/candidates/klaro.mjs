/**
 * Klaro (kiprotect): `klaroConfig` then `<script defer src="klaro.js">` in
 * <head> (its README), one service per purpose, trackers tagged
 * `type="text/plain" data-type="text/javascript" data-name="…"` with `data-src`
 * for external ones. klaro.js carries its CSS and every translation.
 */
import { pageHtml, PURPOSES, TRACKERS } from '../trackers.mjs';
import { version } from './version.mjs';

const tag = (t) =>
  t.src
    ? `<script type="text/plain" data-type="text/javascript" data-name="${t.purpose}" data-src="${t.src}"></script>`
    : `<script type="text/plain" data-type="text/javascript" data-name="${t.purpose}">${t.code}</script>`;

const config = {
  storageMethod: 'cookie',
  cookieName: 'klaro',
  lang: 'en',
  acceptAll: true,
  services: PURPOSES.map((p) => ({ name: p, title: p, purposes: [p] })),
  translations: { en: { purposes: Object.fromEntries(PURPOSES.map((p) => [p, { title: p }])) } },
};

export const klaro = {
  id: 'klaro',
  name: 'klaro',
  version: version('klaro'),
  canBlock: true,
  files: ['node_modules/klaro/dist/klaro.js'],
  html: () =>
    pageHtml({
      title: 'klaro',
      head: `<script>window.klaroConfig = ${JSON.stringify(config)};</script>
<script defer src="/node_modules/klaro/dist/klaro.js"></script>`,
      trackers: TRACKERS.map(tag).join('\n'),
    }),
  notice: `document.querySelector('.klaro .cookie-notice')`,
  accept: `document.querySelector('.klaro .cookie-notice .cm-btn-success')`,
  convention: '`<script type="text/plain" data-type="text/javascript" data-name="…" data-src="…">`, `klaroConfig`',
};
