/**
 * What the script-tag files carry besides their code. `npm test` builds dist/
 * first; these read what it built.
 */
import { createHash } from 'node:crypto';
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

// docs/loading.md: the core holds each UI file's SHA-384, each UI file holds the check file's; the core knows nothing of the check file.
describe('the chain of integrity hashes', () => {
  const sha384 = (file: string) =>
    'sha384-' +
    createHash('sha384')
      .update(readFileSync(dist(file)))
      .digest('base64');
  const core = readFileSync(dist('consent-gate.min.js'), 'utf8');
  const uiFiles = classicScripts.filter((f) => f.startsWith('consent-gate-ui.'));

  it('the core carries neither the check file name nor its hash', () => {
    expect(core).not.toContain('consent-gate-check');
    expect(core).not.toContain(sha384('consent-gate-check.min.js'));
  });

  it.each(uiFiles)('%s carries the check file’s current SHA-384 and name, and the core carries its own', (file) => {
    const ui = readFileSync(dist(file), 'utf8');
    expect(ui).toContain(JSON.stringify(sha384('consent-gate-check.min.js')));
    expect(ui).toContain('"consent-gate-check.min.js"');
    expect(core).toContain(JSON.stringify(sha384(file)));
  });
});
