import type { LoadCheck, UiDeps } from './contract';

/**
 * The JSON config's full check, started by the UI when it mounts (once per
 * page: the core mounts its UI once), and only when the page has a JSON
 * config: a page without one, or a returning visitor who loads no UI, fetches
 * no check. It loads after the UI file and the notice never waits for it
 * (docs/configuration.md#when-the-json-config-is-checked). A failed check is
 * told once; the UI reads the config by the same rules either way, and the
 * gate never depends on it.
 *
 * @example
 * startCheck(loadCheck, deps); // in the UI factory, as it mounts
 */
export function startCheck(load: LoadCheck, deps: UiDeps): void {
  const { settings, warn } = deps;
  const { raw } = settings.json;
  if (raw === undefined) return;
  load(deps, (check, why) => (check ? check(raw, warn, settings.purposes) : warn(`${why}; the JSON config's problems could not be told`)));
}
