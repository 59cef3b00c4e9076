import { createSettings } from '../../../src/config/settings';
import { createStore } from '../../../src/consent/store';
import type { ConsentGateOptions } from '../../../src/types';
import { createWarner } from '../../../src/util/warn';
import { fakeJar } from '../helpers/fake-jar';

/** Settings and a store over an in-memory jar, with the warnings collected. */
export function setup(
  options: ConsentGateOptions = {},
  { cookie, signalRefused = [] }: { cookie?: string; signalRefused?: string[] } = {},
) {
  const warnings: string[] = [];
  // The real warner (each message once), without its `consent-gate: ` prefix.
  const warn = createWarner({ warn: (message: string) => void warnings.push(message.slice(14)) });
  const settings = createSettings(options, { host: 'example.com', warn });
  const jar = fakeJar(cookie ? { [settings.cookieName]: [cookie] } : {});
  const store = createStore({ settings, jar, warn, now: () => Date.now(), crypto: globalThis.crypto, signalRefused });
  return { settings, store, warn, warnings, jar };
}
