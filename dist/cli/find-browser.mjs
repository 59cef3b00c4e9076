import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic"
];
const SYSTEM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/snap/bin/chromium",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/opt/google/chrome/chrome",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium"
];
function playwrightCache(env) {
  const roots = [
    env.PLAYWRIGHT_BROWSERS_PATH,
    join(homedir(), ".cache", "ms-playwright"),
    join(homedir(), "Library", "Caches", "ms-playwright")
  ];
  const found = [];
  for (const root of roots) {
    if (!root || !existsSync(root)) continue;
    const dirs = readdirSync(root).filter((d) => /^chromium-\d+$/.test(d)).sort().reverse();
    for (const dir of dirs) {
      for (const exe of ["chrome-linux/chrome", "chrome-linux64/chrome", "chrome-mac/Chromium.app/Contents/MacOS/Chromium"]) {
        found.push(join(root, dir, exe));
      }
    }
  }
  return found;
}
function findBrowser({
  explicit,
  env = process.env
} = {}) {
  const candidates = [explicit, env.CHROMIUM_PATH, ...SYSTEM_PATHS, ...playwrightCache(env)];
  return candidates.find((path) => !!path && existsSync(path)) ?? null;
}
const BROWSER_HELP = "No Chromium found. Install one (Debian/Ubuntu as root: apt-get install -y chromium; elsewhere: npx playwright-core install chromium) or set CHROMIUM_PATH to a Chrome or Chromium executable.";
function browserInstallPlan({
  platform = process.platform,
  uid = process.getuid?.(),
  exists = existsSync
} = {}) {
  if (platform === "linux" && uid === 0 && exists("/etc/debian_version") && exists("/usr/bin/apt-get")) {
    return [
      ["apt-get", "update", "-qq"],
      ["apt-get", "install", "-y", "-qq", "chromium"]
    ];
  }
  return [["npx", "--no-install", "playwright-core", "install", "chromium"]];
}

export { BROWSER_HELP, CHROMIUM_ARGS, browserInstallPlan, findBrowser };
