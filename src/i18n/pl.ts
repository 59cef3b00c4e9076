import type { Texts } from './en';

/** Polski. */
export const pl: Texts = {
  title: 'Twoja prywatność',
  body: 'Opcjonalnych plików cookie i podobnych narzędzi używamy tylko za Twoją zgodą. Możesz zmienić zdanie w każdej chwili.',
  optOutBody: 'Niektóre pliki cookie mogą oznaczać sprzedaż lub udostępnianie Twoich danych. Możesz się sprzeciwić w każdej chwili.',
  acceptAll: 'Akceptuj wszystko',
  rejectAll: 'Odrzuć wszystko',
  customize: 'Dostosuj',
  policy: 'Polityka prywatności',
  dialogTitle: 'Ustawienia prywatności',
  dialogBody: 'Niezbędne pliki cookie są zawsze włączone. Pozostałe wybierz poniżej.',
  save: 'Zapisz wybór',
  close: 'Zamknij',
  saved: 'Twoje wybory zostały zapisane.',
  cookies: 'Pliki cookie',
  gpc: 'Twoja przeglądarka wysyła Global Privacy Control, więc śledzenie reklamowe jest na start wyłączone.',
  placeholder: 'Zablokowane, dopóki nie zezwolisz na: {purposes}.',
  allow: 'Zezwól: {purposes}',
  analytics: 'Statystyki',
  analyticsInfo: 'Liczy odwiedziny, abyśmy mogli ulepszać stronę.',
  ads: 'Śledzenie reklamowe',
  adsInfo: 'Personalizuje reklamy i mierzy ich skuteczność.',
  customization: 'Personalizacja',
  customizationInfo: 'Zapamiętuje ustawienia, np. region lub układ.',
  login: 'Logowanie',
  loginInfo: 'Zapisuje dane logowania i e-mail, aby przyspieszyć zakupy.',
};
