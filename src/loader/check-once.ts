import type { Settings } from '../config/settings';
import type { Warn } from '../util/warn';
import type { UiSource } from './contract';

/**
 * The JSON config's full check, started the first time the UI is loaded and
 * only when the page has a JSON config: a page without one, or a returning
 * visitor who loads no UI, fetches no check. It loads alongside the UI file
 * and the notice never waits for it (docs/configuration.md#when-the-json-config-is-checked).
 * Once per page: a failed check is told once and not tried again; the UI reads
 * the config by the same rules either way, and the gate never depends on it.
 *
 * @example
 * const startCheck = checkOnce(source, settings, warn);
 * startCheck(); // with the UI's first load
 */
export function checkOnce(source: UiSource, { json, purposes }: Settings, warn: Warn): () => void {
  let started = json.raw === undefined;
  return () => {
    if (started) return;
    started = true;
    source.check((check, why) => (check ? check(json.raw, warn, purposes) : warn(`${why}; the JSON config's problems could not be told`)));
  };
}
