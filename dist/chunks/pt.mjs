const pt = {
  title: "As suas op\xE7\xF5es de privacidade",
  body: "S\xF3 usamos cookies opcionais e ferramentas semelhantes com o seu consentimento. Pode mudar de ideias a qualquer momento.",
  optOutBody: "Alguns cookies podem contar como venda ou partilha dos seus dados. Pode opor-se a qualquer momento.",
  acceptAll: "Aceitar tudo",
  rejectAll: "Rejeitar tudo",
  customize: "Personalizar",
  policy: "Pol\xEDtica de privacidade",
  dialogTitle: "Defini\xE7\xF5es de privacidade",
  dialogBody: "Os cookies necess\xE1rios est\xE3o sempre ativos. Escolha os restantes abaixo.",
  save: "Guardar escolhas",
  close: "Fechar",
  saved: "As suas escolhas foram guardadas.",
  cookies: "Cookies",
  gpc: "O seu navegador envia Global Privacy Control, por isso o rastreio publicit\xE1rio come\xE7a desativado.",
  placeholder: "Bloqueado at\xE9 permitir: {purposes}.",
  allow: "Permitir {purposes}",
  analytics: "Estat\xEDsticas",
  analyticsInfo: "Conta as visitas para nos ajudar a melhorar o site.",
  ads: "Rastreio publicit\xE1rio",
  adsInfo: "Personaliza an\xFAncios e mede o seu efeito.",
  customization: "Personaliza\xE7\xE3o",
  customizationInfo: "Lembra defini\xE7\xF5es como regi\xE3o ou layout.",
  login: "In\xEDcio de sess\xE3o",
  loginInfo: "Guarda dados de acesso e e-mail para compras mais r\xE1pidas."
};

export { pt };
