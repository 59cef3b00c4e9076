import { i as isRecord, o as own, M as MAX_COOKIES, F as FORBIDDEN_KEYS, L as LANG, C as COOKIE_NAME, D as DEFAULT_PURPOSES, a as attributeName, O as OPTION_KEYS, P as PURPOSE_ID } from './cookie-cleanup.mjs';

const TEXT_KEYS = [
  "title",
  "body",
  "optOutBody",
  "acceptAll",
  "rejectAll",
  "customize",
  "policy",
  "dialogTitle",
  "dialogBody",
  "save",
  "close",
  "saved",
  "cookies",
  "gpc",
  "placeholder",
  "allow",
  "analytics",
  "analyticsInfo",
  "ads",
  "adsInfo",
  "customization",
  "customizationInfo",
  "login",
  "loginInfo"
];

const MAX_TEXT = 2e3;
const MAX_WARNINGS = 20;
const A_TEXT = `a text of at most ${MAX_TEXT} characters`;
const LANGS = [LANG, "language codes such as en or de-AT"];
const PURPOSE_KEYS = ["label", "description", "cookies"];
const COOKIE_KEYS = ["name", "provider", "duration", "description"];
const TEXT_KEY_LIST = TEXT_KEYS;
const places = (keys, at) => (typeof keys === "string" ? keys.split(" ") : keys).map((key) => [key, at(key)]);
const PLACES = [
  ...places("purposes texts", String),
  ...places("label description cookies", (k) => `purposes.<id>.${k}`),
  ...places("name title", () => "purposes.<id>.label"),
  ...places("info details", () => "purposes.<id>.description"),
  ...places("name provider duration", (k) => `purposes.<id>.cookies[n].${k}`),
  ...places("expires expiry expiration lifetime maxAge max-age ttl", () => "purposes.<id>.cookies[n].duration"),
  ...places("vendor company owner domain", () => "purposes.<id>.cookies[n].provider"),
  ...places(DEFAULT_PURPOSES, (k) => `purposes.${k}`),
  ...places(TEXT_KEYS, (k) => `texts.<lang>.${k}`),
  ...places(OPTION_KEYS, (k) => `${attributeName(k)}="\u2026" on the script tag`)
];
function fill(place, parent) {
  const at = parent.split(".");
  let same = true;
  return place.split(".").map((part, i) => (same = same && at[i] !== void 0 && (part === at[i] || /[<[]/.test(part))) ? at[i] : part).join(".");
}
function distance(a, b) {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}
function nearest(key, parent) {
  let best;
  let least = Math.min(2.5, key.length / 2 - 0.5);
  for (const [name, place] of PLACES) {
    const filled = fill(place, parent);
    const score = distance(key.toLowerCase(), name.toLowerCase()) - (filled.startsWith(parent) ? 0.5 : 0);
    if (score < least) [best, least] = [filled, score];
  }
  return best;
}
const quote = (path) => JSON.stringify(path.length > 60 ? path.slice(0, 60) + "\u2026" : path);
const isText = (value) => typeof value === "string" && value.length <= MAX_TEXT;
function cleanJsonConfig(value, warn, configured) {
  const purposes = /* @__PURE__ */ Object.create(null);
  const texts = /* @__PURE__ */ Object.create(null);
  let told = 0;
  const tell = (path, problem) => {
    if (++told <= MAX_WARNINGS) warn(`the JSON config ${path ? `key ${quote(path)} ` : ""}${problem}`);
    else if (told === MAX_WARNINGS + 1) warn("the JSON config has more problems than these; see docs/configuration.md");
  };
  const wrong = (path, expected) => tell(path, `must be ${expected}; ignoring it`);
  const known = (table, path, keys, hints = true, expected = "an object") => {
    const entries = [];
    const [re, what] = keys[0] instanceof RegExp ? keys : [];
    if (table !== void 0 && !isRecord(table)) wrong(path, expected);
    else
      for (const key of Object.keys(table ?? {})) {
        const at = path ? `${path}.${key}` : key;
        if (FORBIDDEN_KEYS.includes(key)) tell(at, "is not allowed and is ignored");
        else if (re ? re.test(key) : keys.includes(key)) entries.push([key, table[key]]);
        else {
          const place = hints && nearest(key, path) || (!path && LANG.test(key) ? `texts.${key}` : "");
          tell(at, `is not known and is ignored; ${place ? `did you mean ${place}?` : `known here: ${what ?? keys.join(", ")}`}`);
        }
      }
    return entries;
  };
  const localized = (path, text) => {
    const out = /* @__PURE__ */ Object.create(null);
    const keys = [/^(\*|[a-z]{2,3}(-[a-z0-9]{2,8})*)$/i, LANGS[1] + ", or *"];
    for (const [lang, t] of known(
      typeof text === "string" ? { "*": text } : text,
      path,
      keys,
      false,
      "a text or { language code: text }"
    )) {
      if (isText(t)) out[lang.toLowerCase()] = t;
      else wrong(path + (lang === "*" ? "" : `.${lang}`), A_TEXT);
    }
    return out;
  };
  const cookie = (path, item) => {
    const name = typeof item === "string" ? item : own(item, "name");
    if (typeof name !== "string" || !COOKIE_NAME.test(name))
      return wrong(path, 'a cookie name (or { name }) without ";", "=" or spaces'), [];
    const info = { name };
    if (isRecord(item)) {
      for (const [key, text] of known(item, path, COOKIE_KEYS))
        if (!isText(text)) wrong(`${path}.${key}`, A_TEXT);
        else if (key !== "name") info[key] = text;
    }
    return [info];
  };
  if (value !== void 0 && !isRecord(value)) return tell("", "must be an object; ignoring it"), { purposes, texts };
  known(value, "", ["purposes", "texts", "$schema"]);
  const schema = own(value, "$schema");
  if (schema !== void 0 && typeof schema !== "string") wrong("$schema", "a text");
  for (const [id, info] of known(own(value, "purposes"), "purposes", [PURPOSE_ID, "purpose ids as in data-purposes"])) {
    const path = `purposes.${id}`;
    known(info ?? null, path, PURPOSE_KEYS);
    if (!isRecord(info)) continue;
    if (configured && id !== "necessary" && !configured.includes(id))
      tell(path, "is not in data-purposes: it is never shown and its cookies are never cleared");
    const list = own(info, "cookies");
    if (list !== void 0 && !Array.isArray(list)) wrong(`${path}.cookies`, "a list");
    if (Array.isArray(list) && list.length > MAX_COOKIES) tell(`${path}.cookies`, `lists over ${MAX_COOKIES} cookies; ignoring the rest`);
    purposes[id] = {
      label: localized(`${path}.label`, own(info, "label")),
      description: localized(`${path}.description`, own(info, "description")),
      cookies: (Array.isArray(list) ? list.slice(0, MAX_COOKIES) : []).flatMap((item, n) => cookie(`${path}.cookies[${n}]`, item))
    };
  }
  for (const [lang, table] of known(own(value, "texts"), "texts", LANGS)) {
    const path = `texts.${lang}`;
    const clean = /* @__PURE__ */ Object.create(null);
    for (const [key, text] of known(table ?? null, path, TEXT_KEY_LIST))
      if (isText(text)) clean[key] = text;
      else wrong(`${path}.${key}`, A_TEXT);
    if (isRecord(table)) texts[lang.toLowerCase()] = clean;
  }
  return { purposes, texts };
}

export { cleanJsonConfig as c };
