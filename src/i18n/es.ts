import type { Texts } from './en';

/** Español. */
export const es: Texts = {
  title: 'Tus opciones de privacidad',
  body: 'Solo usamos cookies opcionales y herramientas similares si aceptas. Puedes cambiar de opinión en cualquier momento.',
  optOutBody: 'Algunas cookies pueden considerarse venta o cesión de tus datos. Puedes oponerte en cualquier momento.',
  acceptAll: 'Aceptar todo',
  rejectAll: 'Rechazar todo',
  customize: 'Personalizar',
  policy: 'Política de privacidad',
  dialogTitle: 'Configuración de privacidad',
  dialogBody: 'Las cookies necesarias están siempre activas. Elige las demás abajo.',
  save: 'Guardar selección',
  close: 'Cerrar',
  saved: 'Tus preferencias se han guardado.',
  cookies: 'Cookies',
  gpc: 'Tu navegador envía Global Privacy Control, así que el seguimiento publicitario empieza desactivado.',
  placeholder: 'Bloqueado hasta que permitas: {purposes}.',
  allow: 'Permitir {purposes}',
  analytics: 'Estadísticas',
  analyticsInfo: 'Cuenta las visitas para ayudarnos a mejorar el sitio.',
  ads: 'Seguimiento publicitario',
  adsInfo: 'Personaliza los anuncios y mide su efecto.',
  customization: 'Personalización',
  customizationInfo: 'Recuerda ajustes como región o diseño.',
  login: 'Inicio de sesión',
  loginInfo: 'Guarda datos de acceso y correo para comprar más rápido.',
};
