import { describe, expect, it } from 'vitest';
import { createSettings } from '../../../src/config/settings';
import { checkOnce } from '../../../src/loader/check-once';
import type { JsonCheck, UiSource } from '../../../src/loader/contract';

/** A source whose check is answered by hand: `answer` hands the check (or `null` and why) to the last request. */
function fakeSource() {
  const asked: Array<Parameters<UiSource['check']>[0]> = [];
  const source: UiSource = { languages: ['en'], load() {}, check: (done) => void asked.push(done) };
  return { source, asked, answer: (check: JsonCheck | null, why?: string) => asked.at(-1)!(check, why) };
}

const settingsWith = (config: unknown) =>
  createSettings({ purposes: 'analytics', config } as never, { host: 'example.com', warn: () => {} });

describe('checkOnce (the JSON config check, loaded with the UI)', () => {
  it('loads nothing for a page without a JSON config', () => {
    const { source, asked } = fakeSource();
    const start = checkOnce(source, settingsWith(undefined), () => {});
    start();
    start();
    expect(asked).toHaveLength(0);
  });

  it('loads the check once per page and runs it with the config as given, the warner and data-purposes', () => {
    const { source, asked, answer } = fakeSource();
    const config = { purposes: { video: {} } };
    const start = checkOnce(source, settingsWith(config), () => {});
    start();
    start();
    expect(asked).toHaveLength(1);
    const calls: unknown[][] = [];
    answer((...args) => void calls.push(args));
    expect(calls).toEqual([[config, expect.any(Function), ['analytics']]]);
    start();
    expect(asked).toHaveLength(1);
  });

  it('a check that cannot load is told once, with why, and is not tried again', () => {
    const { source, asked, answer } = fakeSource();
    const warnings: string[] = [];
    const start = checkOnce(source, settingsWith({ texts: {} }), (m) => void warnings.push(m));
    start();
    answer(null, "the JSON config's check could not be loaded from https://example.com/consent-gate-check.min.js: HTTP 404");
    start();
    expect(asked).toHaveLength(1);
    expect(warnings).toEqual([
      "the JSON config's check could not be loaded from https://example.com/consent-gate-check.min.js: HTTP 404; the JSON config's problems could not be told",
    ]);
  });
});
