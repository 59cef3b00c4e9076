const en = {
  title: "Your privacy choices",
  body: "We use optional cookies and similar tools only if you agree. You can change your mind at any time.",
  optOutBody: "Some cookies we use may count as selling or sharing your data. You can opt out at any time.",
  acceptAll: "Accept all",
  rejectAll: "Reject all",
  customize: "Customize",
  policy: "Privacy policy",
  dialogTitle: "Privacy settings",
  dialogBody: "Necessary cookies are always on. Choose the others below.",
  save: "Save choices",
  close: "Close",
  saved: "Your choices are saved.",
  cookies: "Cookies",
  gpc: "Your browser sends Global Privacy Control, so ad tracking starts off.",
  placeholder: "Blocked until you allow: {purposes}.",
  allow: "Allow {purposes}",
  analytics: "Analytics",
  analyticsInfo: "Counts visits to help us improve the site.",
  ads: "Ad tracking",
  adsInfo: "Personalizes ads and measures their effect.",
  customization: "Customization",
  customizationInfo: "Remembers settings such as region or layout.",
  login: "Login",
  loginInfo: "Stores login details and email for faster checkout."
};

export { en };
