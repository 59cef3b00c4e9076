import type { Texts } from './en';

/** Português. */
export const pt: Texts = {
  title: 'As suas opções de privacidade',
  body: 'Só usamos cookies opcionais e ferramentas semelhantes com o seu consentimento. Pode mudar de ideias a qualquer momento.',
  optOutBody: 'Alguns cookies podem contar como venda ou partilha dos seus dados. Pode opor-se a qualquer momento.',
  acceptAll: 'Aceitar tudo',
  rejectAll: 'Rejeitar tudo',
  customize: 'Personalizar',
  policy: 'Política de privacidade',
  dialogTitle: 'Definições de privacidade',
  dialogBody: 'Os cookies necessários estão sempre ativos. Escolha os restantes abaixo.',
  save: 'Guardar escolhas',
  close: 'Fechar',
  saved: 'As suas escolhas foram guardadas.',
  cookies: 'Cookies',
  gpc: 'O seu navegador envia Global Privacy Control, por isso o rastreio publicitário começa desativado.',
  placeholder: 'Bloqueado até permitir: {purposes}.',
  allow: 'Permitir {purposes}',
  analytics: 'Estatísticas',
  analyticsInfo: 'Conta as visitas para nos ajudar a melhorar o site.',
  ads: 'Rastreio publicitário',
  adsInfo: 'Personaliza anúncios e mede o seu efeito.',
  customization: 'Personalização',
  customizationInfo: 'Lembra definições como região ou layout.',
  login: 'Início de sessão',
  loginInfo: 'Guarda dados de acesso e e-mail para compras mais rápidas.',
};
