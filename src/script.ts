/**
 * IIFE entry of `dist/consent-gate.min.js`, the core: gate, store, API and
 * integrations, with no Preact, stylesheet or texts. The notice comes from
 * `consent-gate-ui.<lang>.min.js` next to it, loaded only when something is
 * to be shown; the UI file loads `consent-gate-check.min.js` when the page's
 * JSON config has a problem to tell (docs/loading.md).
 */
import { boot } from './boot';
import { trusted } from './gate/activate';
import { scriptSource } from './loader/script-source';

boot((script, nonce, warn) =>
  scriptSource({
    win: window,
    script,
    nonce,
    files: __UI_FILES__,
    trustedUrl: (url) => trusted(document, url, true),
    warn,
  }),
);
