import type { LoadCheck, UiDeps } from './contract';

/**
 * The JSON config's full check, started by the UI when it mounts (once per
 * page: the core mounts its UI once), and only when the UI's own reading of
 * the config met something to tell (`problemFlag` in json-rules.ts): a page
 * without a JSON config or with a config without a problem, and a returning
 * visitor who loads no UI, fetch no check. It loads after the UI file and the notice never waits for it
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
