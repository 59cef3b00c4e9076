import { describe, expect, it } from 'vitest';
import { CHECK_FILE, checkFile } from '../../../src/loader/check-file';
import type { UiDeps } from '../../../src/loader/contract';
import { CHECK_SLOT } from '../../../src/loader/slot';

describe('checkFile (the script build loads the check file through the core)', () => {
  it("asks the core's file loader for the check file, with the hash the UI file carries, at low priority", () => {
    const asked: unknown[][] = [];
    const done = () => {};
    const loadFile = ((...args: unknown[]) => void asked.push(args)) as UiDeps['loadFile'];
    checkFile('sha384-abc')({ loadFile } as UiDeps, done);
    expect(asked).toEqual([[CHECK_FILE, Symbol.for(CHECK_SLOT), 'sha384-abc', 'low', "the JSON config's check", done]]);
    expect(CHECK_FILE).toBe('consent-gate-check.min.js');
  });

  it('answers at once, with why, from a core that loads no files', () => {
    const answers: unknown[][] = [];
    checkFile('sha384-abc')({} as UiDeps, (...args) => void answers.push(args));
    expect(answers).toEqual([[null, "the JSON config's check could not be loaded: this core loads no files"]]);
  });
});
