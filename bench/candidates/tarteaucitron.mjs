/**
 * tarteaucitron.js: no script tagging; trackers are "services" whose `js()`
 * runs on consent, and a page lists the services it uses in `tarteaucitron.job`.
 * Closest equivalent (the deviation, see bench/README.md): one service per
 * purpose; its `js()` loads the external scripts with `tarteaucitron.addScript`
 * and runs the inline code in the load callbacks, chained so that order within
 * a purpose is kept by hand. The job is pushed where the scripts would stand.
 * tarteaucitron.min.js fetches its language file, its services catalogue and
 * its CSS itself; all three are counted in bytes.
 */
import { pageHtml, PURPOSES, TRACKERS } from '../trackers.mjs';
import { version } from './version.mjs';

const BASE = '/node_modules/tarteaucitronjs';
const TYPES = { analytics: 'analytic', ads: 'ads', customization: 'other', login: 'other' };

/** `js()` for one purpose: each tracker after the previous one, in document order. */
function serviceJs(purpose) {
  const steps = TRACKERS.filter((t) => t.purpose === purpose);
  let code = '';
  for (const t of [...steps].reverse()) {
    code = t.src ? `tarteaucitron.addScript('${t.src}', '', function () { ${code} });` : `${t.code}; ${code}`;
  }
  return `function () { 'use strict'; ${code} }`;
}

function service(purpose) {
  const key = `bench_${purpose}`;
  return `tarteaucitron.services.${key} = { key: '${key}', type: '${TYPES[purpose]}', name: '${purpose}',
  needConsent: true, cookies: [], uri: '', readmoreLink: '', js: ${serviceJs(purpose)} };
(tarteaucitron.job = tarteaucitron.job || []).push('${key}');`;
}

export const tarteaucitron = {
  id: 'tarteaucitron',
  name: 'tarteaucitron',
  version: version('tarteaucitronjs'),
  canBlock: true,
  files: [
    'node_modules/tarteaucitronjs/tarteaucitron.min.js',
    'node_modules/tarteaucitronjs/lang/tarteaucitron.en.min.js',
    'node_modules/tarteaucitronjs/tarteaucitron.services.min.js',
    'node_modules/tarteaucitronjs/css/tarteaucitron.min.css',
  ],
  html: () =>
    pageHtml({
      title: 'tarteaucitron',
      head: `<script src="${BASE}/tarteaucitron.min.js"></script>
<script>tarteaucitron.init({ privacyUrl: '', hashtag: '#tarteaucitron', cookieName: 'tarteaucitron',
  orientation: 'middle', highPrivacy: true, AcceptAllCta: true, DenyAllCta: true, showIcon: true, useExternalCss: false });</script>`,
      trackers: `<script>${PURPOSES.map(service).join('\n')}</script>`,
    }),
  notice: `document.getElementById('tarteaucitronAlertBig')`,
  accept: `document.getElementById('tarteaucitronPersonalize2')`,
  convention: 'services + `tarteaucitron.job` (no tagging; scripts chained by hand in `js()`)',
};
