import { describe, expect, it } from 'vitest';
import { createSettings } from '../../../src/config/settings';
import type { JsonCheck, Loaded, LoadCheck, UiDeps } from '../../../src/loader/contract';
import { startCheck } from '../../../src/loader/start-check';

/** A check loader answered by hand: `answer` hands the check (or `null` and why) to the last request. */
function fakeLoader() {
  const asked: Array<{ deps: UiDeps; done: Loaded<JsonCheck> }> = [];
  const load: LoadCheck = (deps, done) => void asked.push({ deps, done });
  return { load, asked, answer: (check: JsonCheck | null, why?: string) => asked.at(-1)!.done(check, why) };
}

/** What the core hands the UI, as far as the check reads it. */
const depsWith = (config: unknown, warn: (message: string) => void = () => {}) =>
  ({ settings: createSettings({ purposes: 'analytics', config } as never, { host: 'example.com', warn: () => {} }), warn }) as UiDeps;

describe('startCheck (the JSON config check, started by the UI as it mounts)', () => {
  it('loads nothing for a page without a JSON config', () => {
    const { load, asked } = fakeLoader();
    startCheck(load, depsWith(undefined));
    expect(asked).toHaveLength(0);
  });

  it('loads the check with the deps the UI got and runs it with the config as given, the warner and data-purposes', () => {
    const { load, asked, answer } = fakeLoader();
    const config = { purposes: { video: {} } };
    const deps = depsWith(config);
    startCheck(load, deps);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.deps).toBe(deps);
    const calls: unknown[][] = [];
    answer((...args) => void calls.push(args));
    expect(calls).toEqual([[config, deps.warn, ['analytics']]]);
  });

  it('a check that cannot load is told in one warning, with why', () => {
    const { load, answer } = fakeLoader();
    const warnings: string[] = [];
    startCheck(
      load,
      depsWith({ texts: {} }, (m) => void warnings.push(m)),
    );
    answer(null, "the JSON config's check could not be loaded from https://example.com/consent-gate-check.min.js: HTTP 404");
    expect(warnings).toEqual([
      "the JSON config's check could not be loaded from https://example.com/consent-gate-check.min.js: HTTP 404; the JSON config's problems could not be told",
    ]);
  });
});
