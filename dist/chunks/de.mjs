const de = {
  title: "Ihre Privatsph\xE4re",
  body: "Optionale Cookies und \xE4hnliche Techniken nutzen wir nur mit Ihrer Zustimmung. Sie k\xF6nnen Ihre Wahl jederzeit \xE4ndern.",
  optOutBody: "Manche Cookies k\xF6nnen als Verkauf oder Weitergabe Ihrer Daten gelten. Sie k\xF6nnen jederzeit widersprechen.",
  acceptAll: "Alle akzeptieren",
  rejectAll: "Alle ablehnen",
  customize: "Anpassen",
  policy: "Datenschutzerkl\xE4rung",
  dialogTitle: "Datenschutz-Einstellungen",
  dialogBody: "Notwendige Cookies sind immer aktiv. Die \xFCbrigen w\xE4hlen Sie unten.",
  save: "Auswahl speichern",
  close: "Schlie\xDFen",
  saved: "Ihre Auswahl ist gespeichert.",
  cookies: "Cookies",
  gpc: "Ihr Browser sendet Global Privacy Control, daher ist Werbe-Tracking zun\xE4chst aus.",
  placeholder: "Blockiert, bis Sie zustimmen: {purposes}.",
  allow: "{purposes} erlauben",
  analytics: "Statistik",
  analyticsInfo: "Z\xE4hlt Besuche, damit wir die Website verbessern k\xF6nnen.",
  ads: "Werbe-Tracking",
  adsInfo: "Personalisiert Werbung und misst ihre Wirkung.",
  customization: "Personalisierung",
  customizationInfo: "Merkt sich Einstellungen wie Region oder Layout.",
  login: "Anmeldung",
  loginInfo: "Speichert Anmeldedaten und E-Mail f\xFCr schnelleres Bestellen."
};

export { de };
