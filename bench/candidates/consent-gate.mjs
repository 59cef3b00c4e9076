/**
 * consent-gate: one script tag in <head> (README quick start), trackers tagged
 * with data-consent. The tag loads the core; the core loads the English UI
 * file from next to it when the notice is needed (docs/loading.md).
 */
import { pageHtml, taggedTags } from '../trackers.mjs';
import { ownVersion } from './version.mjs';

/** The notice is the dialog around the button whose accessible name is "Accept all" (docs/notice.md#the-notice). */
const acceptButton = `(() => {
  const root = document.querySelector('consent-gate')?.shadowRoot;
  return root ? [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Accept all') ?? null : null;
})()`;

/** One embedding of the script tag: `attrs` are the loading attributes (none, `defer`). */
const embedded = ({ id, name, attrs, where }) => ({
  id,
  name,
  version: ownVersion(),
  canBlock: true,
  // What a site owner hosts for an English page: the core and the one UI file it loads (the other languages' files are never fetched).
  files: ['dist/consent-gate.min.js', 'dist/consent-gate-ui.en.min.js'],
  html: () =>
    pageHtml({
      title: name,
      head: `<script src="/dist/consent-gate.min.js"${attrs} data-purposes="analytics ads customization login"></script>`,
      trackers: taggedTags(),
    }),
  notice: `${acceptButton}?.closest('[role=dialog]') ?? null`,
  accept: acceptButton,
  convention: `\`<script type="text/plain" data-consent="…">\` (${where})`,
});

/** The plain script tag in <head>: what a page with Google Consent Mode needs (the default before any Google tag). */
export const consentGate = embedded({ id: 'consent-gate', name: 'consent-gate', attrs: '', where: 'plain script tag in `<head>`' });

/** The same tag with `defer`: the page is parsed and painted without waiting for consent-gate. */
export const consentGateDefer = embedded({
  id: 'consent-gate-defer',
  name: 'consent-gate (defer)',
  attrs: ' defer',
  where: '`<script defer>` in `<head>`',
});
/** The same file as consent-gate: one bytes row. */
consentGateDefer.sameBytesAs = 'consent-gate';
