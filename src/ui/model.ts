import type { CleanJsonConfig, CookieInfo } from '../config/json-rules';
import type { Settings } from '../config/settings';
import { describePurpose, type Texts } from '../i18n/index';

/** One purpose as the dialog shows it. */
export interface PurposeView {
  id: string;
  label: string;
  description: string;
  cookies: readonly CookieInfo[];
}

/** Everything the UI shows that does not change while the page is open. */
export interface UiModel {
  texts: Texts;
  lang: string;
  purposes: PurposeView[];
  position: Settings['position'];
  /** `data-theme` of our hosts: light, dark or auto (styles.css). */
  theme: Settings['theme'];
  policyUrl: string | null;
  mode: Settings['mode'];
  /** Purposes refused by a browser signal (GPC), told in the dialog. */
  signalRefused: readonly string[];
}

/**
 * Builds the UI model from settings, the chosen language's texts and the
 * purposes the validated JSON config declares (labels, descriptions, cookies;
 * none by default).
 *
 * @example
 * const model = createUiModel(settings, textsFor('de', allLanguages, {}), 'de', [], readShownConfig(config).purposes);
 * model.purposes[0].label // 'Statistik'
 */
export function createUiModel(
  settings: Settings,
  texts: Texts,
  lang: string,
  signalRefused: readonly string[],
  declared: CleanJsonConfig['purposes'] = Object.create(null),
): UiModel {
  const purposes = settings.purposes.map((id) => {
    const info = declared[id];
    return { id, ...describePurpose(id, info, texts, lang), cookies: info?.cookies ?? [] };
  });
  // The settings as they are (the UI reads position, policyUrl and mode of them); purposes shown in their place.
  return { ...settings, texts, lang, purposes, signalRefused };
}

/**
 * Fills `{purposes}` in a text with a list of labels. A function replacement,
 * so a label from the JSON config holding `$&` or `$'` stays literal.
 *
 * @example
 * fill('Allow {purposes}', ['Analytics', 'Ads']) // 'Allow Analytics, Ads'
 */
export function fill(text: string, labels: string[]): string {
  return text.replace('{purposes}', () => labels.join(', '));
}
