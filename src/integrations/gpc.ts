import type { Settings } from '../config/settings';

/**
 * Global Privacy Control (docs/consent-signals.md#global-privacy-control): with `navigator.globalPrivacyControl ===
 * true` and `data-gpc="respect"`, `ads` starts refused, in both modes. The
 * visitor can still grant it explicitly; an explicit choice wins.
 *
 * @example
 * readGpcRefusals(settings, navigator) // ['ads'] when the signal is on
 */
export function readGpcRefusals(settings: Settings, nav: Navigator | undefined): string[] {
  try {
    if (
      (nav as { globalPrivacyControl?: unknown } | undefined)?.globalPrivacyControl === true &&
      settings.gpc === 'respect' &&
      settings.purposes.includes('ads')
    )
      return ['ads'];
  } catch {
    // A navigator whose getter throws: no signal.
  }
  return [];
}
