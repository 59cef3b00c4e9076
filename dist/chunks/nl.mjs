const nl = {
  title: "Jouw privacykeuzes",
  body: "Optionele cookies en vergelijkbare technieken gebruiken we alleen met jouw toestemming. Je kunt je keuze altijd wijzigen.",
  optOutBody: "Sommige cookies kunnen gelden als verkoop of delen van je gegevens. Je kunt altijd bezwaar maken.",
  acceptAll: "Alles accepteren",
  rejectAll: "Alles weigeren",
  customize: "Aanpassen",
  policy: "Privacyverklaring",
  dialogTitle: "Privacyinstellingen",
  dialogBody: "Noodzakelijke cookies staan altijd aan. Kies hieronder de rest.",
  save: "Keuzes opslaan",
  close: "Sluiten",
  saved: "Uw keuzes zijn opgeslagen.",
  cookies: "Cookies",
  gpc: "Je browser stuurt Global Privacy Control, dus advertentietracking staat eerst uit.",
  placeholder: "Geblokkeerd tot je toestemming geeft voor: {purposes}.",
  allow: "{purposes} toestaan",
  analytics: "Statistieken",
  analyticsInfo: "Telt bezoeken zodat we de site kunnen verbeteren.",
  ads: "Advertentietracking",
  adsInfo: "Personaliseert advertenties en meet hun effect.",
  customization: "Personalisatie",
  customizationInfo: "Onthoudt instellingen zoals regio of indeling.",
  login: "Inloggen",
  loginInfo: "Bewaart inloggegevens en e-mail om sneller af te rekenen."
};

export { nl };
