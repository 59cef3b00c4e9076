import { h as hasOwn } from './own.mjs';

const OPTION_KEYS = [
  "purposes",
  "mode",
  "policyUrl",
  "revision",
  "expires",
  "cookieName",
  "cookieDomain",
  "lang",
  "position",
  "theme",
  "gpc",
  "googleConsentMode",
  "googleConsentWait",
  "logUrl",
  "reloadOnWithdraw"
];
const DEFAULT_PURPOSES = ["analytics", "ads", "customization", "login"];
const attributeName = (key) => "data-" + key.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
const PURPOSE_ID = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;
const LANG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
const FORBIDDEN_KEYS = ["__proto__", "constructor", "prototype"];
const MAX_COOKIES = 200;
const COOKIE_NAME = /^[^;=\s]{1,256}$/;

const MAX_JSON_CHARS = 2e5;
function parseJsonText(text, warn) {
  if (text == null || !text.trim()) return void 0;
  if (text.length > MAX_JSON_CHARS) {
    warn(`the JSON config is over ${MAX_JSON_CHARS} characters; ignoring it`);
    return void 0;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    warn("the JSON config is not valid JSON; ignoring it", error);
    return void 0;
  }
}
const isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
const own = (value, key) => isRecord(value) && hasOwn(value, key) ? value[key] : void 0;
function safeEntries(value) {
  return isRecord(value) ? Object.keys(value).flatMap((key) => FORBIDDEN_KEYS.includes(key) ? [] : [[key, value[key]]]) : [];
}
function readJsonConfig(value) {
  const cookies = /* @__PURE__ */ Object.create(null);
  for (const [id, info] of safeEntries(own(value, "purposes"))) {
    const list = own(info, "cookies");
    if (PURPOSE_ID.test(id) && Array.isArray(list))
      cookies[id] = list.slice(0, MAX_COOKIES).map((item) => typeof item === "string" ? item : own(item, "name")).filter((name) => typeof name === "string" && COOKIE_NAME.test(name));
  }
  const langs = /* @__PURE__ */ new Set();
  for (const [lang, table] of safeEntries(own(value, "texts"))) if (LANG.test(lang) && isRecord(table)) langs.add(lang.toLowerCase());
  return { cookies, langs: [...langs], raw: value };
}

function matcher(pattern) {
  if (!pattern.includes("*")) return (name) => name === pattern;
  const parts = pattern.split("*").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const re = new RegExp("^" + parts.join(".*") + "$");
  return (name) => re.test(name);
}
function clearRefused(settings, choices, jar, win) {
  const tests = [];
  for (const purpose of settings.purposes) {
    if (choices[purpose] !== false) continue;
    for (const name of settings.json.cookies[purpose] ?? []) tests.push(matcher(name));
  }
  if (!tests.length) return;
  const doomed = jar.names().filter((n) => n !== settings.cookieName && tests.some((t) => t(n)));
  const places = jar.places(settings.cookieDomain);
  for (const name of doomed) for (const place of places) jar.remove(name, place);
  for (const area of ["localStorage", "sessionStorage"]) {
    try {
      const storage = win[area];
      for (let i = storage.length - 1; i >= 0; i--) {
        const key = storage.key(i);
        if (key !== null && tests.some((t) => t(key))) storage.removeItem(key);
      }
    } catch {
    }
  }
}

export { COOKIE_NAME as C, DEFAULT_PURPOSES as D, FORBIDDEN_KEYS as F, LANG as L, MAX_COOKIES as M, OPTION_KEYS as O, PURPOSE_ID as P, attributeName as a, clearRefused as c, isRecord as i, matcher as m, own as o, parseJsonText as p, readJsonConfig as r, safeEntries as s };
