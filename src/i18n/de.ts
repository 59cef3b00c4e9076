import type { Texts } from './en';

/** Deutsch. */
export const de: Texts = {
  title: 'Ihre Privatsphäre',
  body: 'Optionale Cookies und ähnliche Techniken nutzen wir nur mit Ihrer Zustimmung. Sie können Ihre Wahl jederzeit ändern.',
  optOutBody: 'Manche Cookies können als Verkauf oder Weitergabe Ihrer Daten gelten. Sie können jederzeit widersprechen.',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  customize: 'Anpassen',
  policy: 'Datenschutzerklärung',
  dialogTitle: 'Datenschutz-Einstellungen',
  dialogBody: 'Notwendige Cookies sind immer aktiv. Die übrigen wählen Sie unten.',
  save: 'Auswahl speichern',
  close: 'Schließen',
  saved: 'Ihre Auswahl ist gespeichert.',
  cookies: 'Cookies',
  gpc: 'Ihr Browser sendet Global Privacy Control, daher ist Werbe-Tracking zunächst aus.',
  placeholder: 'Blockiert, bis Sie zustimmen: {purposes}.',
  allow: '{purposes} erlauben',
  analytics: 'Statistik',
  analyticsInfo: 'Zählt Besuche, damit wir die Website verbessern können.',
  ads: 'Werbe-Tracking',
  adsInfo: 'Personalisiert Werbung und misst ihre Wirkung.',
  customization: 'Personalisierung',
  customizationInfo: 'Merkt sich Einstellungen wie Region oder Layout.',
  login: 'Anmeldung',
  loginInfo: 'Speichert Anmeldedaten und E-Mail für schnelleres Bestellen.',
};
