const fr = {
  title: "Vos choix de confidentialit\xE9",
  body: "Nous n\u2019utilisons des cookies optionnels et outils similaires qu\u2019avec votre accord. Vous pouvez changer d\u2019avis \xE0 tout moment.",
  optOutBody: "Certains cookies peuvent valoir vente ou partage de vos donn\xE9es. Vous pouvez vous y opposer \xE0 tout moment.",
  acceptAll: "Tout accepter",
  rejectAll: "Tout refuser",
  customize: "Personnaliser",
  policy: "Politique de confidentialit\xE9",
  dialogTitle: "Param\xE8tres de confidentialit\xE9",
  dialogBody: "Les cookies n\xE9cessaires sont toujours actifs. Choisissez les autres ci-dessous.",
  save: "Enregistrer mes choix",
  close: "Fermer",
  saved: "Vos choix sont enregistr\xE9s.",
  cookies: "Cookies",
  gpc: "Votre navigateur envoie Global Privacy Control : le suivi publicitaire est donc d\xE9sactiv\xE9 d\u2019office.",
  placeholder: "Bloqu\xE9 tant que vous n\u2019autorisez pas : {purposes}.",
  allow: "Autoriser : {purposes}",
  analytics: "Statistiques",
  analyticsInfo: "Compte les visites pour nous aider \xE0 am\xE9liorer le site.",
  ads: "Suivi publicitaire",
  adsInfo: "Personnalise les publicit\xE9s et mesure leur effet.",
  customization: "Personnalisation",
  customizationInfo: "Retient vos r\xE9glages, comme la r\xE9gion ou la mise en page.",
  login: "Connexion",
  loginInfo: "Enregistre identifiants et e-mail pour des achats plus rapides."
};

export { fr };
