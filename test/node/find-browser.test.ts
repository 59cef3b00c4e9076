import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSER_HELP, browserInstallPlan, findBrowser } from '../../src/cli/find-browser';

describe('findBrowser', () => {
  it('takes an explicit path first, then CHROMIUM_PATH', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-browser-'));
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    writeFileSync(a, '');
    writeFileSync(b, '');
    expect(findBrowser({ explicit: a, env: { CHROMIUM_PATH: b } })).toBe(a);
    expect(findBrowser({ env: { CHROMIUM_PATH: b } })).toBe(b);
  });

  it('skips paths that do not exist', () => {
    const found = findBrowser({ explicit: '/nonexistent/chrome', env: { CHROMIUM_PATH: '/nonexistent/chromium' } });
    expect(found).not.toBe('/nonexistent/chrome');
    expect(found).not.toBe('/nonexistent/chromium');
  });

  it("finds a build in Playwright's browser cache, newest first", () => {
    const root = mkdtempSync(join(tmpdir(), 'cg-pw-'));
    for (const build of ['chromium-1100', 'chromium-1200']) {
      mkdirSync(join(root, build, 'chrome-linux'), { recursive: true });
      writeFileSync(join(root, build, 'chrome-linux', 'chrome'), '');
    }
    const found = findBrowser({ env: { PLAYWRIGHT_BROWSERS_PATH: root } });
    // A system browser, where this machine has one, comes before the cache.
    if (found?.startsWith(root)) expect(found).toBe(join(root, 'chromium-1200', 'chrome-linux', 'chrome'));
    else expect(found).toMatch(/^\/(usr|snap|opt|Applications)\//);
  });
});

describe('browserInstallPlan', () => {
  const debian = (path: string) => path === '/etc/debian_version' || path === '/usr/bin/apt-get';

  it("installs Debian's chromium as root on Debian or Ubuntu", () => {
    expect(browserInstallPlan({ platform: 'linux', uid: 0, exists: debian })).toEqual([
      ['apt-get', 'update', '-qq'],
      ['apt-get', 'install', '-y', '-qq', 'chromium'],
    ]);
  });

  it("uses Playwright's installer without root, off Debian, and on other systems", () => {
    const playwright = [['npx', '--no-install', 'playwright-core', 'install', 'chromium']];
    expect(browserInstallPlan({ platform: 'linux', uid: 1000, exists: debian })).toEqual(playwright);
    expect(browserInstallPlan({ platform: 'linux', uid: 0, exists: () => false })).toEqual(playwright);
    expect(browserInstallPlan({ platform: 'darwin', uid: 501, exists: debian })).toEqual(playwright);
    expect(browserInstallPlan({ platform: 'win32', uid: undefined, exists: () => false })).toEqual(playwright);
  });

  it('tells in one line what to run when nothing can be found', () => {
    expect(BROWSER_HELP).not.toContain('\n');
    expect(BROWSER_HELP).toContain('apt-get install -y chromium');
    expect(BROWSER_HELP).toContain('CHROMIUM_PATH');
  });
});
