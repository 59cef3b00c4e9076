import { readFileSync } from 'node:fs';

const ROOT = new URL('../..', import.meta.url);

/** Installed version of a package, as pinned in package-lock through node_modules. */
export function version(pkg) {
  return JSON.parse(readFileSync(new URL(`node_modules/${pkg}/package.json`, ROOT), 'utf8')).version;
}

/** Our own version, from the repository's package.json. */
export function ownVersion() {
  return JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')).version;
}
