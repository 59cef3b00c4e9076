/**
 * The accessible names of consent banners' buttons in the languages consent-gate
 * ships (en, de, fr, es, it, nl, pl, pt). Lower case, punctuation as spaces
 * (`don't` is `don t`); a name matches when it contains a phrase as whole words.
 */

export interface ButtonWords {
  /** Phrases that name the button. */
  phrases: string[];
  /** Phrases that rule a button out (a reject button is not an accept button, "Accept selection" is not "Accept all"). */
  not: string[];
  /** Words that mark the "all" variant, preferred over a bare "Accept". */
  all: string[];
}

const ALL = ['all', 'alle', 'alles', 'tout', 'todo', 'todas', 'todos', 'tutto', 'tutti', 'wszystkie', 'tudo'];

const PARTIAL = [
  'selection', 'selected', 'save', 'settings', 'customize', 'customise', 'preferences', 'manage', 'options', 'more',
  'auswahl', 'speichern', 'einstellungen', 'anpassen', 'sélection', 'paramètres', 'personnaliser', 'enregistrer',
  'selección', 'configurar', 'personalizar', 'guardar', 'selezione', 'impostazioni', 'personalizza', 'salva',
  'selectie', 'instellingen', 'aanpassen', 'opslaan', 'wybrane', 'ustawienia', 'dostosuj', 'zapisz', 'seleção', 'definições', 'gerir',
];

const REJECT = [
  'reject all', 'reject', 'decline all', 'decline', 'deny all', 'deny', 'refuse all', 'refuse', 'disagree', 'do not accept',
  'don t accept', 'no thanks', 'only necessary', 'necessary only', 'only essential', 'essential only', 'accept necessary',
  'accept only necessary', 'necessary cookies only', 'allow necessary', 'continue without accepting',
  'alle ablehnen', 'ablehnen', 'nur notwendige', 'nur essenzielle', 'nicht zustimmen', 'verweigern',
  'tout refuser', 'refuser', 'continuer sans accepter', 'je refuse',
  'rechazar todo', 'rechazar', 'denegar', 'solo necesarias',
  'rifiuta tutto', 'rifiuta', 'rifiutare', 'solo necessari',
  'alles weigeren', 'weigeren', 'afwijzen', 'alleen noodzakelijke',
  'odrzuć wszystkie', 'odrzuć', 'odrzucam', 'tylko niezbędne',
  'rejeitar tudo', 'rejeitar', 'recusar', 'apenas necessários',
];

const ACCEPT = [
  'accept all', 'accept', 'allow all', 'allow', 'agree', 'i agree', 'i accept', 'ok', 'okay', 'got it',
  'alle akzeptieren', 'akzeptieren', 'zustimmen', 'alle zulassen', 'einverstanden', 'annehmen',
  'tout accepter', 'accepter', 'j accepte', 'autoriser',
  'aceptar todo', 'aceptar', 'acepto', 'permitir',
  'accetta tutto', 'accetta', 'accetto', 'acconsento',
  'alles accepteren', 'accepteren', 'akkoord', 'toestaan',
  'akceptuj wszystkie', 'akceptuj', 'zaakceptuj', 'zgadzam się', 'zezwól',
  'aceitar tudo', 'aceitar', 'aceito', 'concordo',
];

/** Words for the Reject all button. */
export const REJECT_WORDS: ButtonWords = { phrases: REJECT, not: PARTIAL, all: ALL };
/** Words for the Accept all button: anything that reads as a reject button is ruled out. */
export const ACCEPT_WORDS: ButtonWords = { phrases: ACCEPT, not: [...PARTIAL, ...REJECT], all: ALL };
