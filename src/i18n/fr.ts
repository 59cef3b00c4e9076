import type { Texts } from './en';

/** Français. */
export const fr: Texts = {
  title: 'Vos choix de confidentialité',
  body: 'Nous n’utilisons des cookies optionnels et outils similaires qu’avec votre accord. Vous pouvez changer d’avis à tout moment.',
  optOutBody: 'Certains cookies peuvent valoir vente ou partage de vos données. Vous pouvez vous y opposer à tout moment.',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  policy: 'Politique de confidentialité',
  dialogTitle: 'Paramètres de confidentialité',
  dialogBody: 'Les cookies nécessaires sont toujours actifs. Choisissez les autres ci-dessous.',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  saved: 'Vos choix sont enregistrés.',
  cookies: 'Cookies',
  gpc: 'Votre navigateur envoie Global Privacy Control : le suivi publicitaire est donc désactivé d’office.',
  placeholder: 'Bloqué tant que vous n’autorisez pas : {purposes}.',
  allow: 'Autoriser : {purposes}',
  analytics: 'Statistiques',
  analyticsInfo: 'Compte les visites pour nous aider à améliorer le site.',
  ads: 'Suivi publicitaire',
  adsInfo: 'Personnalise les publicités et mesure leur effet.',
  customization: 'Personnalisation',
  customizationInfo: 'Retient vos réglages, comme la région ou la mise en page.',
  login: 'Connexion',
  loginInfo: 'Enregistre identifiants et e-mail pour des achats plus rapides.',
};
