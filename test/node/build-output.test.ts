/**
 * What the script-tag files carry besides their code. `npm test` builds dist/
 * first; these read what it built.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = (file: string) => fileURLToPath(new URL(`../../dist/${file}`, import.meta.url));
const classicScripts = readdirSync(dist('')).filter((f) => /^consent-gate(-ui\.[a-z]{2,3}|-check)?\.min\.js$/.test(f));

describe('classic scripts in dist/', () => {
  it('are the core, one UI file per built-in language and the JSON config check file', () => {
    expect(classicScripts).toEqual(expect.arrayContaining(['consent-gate.min.js', 'consent-gate-check.min.js']));
    expect(classicScripts.length).toBeGreaterThanOrEqual(10);
  });

  // bench/README.md#compile-hints: V8 compiles every function while the file streams in, off the main thread.
  it.each(classicScripts)('%s starts with V8’s explicit compile hint, then its code on the next line', (file) => {
    const [first, second] = readFileSync(dist(file), 'utf8').split('\n');
    expect(first).toBe('//# allFunctionsCalledOnLoad');
    expect(second).toMatch(/^(\(\(\)=>\{|!function\(\)\{)"use strict";/);
  });
});
