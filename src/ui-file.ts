/**
 * IIFE entry of each `dist/consent-gate-ui.<lang>.min.js`: hands the UI
 * factory to the core that inserted it (through a slot under a symbol, which
 * markup cannot clobber); run without a core waiting for it, it does nothing.
 * rollup.config.mjs writes in one language's texts and the SHA-384 of the
 * check file it just built (src/env.d.ts names the stand-ins).
 */
import { checkFile } from './loader/check-file';
import { handToCore, UI_SLOT } from './loader/slot';
import { uiFactory } from './ui-entry';

handToCore(UI_SLOT, uiFactory(__UI_TEXTS__, checkFile(__CHECK_FILE__)));
