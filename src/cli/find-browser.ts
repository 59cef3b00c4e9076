/**
 * Finds a Chromium-family browser for playwright-core, for the `audit` command, the
 * browser tests, the bench and the demo's screenshots (one lookup for all of them).
 * Order: an explicit path, `CHROMIUM_PATH`, Debian/Ubuntu's `chromium` and
 * `chromium-browser`, Google Chrome, then Playwright's own browser cache. When there is
 * none, `browserInstallPlan` says how this machine can get one (`npm test` runs it).
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The switches every headless launch here uses (no sandbox: CI runs as root). */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Chromium builds that Playwright's own installer left in its cache, newest first. */
function playwrightCache(env: NodeJS.ProcessEnv): string[] {
  const roots = [
    env.PLAYWRIGHT_BROWSERS_PATH,
    join(homedir(), '.cache', 'ms-playwright'),
    join(homedir(), 'Library', 'Caches', 'ms-playwright'),
  ];
  const found: string[] = [];
  for (const root of roots) {
    if (!root || !existsSync(root)) continue;
    const dirs = readdirSync(root)
      .filter((d) => /^chromium-\d+$/.test(d))
      .sort()
      .reverse();
    for (const dir of dirs) {
      for (const exe of ['chrome-linux/chrome', 'chrome-linux64/chrome', 'chrome-mac/Chromium.app/Contents/MacOS/Chromium']) {
        found.push(join(root, dir, exe));
      }
    }
  }
  return found;
}

/**
 * The path of a browser to launch, or `null` when none is installed.
 *
 * @example
 * const executablePath = findBrowser({ explicit: options.browser });
 * if (!executablePath) console.error(BROWSER_HELP);
 */
export function findBrowser({
  explicit,
  env = process.env,
}: {
  explicit?: string | undefined;
  env?: NodeJS.ProcessEnv;
} = {}): string | null {
  const candidates = [explicit, env.CHROMIUM_PATH, ...SYSTEM_PATHS, ...playwrightCache(env)];
  return candidates.find((path): path is string => !!path && existsSync(path)) ?? null;
}

/** One line saying exactly what to install when `findBrowser` finds nothing. */
export const BROWSER_HELP =
  'No Chromium found. Install one (Debian/Ubuntu as root: apt-get install -y chromium; elsewhere: npx playwright-core install chromium) or set CHROMIUM_PATH to a Chrome or Chromium executable.';

/** What `browserInstallPlan` looks at; every field defaults to this machine. */
export interface InstallContext {
  platform?: NodeJS.Platform;
  /** Effective user id; `undefined` where the platform has none (Windows). */
  uid?: number | undefined;
  /** Whether a path exists (injected by tests). */
  exists?: (path: string) => boolean;
}

/**
 * The commands that install a browser `findBrowser` will then find, in order:
 * as root on Debian or Ubuntu, the distribution's `chromium` package (no browser
 * download of our own, so it works where only the distribution's mirrors are
 * reachable); anywhere else, Playwright's installer into its user cache.
 *
 * @example
 * for (const [cmd, ...args] of browserInstallPlan()) spawnSync(cmd, args, { stdio: 'inherit' });
 */
export function browserInstallPlan({
  platform = process.platform,
  uid = process.getuid?.(),
  exists = existsSync,
}: InstallContext = {}): string[][] {
  if (platform === 'linux' && uid === 0 && exists('/etc/debian_version') && exists('/usr/bin/apt-get')) {
    return [
      ['apt-get', 'update', '-qq'],
      ['apt-get', 'install', '-y', '-qq', 'chromium'],
    ];
  }
  return [['npx', '--no-install', 'playwright-core', 'install', 'chromium']];
}
