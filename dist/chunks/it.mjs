const it = {
  title: "Le tue scelte sulla privacy",
  body: "Usiamo cookie facoltativi e strumenti simili solo con il tuo consenso. Puoi cambiare idea in qualsiasi momento.",
  optOutBody: "Alcuni cookie possono valere come vendita o condivisione dei tuoi dati. Puoi opporti in qualsiasi momento.",
  acceptAll: "Accetta tutto",
  rejectAll: "Rifiuta tutto",
  customize: "Personalizza",
  policy: "Informativa sulla privacy",
  dialogTitle: "Impostazioni privacy",
  dialogBody: "I cookie necessari sono sempre attivi. Scegli gli altri qui sotto.",
  save: "Salva le scelte",
  close: "Chiudi",
  saved: "Le tue scelte sono state salvate.",
  cookies: "Cookie",
  gpc: "Il tuo browser invia Global Privacy Control, quindi il tracciamento pubblicitario parte disattivato.",
  placeholder: "Bloccato finch\xE9 non consenti: {purposes}.",
  allow: "Consenti {purposes}",
  analytics: "Statistiche",
  analyticsInfo: "Conta le visite per aiutarci a migliorare il sito.",
  ads: "Tracciamento pubblicitario",
  adsInfo: "Personalizza gli annunci e ne misura l\u2019effetto.",
  customization: "Personalizzazione",
  customizationInfo: "Ricorda impostazioni come regione o layout.",
  login: "Accesso",
  loginInfo: "Salva dati di accesso ed e-mail per acquisti pi\xF9 rapidi."
};

export { it };
