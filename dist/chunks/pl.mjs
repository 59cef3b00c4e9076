const pl = {
  title: "Twoja prywatno\u015B\u0107",
  body: "Opcjonalnych plik\xF3w cookie i podobnych narz\u0119dzi u\u017Cywamy tylko za Twoj\u0105 zgod\u0105. Mo\u017Cesz zmieni\u0107 zdanie w ka\u017Cdej chwili.",
  optOutBody: "Niekt\xF3re pliki cookie mog\u0105 oznacza\u0107 sprzeda\u017C lub udost\u0119pnianie Twoich danych. Mo\u017Cesz si\u0119 sprzeciwi\u0107 w ka\u017Cdej chwili.",
  acceptAll: "Akceptuj wszystko",
  rejectAll: "Odrzu\u0107 wszystko",
  customize: "Dostosuj",
  policy: "Polityka prywatno\u015Bci",
  dialogTitle: "Ustawienia prywatno\u015Bci",
  dialogBody: "Niezb\u0119dne pliki cookie s\u0105 zawsze w\u0142\u0105czone. Pozosta\u0142e wybierz poni\u017Cej.",
  save: "Zapisz wyb\xF3r",
  close: "Zamknij",
  saved: "Twoje wybory zosta\u0142y zapisane.",
  cookies: "Pliki cookie",
  gpc: "Twoja przegl\u0105darka wysy\u0142a Global Privacy Control, wi\u0119c \u015Bledzenie reklamowe jest na start wy\u0142\u0105czone.",
  placeholder: "Zablokowane, dop\xF3ki nie zezwolisz na: {purposes}.",
  allow: "Zezw\xF3l: {purposes}",
  analytics: "Statystyki",
  analyticsInfo: "Liczy odwiedziny, aby\u015Bmy mogli ulepsza\u0107 stron\u0119.",
  ads: "\u015Aledzenie reklamowe",
  adsInfo: "Personalizuje reklamy i mierzy ich skuteczno\u015B\u0107.",
  customization: "Personalizacja",
  customizationInfo: "Zapami\u0119tuje ustawienia, np. region lub uk\u0142ad.",
  login: "Logowanie",
  loginInfo: "Zapisuje dane logowania i e-mail, aby przyspieszy\u0107 zakupy."
};

export { pl };
