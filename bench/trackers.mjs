/**
 * The tracker set every candidate page carries, in document order: per purpose
 * one external and one inline script, plus an external analytics script served
 * 300 ms late followed by an inline one that needs the global it defines.
 * Each script records itself with `mark(id)` (defined first in <head>), so a
 * run can tell what ran, when, and in which order.
 */
export const PURPOSES = ['analytics', 'ads', 'customization', 'login'];

/** Milliseconds the server holds back the late script. */
export const LATE_DELAY = 300;

export const TRACKERS = [
  { id: 'analytics-ext', purpose: 'analytics', src: '/t/analytics-ext.js' },
  { id: 'analytics-inline', purpose: 'analytics', code: "mark('analytics-inline')" },
  { id: 'late-ext', purpose: 'analytics', src: '/t/late-ext.js' },
  // Throws a ReferenceError when it runs before late-ext: document order lost.
  { id: 'late-inline', purpose: 'analytics', code: "lateLib.ping('late-inline')", needsOrder: true },
  { id: 'ads-ext', purpose: 'ads', src: '/t/ads-ext.js' },
  { id: 'ads-inline', purpose: 'ads', code: "mark('ads-inline')" },
  { id: 'customization-ext', purpose: 'customization', src: '/t/customization-ext.js' },
  { id: 'customization-inline', purpose: 'customization', code: "mark('customization-inline')" },
  { id: 'login-ext', purpose: 'login', src: '/t/login-ext.js' },
  { id: 'login-inline', purpose: 'login', code: "mark('login-inline')" },
];

export const ORDER = TRACKERS.map((t) => t.id);

/** Bodies of the external tracker files, by URL path. */
export function trackerRoutes() {
  const routes = {};
  for (const t of TRACKERS) {
    if (!t.src) continue;
    const body = t.id === 'late-ext' ? "window.lateLib = { ping: function (n) { mark(n); } }; mark('late-ext');" : `mark('${t.id}');`;
    routes[t.src] = { body, type: 'text/javascript', delay: t.id === 'late-ext' ? LATE_DELAY : 0 };
  }
  return routes;
}

/** The trackers tagged as consent-gate reads them (`type="text/plain" data-consent`), which a page with no tool leaves inert. */
export function taggedTags() {
  return TRACKERS.map((t) =>
    t.src
      ? `<script type="text/plain" data-consent="${t.purpose}" src="${t.src}"></script>`
      : `<script type="text/plain" data-consent="${t.purpose}">${t.code}</script>`,
  ).join('\n');
}

/** Plain scripts, as a page without any consent tool would have them. */
export function plainTags() {
  return TRACKERS.map((t) => (t.src ? `<script src="${t.src}"></script>` : `<script>${t.code}</script>`)).join('\n');
}

/**
 * A test page: `mark` first, then the candidate's head and body parts around
 * some ordinary content. `trackers` is the candidate's tagged markup.
 */
export function pageHtml({ title, head = '', trackers = '', bodyEnd = '' }) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.__ran = []; window.mark = function (n) { window.__ran.push([n, performance.now()]); };</script>
${head}
</head><body><main><h1>A page with trackers</h1>
<p>Ordinary content the visitor came for. ${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(8)}</p>
<p><a href="#settings" data-consent-open>Cookie settings</a></p></main>
${trackers}
${bodyEnd}
</body></html>`;
}
