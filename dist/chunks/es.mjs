const es = {
  title: "Tus opciones de privacidad",
  body: "Solo usamos cookies opcionales y herramientas similares si aceptas. Puedes cambiar de opini\xF3n en cualquier momento.",
  optOutBody: "Algunas cookies pueden considerarse venta o cesi\xF3n de tus datos. Puedes oponerte en cualquier momento.",
  acceptAll: "Aceptar todo",
  rejectAll: "Rechazar todo",
  customize: "Personalizar",
  policy: "Pol\xEDtica de privacidad",
  dialogTitle: "Configuraci\xF3n de privacidad",
  dialogBody: "Las cookies necesarias est\xE1n siempre activas. Elige las dem\xE1s abajo.",
  save: "Guardar selecci\xF3n",
  close: "Cerrar",
  saved: "Tus preferencias se han guardado.",
  cookies: "Cookies",
  gpc: "Tu navegador env\xEDa Global Privacy Control, as\xED que el seguimiento publicitario empieza desactivado.",
  placeholder: "Bloqueado hasta que permitas: {purposes}.",
  allow: "Permitir {purposes}",
  analytics: "Estad\xEDsticas",
  analyticsInfo: "Cuenta las visitas para ayudarnos a mejorar el sitio.",
  ads: "Seguimiento publicitario",
  adsInfo: "Personaliza los anuncios y mide su efecto.",
  customization: "Personalizaci\xF3n",
  customizationInfo: "Recuerda ajustes como regi\xF3n o dise\xF1o.",
  login: "Inicio de sesi\xF3n",
  loginInfo: "Guarda datos de acceso y correo para comprar m\xE1s r\xE1pido."
};

export { es };
