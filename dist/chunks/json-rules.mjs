import { i as isRecord, o as own, M as MAX_COOKIES, F as FORBIDDEN_KEYS, C as COOKIE_NAME, P as PURPOSE_ID, L as LANG } from './cookie-cleanup.mjs';

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
const unlisted = (id, configured) => !!configured && id !== "necessary" && !configured.includes(id);
function problemFlag(configured) {
  const found = () => void (flag.found = true);
  const flag = {
    found: false,
    wrong: found,
    forbidden: found,
    unknown: found,
    tooMany: found,
    purpose: (_path, id) => unlisted(id, configured) && found()
  };
  return flag;
}
const PURPOSE_KEYS = ["label", "description", "cookies"];
const COOKIE_KEYS = ["name", "provider", "duration", "description"];
const TOP_KEYS = ["purposes", "texts", "$schema"];
const takes = (known, key) => known === "purpose" ? PURPOSE_ID.test(key) : known === "lang" || known === "localized" ? LANG.test(key) || known === "localized" && key === "*" : known.includes(key);
const isText = (value) => typeof value === "string" && value.length <= MAX_TEXT;
function readShownConfig(value, report) {
  const purposes = /* @__PURE__ */ Object.create(null);
  const texts = /* @__PURE__ */ Object.create(null);
  const known = (table, path, keys, expected = "object") => {
    const entries = [];
    if (table !== void 0 && !isRecord(table)) report?.wrong(path, expected);
    else
      for (const key of Object.keys(table ?? {})) {
        const at = path ? `${path}.${key}` : key;
        if (FORBIDDEN_KEYS.includes(key)) report?.forbidden(at);
        else if (takes(keys, key)) entries.push([key, table[key]]);
        else report?.unknown(at, key, path, keys);
      }
    return entries;
  };
  const localized = (path, text) => {
    const out = /* @__PURE__ */ Object.create(null);
    for (const [lang, t] of known(typeof text === "string" ? { "*": text } : text, path, "localized", "localized"))
      if (isText(t)) out[lang.toLowerCase()] = t;
      else report?.wrong(path + (lang === "*" ? "" : `.${lang}`), "text");
    return out;
  };
  const cookie = (path, item) => {
    const name = typeof item === "string" ? item : own(item, "name");
    if (typeof name !== "string" || !COOKIE_NAME.test(name)) return report?.wrong(path, "cookie"), [];
    const info = { name };
    if (isRecord(item)) {
      for (const [key, text] of known(item, path, COOKIE_KEYS))
        if (!isText(text)) report?.wrong(`${path}.${key}`, "text");
        else if (key !== "name") info[key] = text;
    }
    return [info];
  };
  if (value !== void 0 && !isRecord(value)) return report?.wrong("", "object"), { purposes, texts };
  known(value, "", TOP_KEYS);
  const schema = own(value, "$schema");
  if (schema !== void 0 && typeof schema !== "string") report?.wrong("$schema", "schema");
  for (const [id, info] of known(own(value, "purposes"), "purposes", "purpose")) {
    const path = `purposes.${id}`;
    known(info ?? null, path, PURPOSE_KEYS);
    if (!isRecord(info)) continue;
    report?.purpose(path, id);
    const list = own(info, "cookies");
    if (list !== void 0 && !Array.isArray(list)) report?.wrong(`${path}.cookies`, "list");
    if (Array.isArray(list) && list.length > MAX_COOKIES) report?.tooMany(`${path}.cookies`);
    purposes[id] = {
      label: localized(`${path}.label`, own(info, "label")),
      description: localized(`${path}.description`, own(info, "description")),
      cookies: (Array.isArray(list) ? list.slice(0, MAX_COOKIES) : []).flatMap((item, n) => cookie(`${path}.cookies[${n}]`, item))
    };
  }
  for (const [lang, table] of known(own(value, "texts"), "texts", "lang")) {
    const path = `texts.${lang}`;
    const clean = /* @__PURE__ */ Object.create(null);
    for (const [key, text] of known(table ?? null, path, TEXT_KEYS))
      if (isText(text)) clean[key] = text;
      else report?.wrong(`${path}.${key}`, "text");
    if (isRecord(table)) texts[lang.toLowerCase()] = clean;
  }
  return { purposes, texts };
}

export { MAX_TEXT as M, TEXT_KEYS as T, problemFlag as p, readShownConfig as r, unlisted as u };
