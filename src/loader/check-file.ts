import type { LoadCheck } from './contract';
import { CHECK_SLOT } from './slot';

/** The name of the JSON config's check file, next to the UI files. */
export const CHECK_FILE = 'consent-gate-check.min.js';

/**
 * The script build's check loader: the check file, loaded through the core's
 * file loader (`deps.loadFile`: base URL, nonce, `crossorigin`, Trusted Types
 * as for the UI files) with `integrity`, its SHA-384, which rollup.config.mjs
 * bakes into each UI file. The core carries neither the name nor the hash; the
 * UI file's own integrity, baked into the core, covers the hash it carries.
 *
 * @example
 * uiFactory(en, checkFile('sha384-…')); // what a UI file mounts
 */
export const checkFile =
  (integrity: string): LoadCheck =>
  ({ loadFile }, done) =>
    loadFile
      ? loadFile(CHECK_FILE, Symbol.for(CHECK_SLOT), integrity, 'low', "the JSON config's check", done)
      : done(null, "the JSON config's check could not be loaded: this core loads no files");
