import { c as cookiePairs, N as NO_READING, d as decodeDecision, r as randomId, e as encodeDecision, s as stateOf, a as choicesOf, b as readDecision, v as valuesOf, f as shownDigest } from './parse-consent-cookie.mjs';

function descriptor(doc, name) {
  let proto = Object.getPrototypeOf(doc);
  while (proto) {
    const found = Object.getOwnPropertyDescriptor(proto, name);
    if (found) return found;
    proto = Object.getPrototypeOf(proto);
  }
  return void 0;
}
function domOf(doc) {
  const read = (name, fallback) => {
    try {
      const get = descriptor(doc, name)?.get;
      return get ? get.call(doc) : fallback;
    } catch {
      return fallback;
    }
  };
  const method = (name) => descriptor(doc, name)?.value;
  const qsa = method("querySelectorAll");
  return {
    cookie: () => {
      const value = read("cookie", "");
      return typeof value === "string" ? value : "";
    },
    setCookie(value) {
      try {
        const set = descriptor(doc, "cookie")?.set;
        if (!set) return false;
        set.call(doc, value);
        return true;
      } catch {
        return false;
      }
    },
    querySelectorAll(selector) {
      try {
        return qsa ? Array.from(qsa.call(doc, selector)) : [];
      } catch {
        return [];
      }
    },
    visibilityState: () => String(read("visibilityState", "visible")),
    documentElement: () => read("documentElement", null),
    defaultView: () => read("defaultView", null),
    currentScript: () => read("currentScript", null),
    readyState: () => String(read("readyState", "complete")),
    body: () => read("body", null),
    head: () => read("head", null),
    activeElement: () => read("activeElement", null),
    createElement: (tag) => method("createElement").call(doc, tag)
  };
}
function listen(target, type, listener) {
  const call = (name) => {
    try {
      EventTarget.prototype[name].call(target, type, listener);
      return true;
    } catch {
      try {
        target[name](type, listener);
        return true;
      } catch {
        return false;
      }
    }
  };
  if (!call("addEventListener")) return () => {
  };
  return () => void call("removeEventListener");
}
function queryAll(root, selector) {
  try {
    const type = Object.getOwnPropertyDescriptor(Node.prototype, "nodeType").get.call(root);
    const proto = type === 9 ? Document.prototype : type === 11 ? DocumentFragment.prototype : Element.prototype;
    return Array.from(proto.querySelectorAll.call(root, selector));
  } catch {
    return [];
  }
}
function dispatch(target, event) {
  return EventTarget.prototype.dispatchEvent.call(target, event);
}

function createEmitter(onError) {
  const listeners = /* @__PURE__ */ new Map();
  return {
    on(type, listener) {
      let set = listeners.get(type);
      if (!set) listeners.set(type, set = /* @__PURE__ */ new Set());
      const entry = (payload) => listener(payload);
      set.add(entry);
      return () => void set.delete(entry);
    },
    emit(type, payload) {
      const set = listeners.get(type);
      if (!set) return;
      for (const listener of [...set]) {
        try {
          listener(payload);
        } catch (error) {
          onError(error);
        }
      }
    }
  };
}

function createApi({ store, settings, doc, warn, show, hide }) {
  const events = createEmitter((e) => warn("a consentGate.on() callback threw", e));
  const all = (value) => Object.fromEntries(settings.purposes.map((p) => [p, value]));
  store.subscribe(() => {
    const state = store.get();
    events.emit("change", state);
    try {
      dispatch(doc, new CustomEvent("consent-gate:change", { detail: state }));
    } catch (error) {
      warn("a consent-gate:change listener threw", error);
    }
  });
  const api = {
    get: () => store.get(),
    has: (purpose) => purpose === "necessary" || store.choices()[purpose] === true,
    accept(purposes) {
      if (purposes === void 0) return store.decide(all(true));
      if (!Array.isArray(purposes)) return warn("consentGate.accept() takes an array of purposes; nothing was granted");
      store.decide(Object.fromEntries(purposes.filter((p) => typeof p === "string").map((p) => [p, true])));
    },
    reject: () => store.decide(all(false)),
    set(choices) {
      if (typeof choices !== "object" || choices === null) return warn("consentGate.set() takes an object of purpose: boolean");
      store.decide(choices);
    },
    show,
    hide,
    reset: () => store.reset(),
    on(event, callback) {
      if (typeof callback !== "function") return () => {
      };
      return events.on(event, callback);
    }
  };
  return { api, emit: (event) => events.emit(event, store.get()) };
}

function safeUrl(input, maxLength = 2048) {
  if (typeof input !== "string") return null;
  const trimmed = input.trim();
  if (!trimmed || trimmed.length > maxLength) return null;
  const compact = trimmed.replace(/[\u0000-\u001f\u007f\s]/g, "");
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (scheme) return /^https?$/i.test(scheme[1]) ? trimmed : null;
  const beforePath = compact.split(/[/?#]/, 1)[0];
  return beforePath.includes(":") ? null : trimmed;
}

const TEXT_KEYS$1 = [
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

const MAX_TEXT = 2e3;
const FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function safeEntries(value) {
  if (!isRecord(value)) return [];
  return Object.keys(value).filter((key) => !FORBIDDEN_KEYS.has(key)).map((key) => [key, value[key]]);
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function own$1(value, key) {
  return Object.prototype.hasOwnProperty.call(value, key) ? value[key] : void 0;
}
function cleanString(value) {
  return typeof value === "string" && value.length <= MAX_TEXT ? value : void 0;
}
const BUILT_IN_PURPOSES$1 = DEFAULT_PURPOSES;
const TEXT_KEYS = TEXT_KEYS$1;
const ATTRIBUTES = OPTION_KEYS;
const LANG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
const MAX_WARNINGS = 20;
const MAX_COOKIES = 200;
const PURPOSE_ID$1 = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;
const quote = (key) => JSON.stringify(key.length > 40 ? key.slice(0, 40) + "\u2026" : key);
const attributeOf = (key) => "data-" + key.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
function closest(key, known) {
  const lower = key.toLowerCase();
  const distance = (a, b) => {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const next = [i];
      for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      row = next;
    }
    return row[b.length];
  };
  return known.find((k) => k.toLowerCase() === lower) ?? known.find((k) => Math.abs(k.length - key.length) <= 2 && distance(lower, k.toLowerCase()) <= 2);
}
function topLevelHint(key) {
  if (key === "cookies") return "cookie declarations go in purposes.<id>.cookies, e.g. purposes.analytics.cookies";
  if (key === "label" || key === "description") return `it belongs to a purpose: purposes.<id>.${key}`;
  if (BUILT_IN_PURPOSES$1.includes(key)) return `a purpose goes in purposes.${key}`;
  if (TEXT_KEYS.includes(key)) return `a text goes in texts.<lang>.${key}, e.g. texts.en.${key}`;
  if (ATTRIBUTES.includes(key)) return `set it on the script tag as ${attributeOf(key)}="\u2026"`;
  if (LANG.test(key)) return `texts of a language go in texts.${key}`;
  const near = closest(key, ["purposes", "texts"]);
  return near ? `did you mean ${near}?` : "the known keys are purposes and texts";
}
function purposeHint(path, key) {
  if (/^(name|title)$/i.test(key)) return `the shown name goes in ${path}.label`;
  if (/^(info|text|details?)$/i.test(key)) return `the explanation goes in ${path}.description`;
  const near = closest(key, ["label", "description", "cookies"]);
  return near ? `did you mean ${path}.${near}?` : "the known keys are label, description and cookies";
}
function cookieHint(key) {
  if (/^(expir|lifetime|max-?age|ttl)/i.test(key)) return "the lifetime goes in duration";
  if (/^(vendor|company|owner|domain)$/i.test(key)) return "who sets it goes in provider";
  const near = closest(key, ["name", "provider", "duration", "description"]);
  return near ? `did you mean ${near}?` : "the known keys are name, provider, duration and description";
}
function cleanJsonConfig(value, warn, configured) {
  const purposes = /* @__PURE__ */ Object.create(null);
  const texts = /* @__PURE__ */ Object.create(null);
  if (value === void 0) return { purposes, texts };
  if (!isRecord(value)) {
    warn("the JSON config must be an object; ignoring it");
    return { purposes, texts };
  }
  let told = 0;
  const tell = (message) => {
    if (++told <= MAX_WARNINGS) warn("the JSON config " + message);
    else if (told === MAX_WARNINGS + 1) warn("the JSON config has more problems than these; see docs/configuration.md");
  };
  const unknown = (path, hint) => tell(`key ${quote(path)} is not known and is ignored; ${hint}`);
  const wrongType = (path, expected) => tell(`key ${quote(path)} must be ${expected}; ignoring it`);
  const forbidden = (key, path) => FORBIDDEN_KEYS.has(key) && (tell(`key ${quote(path)} is not allowed and is ignored`), true);
  const localized = (path, text) => {
    const out = /* @__PURE__ */ Object.create(null);
    if (text === void 0) return out;
    const single = cleanString(text);
    if (single !== void 0) out["*"] = single;
    else if (!isRecord(text)) wrongType(path, `a text, or an object of texts per language, at most ${MAX_TEXT} characters`);
    for (const [lang, t] of safeEntries(text)) {
      const clean = cleanString(t);
      if (clean === void 0) wrongType(`${path}.${lang}`, `a text of at most ${MAX_TEXT} characters`);
      else {
        if (!LANG.test(lang) && lang !== "*") unknown(`${path}.${lang}`, "keys of a text are language codes such as en or de-AT");
        out[lang.toLowerCase()] = clean;
      }
    }
    return out;
  };
  const cookie = (path, item) => {
    const name = cleanString(typeof item === "string" ? item : isRecord(item) ? own$1(item, "name") : void 0);
    if (!name || name.length > 256 || /[;=\s]/.test(name)) {
      wrongType(path, 'a cookie name (or an object with one), without ";", "=" or spaces');
      return null;
    }
    if (!isRecord(item)) return { name };
    const info = { name };
    for (const key of Object.keys(item)) {
      if (forbidden(key, `${path}.${key}`) || key === "name") continue;
      if (key !== "provider" && key !== "duration" && key !== "description") unknown(`${path}.${key}`, cookieHint(key));
      else {
        const text = cleanString(item[key]);
        if (text === void 0) wrongType(`${path}.${key}`, `a text of at most ${MAX_TEXT} characters`);
        else info[key] = text;
      }
    }
    return info;
  };
  for (const key of Object.keys(value)) {
    if (forbidden(key, key)) continue;
    if (key !== "purposes" && key !== "texts" && key !== "$schema") unknown(key, topLevelHint(key));
  }
  if (own$1(value, "$schema") !== void 0 && typeof own$1(value, "$schema") !== "string")
    wrongType("$schema", "the URL or path of the schema");
  const purposeTable = own$1(value, "purposes");
  if (purposeTable !== void 0 && !isRecord(purposeTable))
    wrongType("purposes", "an object of purpose id: { label, description, cookies }");
  const purposeRecord = isRecord(purposeTable) ? purposeTable : {};
  for (const id of Object.keys(purposeRecord)) {
    const path = `purposes.${id}`;
    if (forbidden(id, path)) continue;
    const info = purposeRecord[id];
    if (!PURPOSE_ID$1.test(id)) {
      unknown(path, 'a purpose id is a letter then up to 31 letters, digits, "_" or "-", as in data-purposes');
      continue;
    }
    if (!isRecord(info)) {
      wrongType(path, "an object with label, description and cookies");
      continue;
    }
    if (configured && id !== "necessary" && !configured.includes(id))
      tell(`declares purpose ${quote(id)}, which data-purposes does not list; it is never shown and its cookies are never cleared`);
    for (const key of Object.keys(info))
      if (!forbidden(key, `${path}.${key}`) && !["label", "description", "cookies"].includes(key))
        unknown(`${path}.${key}`, purposeHint(path, key));
    const list = own$1(info, "cookies");
    if (list !== void 0 && !Array.isArray(list))
      wrongType(`${path}.cookies`, "a list of cookie names or { name, provider, duration, description }");
    if (Array.isArray(list) && list.length > MAX_COOKIES)
      tell(`key ${quote(`${path}.cookies`)} lists more than ${MAX_COOKIES} cookies; the rest are ignored`);
    const cookies = Array.isArray(list) ? list.slice(0, MAX_COOKIES) : [];
    purposes[id] = {
      label: localized(`${path}.label`, own$1(info, "label")),
      description: localized(`${path}.description`, own$1(info, "description")),
      cookies: cookies.map((item, n) => cookie(`${path}.cookies[${n}]`, item)).filter((c) => c !== null)
    };
  }
  const textTable = own$1(value, "texts");
  if (textTable !== void 0 && !isRecord(textTable)) wrongType("texts", "an object of language code: { text key: text }");
  const textRecord = isRecord(textTable) ? textTable : {};
  for (const lang of Object.keys(textRecord)) {
    const path = `texts.${lang}`;
    if (forbidden(lang, path)) continue;
    const table = textRecord[lang];
    if (!LANG.test(lang)) {
      unknown(
        path,
        TEXT_KEYS.includes(lang) ? `a text goes in texts.<lang>.${lang}, e.g. texts.en.${lang}` : "keys of texts are language codes such as en or de-AT"
      );
      continue;
    }
    if (!isRecord(table)) {
      wrongType(path, "an object of text key: text");
      continue;
    }
    const clean = /* @__PURE__ */ Object.create(null);
    for (const key of Object.keys(table)) {
      if (forbidden(key, `${path}.${key}`)) continue;
      if (!TEXT_KEYS.includes(key)) {
        const near = closest(key, TEXT_KEYS);
        unknown(`${path}.${key}`, near ? `did you mean ${path}.${near}?` : `the text keys are ${TEXT_KEYS.join(", ")}`);
        continue;
      }
      const text = cleanString(table[key]);
      if (text === void 0) wrongType(`${path}.${key}`, `a text of at most ${MAX_TEXT} characters`);
      else clean[key] = text;
    }
    texts[lang.toLowerCase()] = clean;
  }
  return { purposes, texts };
}

const PURPOSE_ID = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;
const MAX_PURPOSES = 20;
const attributeName = (key) => "data-" + key.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
function describe(value) {
  const text = Object(value) === value ? typeof value : String(value);
  return JSON.stringify(text.length > 40 ? text.slice(0, 40) + "\u2026" : text);
}
function ownOption(options, key) {
  return typeof options === "object" && options !== null && Object.prototype.hasOwnProperty.call(options, key) ? options[key] : void 0;
}
function createValidator(options, warn) {
  const raw = (key) => {
    const value = ownOption(options, key);
    return typeof value === "string" ? value.trim() : value;
  };
  const reject = (key, value, expected, fallback) => {
    warn(`${attributeName(key)}=${describe(value)} is not ${expected}; using ${describe(fallback ?? "none")}`);
    return fallback;
  };
  return {
    oneOf(key, allowed, fallback) {
      let value = raw(key);
      if (value === void 0) return fallback;
      if (typeof value === "boolean" && /^(off|false)$/.test(allowed[1])) value = value ? allowed[0] : allowed[1];
      return allowed.includes(value) ? value : reject(key, value, `one of ${allowed.join(", ")}`, fallback);
    },
    integer(key, min, max, fallback) {
      const value = raw(key);
      if (value === void 0) return fallback;
      const n = typeof value === "number" ? value : typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : NaN;
      return Number.isInteger(n) && n >= min && n <= max ? n : reject(key, value, `a whole number from ${min} to ${max}`, fallback);
    },
    pattern(key, re, fallback, expected) {
      let value = raw(key);
      if (typeof value === "number" && Number.isFinite(value)) value = String(value);
      if (value === void 0 || value === "") return value === "" ? reject(key, value, expected, fallback) : fallback;
      return typeof value === "string" && re.test(value) ? value : reject(key, value, expected, fallback);
    },
    url(key) {
      const value = raw(key);
      if (value === void 0) return null;
      return safeUrl(value) ?? reject(key, value, "an http(s) or relative URL", null);
    },
    raw,
    reject
  };
}
function readPurposes(v, warn) {
  const value = v.raw("purposes");
  if (value === void 0) return [...DEFAULT_PURPOSES];
  const tokens = Array.isArray(value) ? value.filter((t) => typeof t === "string") : typeof value === "string" ? value.split(/[\s,]+/).filter(Boolean) : [];
  const purposes = [];
  for (const token of tokens) {
    if (token === "necessary") continue;
    if (!PURPOSE_ID.test(token)) warn(`data-purposes: ${describe(token)} is not a valid purpose id; ignoring it`);
    else if (!purposes.includes(token) && purposes.length < MAX_PURPOSES) purposes.push(token);
  }
  return purposes.length ? purposes : v.reject("purposes", value, "a list of purpose ids", [...DEFAULT_PURPOSES]);
}
function readDomain(v, host) {
  const domain = v.pattern("cookieDomain", /^\.?[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})*$/, null, "a domain name");
  if (domain === null) return null;
  const bare = domain.replace(/^\./, "").toLowerCase();
  const h = host.toLowerCase();
  if (h === bare || h.endsWith("." + bare)) return domain;
  return v.reject("cookieDomain", domain, `a parent domain of ${h}`, null);
}
function createSettings(options, env) {
  const v = createValidator(options ?? {}, env.warn);
  const purposes = readPurposes(v, env.warn);
  const lang = v.pattern("lang", /^(auto|[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*)$/, "auto", "auto or a language code");
  const settings = {
    purposes: Object.freeze(purposes),
    mode: v.oneOf("mode", ["opt-in", "opt-out"], "opt-in"),
    policyUrl: v.url("policyUrl"),
    revision: v.pattern("revision", /^[A-Za-z0-9_.-]{1,32}$/, "1", 'letters, digits, "._-", at most 32'),
    expiresDays: v.integer("expires", 1, 3650, 182),
    cookieName: v.pattern("cookieName", /^[A-Za-z0-9_-]{1,64}$/, "consent_gate", 'letters, digits, "_-", at most 64'),
    cookieDomain: readDomain(v, env.host),
    lang: lang.toLowerCase(),
    position: v.oneOf("position", ["bottom", "top", "center"], "bottom"),
    theme: v.oneOf("theme", ["light", "dark", "auto"], "auto"),
    gpc: v.oneOf("gpc", ["respect", "ignore"], "respect"),
    googleConsentMode: v.oneOf("googleConsentMode", ["on", "off"], "off") === "on",
    googleConsentWait: v.integer("googleConsentWait", 0, 1e4, 500),
    logUrl: v.url("logUrl"),
    reloadOnWithdraw: v.oneOf("reloadOnWithdraw", ["true", "false"], "true") === "true",
    json: cleanJsonConfig(ownOption(options, "config"), env.warn, purposes)
  };
  return Object.freeze(settings);
}

function domainsOf(host, cookieDomain) {
  const domains = [null];
  const labels = /^[\d.]+$|:/.test(host) ? [] : host.split(".");
  for (let i = 0; i < labels.length - 1; i++) domains.push("." + labels.slice(i).join("."));
  if (cookieDomain && !domains.includes(cookieDomain)) domains.push(cookieDomain);
  return domains;
}
function pathsOf(pathname) {
  const paths = /* @__PURE__ */ new Set(["/"]);
  const parts = (pathname || "/").split("/").slice(1, 13);
  let prefix = "";
  parts.forEach((part, i) => {
    if (!part && i === parts.length - 1) return;
    prefix += "/" + part;
    paths.add(prefix);
    if (i < parts.length - 1) paths.add(prefix + "/");
  });
  return [...paths];
}
function placesOf(host, pathname, cookieDomain) {
  const paths = pathsOf(pathname);
  return domainsOf(host, cookieDomain).flatMap((domain) => paths.map((path) => ({ domain, path })));
}

function matcher(pattern) {
  if (!pattern.includes("*")) return (name) => name === pattern;
  const parts = pattern.split("*").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const re = new RegExp("^" + parts.join(".*") + "$");
  return (name) => re.test(name);
}
function clearStorage(storage, tests) {
  if (!storage) return;
  for (let i = storage.length - 1; i >= 0; i--) {
    const key = storage.key(i);
    if (key !== null && tests.some((t) => t(key))) storage.removeItem(key);
  }
}
function clearRefused(settings, choices, jar, win) {
  const tests = [];
  for (const purpose of settings.purposes) {
    if (choices[purpose] !== false) continue;
    for (const cookie of settings.json.purposes[purpose]?.cookies ?? []) tests.push(matcher(cookie.name));
  }
  if (!tests.length) return;
  const doomed = jar.names().filter((n) => n !== settings.cookieName && tests.some((t) => t(n)));
  const places = jar.places(settings.cookieDomain);
  for (const name of doomed) for (const place of places) jar.remove(name, place);
  for (const area of ["localStorage", "sessionStorage"]) {
    try {
      clearStorage(win[area], tests);
    } catch {
    }
  }
}

function cookieString(name, value, attrs) {
  let text = `${name}=${value}; Path=${attrs.path}; SameSite=Lax; Max-Age=${Math.floor(attrs.maxAge)}`;
  if (attrs.maxAge <= 0) text += "; Expires=Thu, 01 Jan 1970 00:00:00 GMT";
  if (attrs.domain) text += `; Domain=${attrs.domain}`;
  if (attrs.secure) text += "; Secure";
  return text;
}
const MAX_COOKIE_DAYS = 400;
function createCookieJar(doc) {
  const dom = domOf(doc);
  const location = (() => {
    try {
      const { protocol, hostname, pathname } = dom.defaultView().location;
      return { protocol, hostname, pathname };
    } catch {
      return { protocol: "", hostname: "", pathname: "/" };
    }
  })();
  const secure = location.protocol === "https:";
  const pairs = () => cookiePairs(dom.cookie());
  return {
    getAll: (name) => pairs().filter(([n]) => n === name).map(([, v]) => v),
    set(name, value, { days, domain }) {
      const maxAge = Math.min(days, MAX_COOKIE_DAYS) * 86400;
      if (!dom.setCookie(cookieString(name, value, { path: "/", domain, maxAge, secure }))) return false;
      return pairs().some(([n, v]) => n === name && v === value);
    },
    remove(name, place) {
      const where = typeof place === "object" && place !== null ? place : { domain: place };
      dom.setCookie(cookieString(name, "", { path: where.path ?? "/", domain: where.domain, maxAge: 0, secure }));
    },
    names: () => pairs().map(([n]) => n).filter(Boolean),
    places: (cookieDomain) => placesOf(location.hostname, location.pathname, cookieDomain)
  };
}

function createStore(env) {
  const { settings, jar, warn } = env;
  const emitter = createEmitter((e) => warn("a consent listener threw", e));
  let reading = NO_READING;
  let memoryOnly = false;
  let method = null;
  const read = () => readDecision(jar.getAll(settings.cookieName), settings, env.now());
  const commit = (next, local, how = null) => {
    reading = next;
    method = how;
    emitter.emit("change", local);
  };
  const removeEveryCopy = () => {
    for (const place of jar.places(settings.cookieDomain)) jar.remove(settings.cookieName, place);
  };
  const lifetime = (choices) => settings.mode === "opt-out" && Object.keys(choices).some((p) => choices[p] === false) ? MAX_COOKIE_DAYS : settings.expiresDays;
  reading = read();
  const stored = jar.getAll(settings.cookieName);
  if (settings.mode === "opt-out" && stored.length === 1 && !reading.damaged) {
    const only = decodeDecision(stored[0]);
    if (only && lifetime(only.choices) === MAX_COOKIE_DAYS)
      jar.set(settings.cookieName, stored[0], { days: MAX_COOKIE_DAYS, domain: settings.cookieDomain });
  }
  return {
    choices: () => choicesOf(reading, settings, env.signalRefused),
    get: () => stateOf(reading, settings, env.signalRefused),
    decide(given, how = "api") {
      const merged = Object.assign(/* @__PURE__ */ Object.create(null), reading.decision?.choices);
      for (const p of reading.refused) merged[p] = false;
      for (const p of settings.purposes) {
        const value2 = Object.prototype.hasOwnProperty.call(given, p) ? given[p] : void 0;
        if (typeof value2 === "boolean") merged[p] = value2;
      }
      const next = {
        revision: settings.revision,
        timestamp: Math.floor(env.now() / 1e3) * 1e3,
        id: randomId(env.crypto),
        choices: merged
      };
      const value = encodeDecision(next);
      removeEveryCopy();
      const stored2 = jar.set(settings.cookieName, value, { days: lifetime(merged), domain: settings.cookieDomain });
      memoryOnly = !stored2 && (read().decision?.timestamp ?? -1) < next.timestamp;
      if (memoryOnly) warn("the browser did not store the consent cookie; the choice holds for this page view only");
      commit({ decision: next, refused: [], damaged: false }, true, how);
    },
    reset() {
      removeEveryCopy();
      memoryOnly = false;
      commit(read(), true);
    },
    refresh() {
      if (memoryOnly) return;
      const next = read();
      if (!sameReading(next, reading)) commit(next, false);
    },
    method: () => method,
    subscribe: (listener) => emitter.on("change", listener)
  };
}
function sameReading(a, b) {
  const key = (r) => JSON.stringify([r.decision?.id ?? null, r.damaged, r.refused, r.decision ? Object.entries(r.decision.choices).sort() : null]);
  return key(a) === key(b);
}

const POLL_MS = 1e3;
function syncTabs(store, win, cookieName) {
  const dom = domOf(win.document);
  const ours = () => valuesOf(dom.cookie(), cookieName).join(";");
  let seen = ours();
  const receive = () => {
    seen = ours();
    store.refresh();
  };
  const look = () => {
    if (ours() !== seen) receive();
  };
  let timer;
  const onVisible = () => {
    const visible = dom.visibilityState() !== "hidden";
    if (visible) look();
    if (visible && timer === void 0) timer = win.setInterval(look, POLL_MS);
    if (!visible && timer !== void 0) timer = void win.clearInterval(timer);
  };
  let channel = null;
  try {
    const open = new win.BroadcastChannel("consent-gate:" + cookieName);
    open.onmessage = receive;
    channel = open;
  } catch {
  }
  let cookieStore = null;
  try {
    const found = win.cookieStore;
    if (found && typeof found.addEventListener === "function") {
      found.addEventListener("change", look);
      cookieStore = found;
    }
  } catch {
  }
  const unsubscribe = store.subscribe((local) => {
    seen = ours();
    if (!local) return;
    try {
      channel?.postMessage(1);
    } catch {
    }
  });
  const offFocus = listen(win, "focus", onVisible);
  const offVisible = listen(win.document, "visibilitychange", onVisible);
  onVisible();
  return () => {
    unsubscribe();
    channel?.close();
    cookieStore?.removeEventListener("change", look);
    if (timer !== void 0) win.clearInterval(timer);
    offFocus();
    offVisible();
  };
}

const TOKEN = /^(!?)([A-Za-z][A-Za-z0-9_-]{0,31})$/;
function parseRequirement(value) {
  if (typeof value !== "string") return null;
  const tokens = value.split(/[\s,]+/).filter(Boolean);
  if (!tokens.length || tokens.length > 20) return null;
  const granted = [];
  const refused = [];
  for (const token of tokens) {
    const match = TOKEN.exec(token);
    if (!match) return null;
    (match[1] ? refused : granted).push(match[2]);
  }
  return { granted, refused };
}
function allows(requirement, choices) {
  const state = (p) => p === "necessary" ? true : Object.prototype.hasOwnProperty.call(choices, p) ? choices[p] : void 0;
  return requirement.granted.every((p) => state(p) === true) && requirement.refused.every((p) => state(p) === false);
}
function unknownPurposes(requirement, configured) {
  return [...requirement.granted, ...requirement.refused].filter((p) => p !== "necessary" && !configured.includes(p));
}

const JS_TYPE = /^(|module|(text|application)\/(x-)?(java|ecma)script|text\/jscript|text\/livescript)$/i;
const SVG = "http://www.w3.org/2000/svg";
const XLINK = "http://www.w3.org/1999/xlink";
const MAX_URL = 65536;
class Refusal extends Error {
}
const policies = /* @__PURE__ */ new WeakMap();
function trusted(doc, value, url) {
  const win = domOf(doc).defaultView();
  if (!win) return value;
  let policy = policies.get(win);
  if (policy === void 0) {
    const tt = win.trustedTypes;
    const same = (s) => s;
    try {
      policy = tt ? tt.createPolicy("consent-gate", { createScript: same, createScriptURL: same }) : null;
    } catch {
      policy = null;
    }
    policies.set(win, policy);
  }
  return policy ? policy[url ? "createScriptURL" : "createScript"](value) : value;
}
function checkUrl(name, value) {
  const urls = /srcset$/.test(name) ? value.split(/[\s,]+/).filter(Boolean) : [value];
  for (const url of urls)
    if (safeUrl(url, MAX_URL) === null) throw new Refusal(`${name}=${JSON.stringify(url.slice(0, 80))} is not an http(s) or relative URL`);
}
function cloneScript(original, pageNonce) {
  const doc = original.ownerDocument;
  const svg = original.namespaceURI === SVG;
  const nonce = original.nonce ?? "";
  if (pageNonce && nonce !== pageNonce)
    throw new Refusal("it lacks the nonce the page's Content Security Policy requires: give this script the page's nonce");
  const source = svg ? original.getAttribute("href") ?? original.getAttributeNS(XLINK, "href") : original.getAttribute("src");
  if (source !== null) checkUrl(svg ? "href" : "src", source);
  const clone = svg ? Document.prototype.createElementNS.call(doc, SVG, "script") : domOf(doc).createElement("script");
  for (const { name, value, namespaceURI } of Array.from(original.attributes)) {
    if (name === "type" || name === "data-type") continue;
    const live = /^(src|href|xlink:href)$/.test(name) ? trusted(doc, value, true) : value;
    if (namespaceURI) clone.setAttributeNS(namespaceURI, name, live);
    else clone.setAttribute(name, live);
  }
  const type = (original.getAttribute("data-type") ?? "").trim();
  if (type) clone.setAttribute("type", type);
  if (nonce) clone.nonce = nonce;
  const external = source !== null;
  const async = svg || original.hasAttribute("async");
  if (!svg) clone.async = async;
  if (!external) clone.textContent = trusted(doc, original.textContent ?? "");
  const { write, writeln } = doc;
  if (!external) doc.write = doc.writeln = () => {
  };
  try {
    original.replaceWith(clone);
  } finally {
    Object.assign(doc, { write, writeln });
  }
  const fires = JS_TYPE.test(type) && !(type.toLowerCase() !== "module" && clone.hasAttribute("nomodule"));
  return external && !async && fires ? { element: clone, waitFor: clone } : { element: clone };
}
const HELD = [
  ["data-srcset", "srcset"],
  ["data-src", "src"],
  ["data-poster", "poster"]
];
const SOURCES = "source,img,track";
function activateMedia(el) {
  const parent = el.parentElement;
  const inPicture = el.localName === "img" && parent?.localName === "picture";
  const children = Array.from((inPicture ? parent : el).querySelectorAll(SOURCES)).filter(
    (child) => child !== el && !child.hasAttribute("data-consent")
  );
  const moves = [];
  for (const target of [el, ...children])
    for (const [from, to] of HELD) {
      const value = target.getAttribute(from);
      if (value === null) continue;
      checkUrl(from, value);
      moves.push([target, from, to, value]);
    }
  for (const [target, from, to, value] of moves) {
    target.removeAttribute(from);
    target.setAttribute(to, value);
  }
  const media = el.localName === "source" ? parent : el;
  if (media && /^(video|audio)$/.test(media.localName)) media.load();
  return { element: el };
}
function activate(el, pageNonce) {
  return el.localName === "script" ? cloneScript(el, pageNonce) : activateMedia(el);
}
function isGateable(el) {
  if (el.localName === "script") return (el.getAttribute("type") ?? "").trim().toLowerCase() === "text/plain";
  if (HELD.some(([from]) => el.hasAttribute(from))) return true;
  return /^(video|audio|picture)$/.test(el.localName) && !el.hasAttribute("src");
}

const NAMING = ["data-consent", "data-src", "src", "href", "data-srcset", "title", "id"];
const clip = (value) => value.length > 80 ? value.slice(0, 79) + "\u2026" : value;
function describeElement(el) {
  const parts = [el.localName];
  for (const name of NAMING) {
    const value = el.getAttribute(name) ?? (name === "href" ? el.getAttributeNS("http://www.w3.org/1999/xlink", "href") : null);
    if (value !== null) parts.push(`${name}=${JSON.stringify(clip(value))}`);
  }
  const tag = `<${parts.join(" ")}>`;
  const text = el.localName === "script" && !el.hasAttribute("src") ? (el.textContent ?? "").trim().replace(/\s+/g, " ") : "";
  return text ? `${tag} ${JSON.stringify(text.length > 40 ? text.slice(0, 39) + "\u2026" : text)}` : tag;
}

function requiredNonce(doc, ownNonce) {
  if (!hasPolicy(doc)) return "";
  return ownNonce || (queryAll(doc, "script[nonce]")[0]?.nonce ?? "");
}
function hasPolicy(doc) {
  if (queryAll(doc, 'meta[http-equiv="content-security-policy" i]').length) return true;
  const nonced = queryAll(doc, "[nonce]");
  for (let i = 0; i < nonced.length; i++) {
    const el = nonced[i];
    if (el.getAttribute("nonce") === "" && el.nonce) return true;
  }
  return false;
}

const CLASSIC = /^(|(text|application)\/(x-)?(java|ecma)script)$/i;
function preload(elements, doc, pageNonce) {
  const dom = domOf(doc);
  const head = dom.head();
  if (pageNonce || !head) return;
  for (const el of elements) {
    const src = el.getAttribute("src");
    if (el.localName !== "script" || !src || el.hasAttribute("async") || el.hasAttribute("nomodule") || !CLASSIC.test((el.getAttribute("data-type") ?? "").trim()))
      continue;
    const link = dom.createElement("link");
    link.rel = "preload";
    link.as = "script";
    for (const name of ["crossorigin", "integrity", "referrerpolicy"]) {
      const value = el.getAttribute(name);
      if (value !== null) link.setAttribute(name, value);
    }
    link.href = src;
    head.appendChild(link);
  }
}

function createScriptQueue() {
  let jobs = [];
  let next = 0;
  let busy = false;
  const drain = () => {
    while (!busy && next < jobs.length) {
      const [job, onError] = jobs[next++];
      if (next === jobs.length) jobs = [], next = 0;
      let result = null;
      busy = true;
      try {
        result = job();
      } catch (error) {
        onError(error);
      }
      busy = false;
      const script = result?.waitFor;
      if (!script) continue;
      busy = true;
      const done = () => {
        script.removeEventListener("load", done);
        script.removeEventListener("error", done);
        busy = false;
        drain();
      };
      script.addEventListener("load", done);
      script.addEventListener("error", done);
    }
  };
  return {
    push(job, onError) {
      jobs.push([job, onError]);
      drain();
    }
  };
}

const SELECTOR = "[data-consent]";
const RUNS_CODE = /^(script|iframe|embed)$/;
function byDocumentOrder(a, b) {
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}
function lastNode(doc) {
  let node = doc;
  while (node.lastChild) node = node.lastChild;
  return node;
}
function containerOf(el) {
  if (!/^(source|track|img)$/.test(el.localName)) return null;
  const parent = el.parentElement;
  if (!parent || !/^(video|audio|picture)$/.test(parent.localName)) return null;
  if (parent.hasAttribute("data-consent")) return parent;
  if (el.localName !== "source" || parent.localName !== "picture") return null;
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling)
    if (child.localName === "img" && child.hasAttribute("data-consent")) return child;
  return null;
}
function createGate({ store, purposes, warn, hooks = {}, nonce: ownNonce }) {
  const waiting = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new WeakSet();
  let unparsed = /* @__PURE__ */ new Set();
  const endWhenSeen = /* @__PURE__ */ new WeakMap();
  const ran = /* @__PURE__ */ new Map();
  let nonce;
  const pageNonce = (doc) => nonce ?? (nonce = requiredNonce(doc, ownNonce));
  const about = (el, message, error) => error instanceof Refusal ? warn(`${describeElement(el)} stays blocked: ${error.message}`) : warn(`${describeElement(el)} ${message}`, error);
  const fail = (el) => (error) => about(el, "could not be activated; it stays blocked", error);
  const queue = createScriptQueue();
  const parsed = (el) => {
    const doc = el.ownerDocument;
    if (domOf(doc).readyState() !== "loading") return true;
    for (let node = el; node; ) {
      const next = node.nextSibling;
      if (next && !(next.nodeType === 1 && next.localName === "table")) return true;
      node = next ?? node.parentNode;
    }
    const end = lastNode(doc);
    const before = endWhenSeen.get(el);
    if (before && before !== end && !el.contains(end)) return true;
    if (!before) endWhenSeen.set(el, end);
    return false;
  };
  const tell = (el, hook) => {
    try {
      hook();
    } catch (error) {
      about(el, "has no working placeholder", error);
    }
  };
  const broke = "tagged elements could not be checked; they stay blocked";
  const block = (el, requirement) => {
    if (el.localName !== "script" && requirement.granted.length) tell(el, () => hooks.blocked?.(el, requirement));
  };
  const decide = (el) => {
    seen.add(el);
    const value = el.getAttribute("data-consent");
    if (!isGateable(el)) return about(el, `needs ${el.localName === "script" ? 'type="text/plain"' : "data-src"}; it is not held back`);
    const own = parseRequirement(value);
    if (!own) return about(el, "does not name a list of purposes in data-consent; it stays blocked");
    const unknown = unknownPurposes(own, purposes);
    if (unknown.length) about(el, `names purposes not in data-purposes (${unknown.join(", ")}); it stays blocked`);
    const container = containerOf(el);
    const outer = container && parseRequirement(container.getAttribute("data-consent"));
    if (container && !outer) return;
    waiting.set(el, outer ? { granted: [...own.granted, ...outer.granted], refused: [...own.refused, ...outer.refused] } : own);
  };
  const job = (el, requirement) => () => {
    if (!el.isConnected || !allows(requirement, store.choices())) {
      waiting.set(el, requirement);
      block(el, requirement);
      return null;
    }
    const result = activate(el, el.localName === "script" ? pageNonce(el.ownerDocument) : "");
    seen.add(result.element);
    if (RUNS_CODE.test(el.localName)) ran.set(requirement.granted + "!" + requirement.refused, requirement);
    tell(el, () => hooks.activated?.(el, result.element));
    return result;
  };
  const release = (candidates, fresh) => {
    const choices = store.choices();
    const ready = [];
    for (const el of candidates) {
      const requirement = waiting.get(el);
      if (!requirement) continue;
      if (!el.isConnected) {
        waiting.delete(el);
        seen.delete(el);
      } else if (allows(requirement, choices)) {
        waiting.delete(el);
        ready.push([el, requirement]);
      } else if (fresh) block(el, requirement);
    }
    if (ready.some(([el], i) => i > 0 && byDocumentOrder(ready[i - 1][0], el) > 0)) ready.sort(([a], [b]) => byDocumentOrder(a, b));
    const elements = ready.map(([el]) => el);
    try {
      if (elements.length > 1) preload(elements, elements[0].ownerDocument, pageNonce(elements[0].ownerDocument));
    } catch {
    }
    for (const [el, requirement] of ready) queue.push(job(el, requirement), fail(el));
  };
  const onChange = () => {
    try {
      const choices = store.choices();
      if ([...ran.values()].some((requirement) => !allows(requirement, choices))) hooks.withdrawn?.();
      release([...waiting.keys()], false);
    } catch (error) {
      warn(broke, error);
    }
  };
  return {
    /** Takes newly inserted elements or subtrees (also the whole document), then activates what is allowed. */
    add(roots) {
      const held = unparsed;
      unparsed = /* @__PURE__ */ new Set();
      const found = /* @__PURE__ */ new Set();
      const take = (el) => {
        if (seen.has(el)) {
          if (waiting.has(el)) found.add(el);
          return;
        }
        if (unparsed.size || !parsed(el)) return void unparsed.add(el);
        decide(el);
        if (waiting.has(el)) found.add(el);
      };
      try {
        held.forEach(take);
        for (let i = 0; i < roots.length; i++) {
          const root = roots[i];
          if (root.hasAttribute?.("data-consent")) take(root);
          if (root.firstElementChild) queryAll(root, SELECTOR).forEach(take);
        }
        release(found, true);
      } catch (error) {
        warn(broke, error);
      }
    },
    /** Starts following the store; returns unsubscribe. */
    follow: () => store.subscribe(onChange)
  };
}

function observe(gate, doc) {
  const dom = domOf(doc);
  const Observer = dom.defaultView()?.MutationObserver;
  const flush = () => gate.add(typeof Observer === "function" ? [] : [doc]);
  const stopReady = listen(doc, "readystatechange", flush);
  if (typeof Observer !== "function") return stopReady;
  const observer = new Observer((records) => {
    if (records.length > 64) return gate.add([doc]);
    const added = [];
    for (let r = 0; r < records.length; r++) {
      const nodes = records[r].addedNodes;
      for (let i = 0; i < nodes.length; i++) if (nodes[i].nodeType === 1) added.push(nodes[i]);
    }
    gate.add(added);
  });
  observer.observe(dom.documentElement(), { childList: true, subtree: true });
  return () => {
    stopReady();
    observer.disconnect();
  };
}

const BUILT_IN_PURPOSES = ["analytics", "ads", "customization", "login"];
const base = (code) => code.toLowerCase().split("-")[0];
function pickLanguage(setting, htmlLang, browser, available) {
  const candidates = setting !== "auto" ? [setting] : [htmlLang, ...browser];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const exact = candidate.toLowerCase();
    if (available.includes(exact)) return exact;
    if (available.includes(base(exact))) return base(exact);
  }
  return "en";
}
function textsFor(lang, catalog, overrides) {
  const out = { ...catalog.en, ...catalog[lang] };
  const own = overrides[lang] ?? overrides[base(lang)] ?? {};
  for (const key of Object.keys(out)) if (typeof own[key] === "string") out[key] = own[key];
  return out;
}
function localize(text, lang, fallback) {
  return text?.[lang] ?? text?.[base(lang)] ?? text?.["*"] ?? fallback;
}
function describePurpose(id, info, texts, lang) {
  const own = texts;
  const known = BUILT_IN_PURPOSES.includes(id);
  return {
    label: localize(info?.label, lang, known ? own[id] : id),
    description: localize(info?.description, lang, known ? own[id + "Info"] : "")
  };
}

const VERSION = "0.1.0";
function logConsent(store, settings, { win, warn, shown, lang = () => "en" }) {
  const endpoint = settings.logUrl;
  if (!endpoint) return () => {
  };
  const failed = (error) => warn("could not send the consent receipt to " + endpoint, error);
  const digests = /* @__PURE__ */ new WeakMap();
  const digestOf = (content) => {
    let digest = digests.get(content);
    if (!digest) {
      const subtle = win.crypto?.subtle;
      digest = subtle ? shownDigest(content, subtle).catch(() => null) : Promise.resolve(null);
      digests.set(content, digest);
    }
    return digest;
  };
  const describe = () => {
    const content = shown();
    return content ? digestOf(content).then((hash) => ({ lang: content.lang, shown: hash })) : Promise.resolve({ lang: lang(), shown: null });
  };
  let previous = store.get().id;
  return store.subscribe((local) => {
    const { id, timestamp, revision, purposes } = store.get();
    const replaced = previous;
    previous = id;
    if (!local || !id || id === replaced) return;
    const { origin, pathname } = win.location;
    const method = store.method() ?? "api";
    let described;
    try {
      described = describe();
    } catch (error) {
      return failed(error);
    }
    described.then(({ lang: lang2, shown: hash }) => {
      const receipt = {
        id,
        previous: replaced,
        timestamp,
        revision,
        mode: settings.mode,
        purposes,
        method,
        lang: lang2,
        shown: hash,
        url: origin + pathname,
        version: VERSION
      };
      send(JSON.stringify(receipt));
    }, failed);
  });
  function send(body) {
    const nav = win.navigator;
    try {
      if (nav.sendBeacon?.(endpoint, body)) return;
    } catch {
    }
    try {
      win.fetch(endpoint, { method: "POST", body, keepalive: true }).then((r) => r.ok || failed(r.status), failed);
    } catch (error) {
      failed(error);
    }
  }
}

const TYPES = [
  ["analytics", ["analytics_storage"]],
  ["ads", ["ad_storage", "ad_user_data", "ad_personalization"]],
  ["customization", ["personalization_storage", "functionality_storage"]]
];
const own = (choices, purpose) => Object.prototype.hasOwnProperty.call(choices, purpose) && choices[purpose] === true;
function consentTypes(choices) {
  const types = { security_storage: "granted" };
  for (const [purpose, names] of TYPES) for (const name of names) types[name] = own(choices, purpose) ? "granted" : "denied";
  return types;
}
const ranBefore = (entry) => {
  const e = entry;
  return !!e && (e[0] === "js" || e[0] === "config" || e.event === "gtm.js");
};
function lateWarning(tag) {
  const late = !!tag && (tag.defer || tag.async);
  const how = !tag ? "which was created after it" : `whose <script> tag ${tag.defer ? "is defer" : tag.async ? "is async (or inserted by a script)" : "stands below it"}`;
  const fix = !tag ? "create consent-gate first" : late ? "load consent-gate with a plain tag above it" : "move consent-gate's tag above it";
  return `a Google tag was set up before consent-gate, ${how}: tag the Google tag with data-consent (basic Consent Mode), or ${fix}. See docs/google-consent-mode.md`;
}
const currentScript = (doc) => {
  try {
    const get = Object.getOwnPropertyDescriptor(Document.prototype, "currentScript")?.get;
    const found = get?.call(doc);
    return found && found.localName === "script" ? found : null;
  } catch {
    return null;
  }
};
function googleConsentMode(store, settings, { win, warn, tag }) {
  if (!settings.googleConsentMode) return () => {
  };
  const w = win;
  const layer = () => Array.isArray(w.dataLayer) ? w.dataLayer : w.dataLayer = [];
  if (layer().some(ranBefore)) warn(lateWarning(tag === void 0 ? currentScript(win.document) : tag));
  if (typeof w.gtag !== "function")
    w.gtag = function gtag2() {
      layer().push(arguments);
    };
  const gtag = (...args) => w.gtag(...args);
  const push = (command) => {
    const types = consentTypes(store.choices());
    const { decided, purposes } = store.get();
    try {
      gtag("consent", command, command === "default" && !decided ? { ...types, wait_for_update: settings.googleConsentWait } : types);
      gtag("set", "ads_data_redaction", types.ad_storage === "denied");
      if (command === "update") layer().push({ event: "consent_update", ...types, purposes });
    } catch (error) {
      warn("gtag threw", error);
    }
  };
  push("default");
  return store.subscribe(() => push("update"));
}

function readGpcRefusals(settings, nav) {
  let signal = false;
  try {
    signal = nav?.globalPrivacyControl === true;
  } catch {
    signal = false;
  }
  return signal && settings.gpc === "respect" && settings.purposes.includes("ads") ? ["ads"] : [];
}

function onDemandUi({ store, load, mount, warn }) {
  let ui;
  let loading = false;
  let destroyed = false;
  let wantDialog = false;
  let askedMeanwhile = false;
  const queued = /* @__PURE__ */ new Map();
  const ensure = () => {
    if (ui || destroyed) return;
    if (loading) return;
    loading = true;
    askedMeanwhile = false;
    load((factory, why) => {
      loading = false;
      if (destroyed) return;
      if (!factory) {
        warn(`${why}; every tagged element stays blocked. consentGate.show() or a [data-consent-open] click tries again`);
        return askedMeanwhile ? ensure() : void 0;
      }
      ui = mount(factory);
      for (const [el, requirement] of queued) if (el.isConnected) ui.placeholder(el, requirement);
      queued.clear();
      if (wantDialog) ui.show();
      wantDialog = false;
    });
  };
  const stop = store.subscribe(() => {
    if (!store.get().decided) ensure();
  });
  if (!store.get().decided) ensure();
  return {
    show() {
      if (ui) return ui.show();
      wantDialog = true;
      askedMeanwhile = loading;
      ensure();
    },
    hide() {
      wantDialog = false;
      ui?.hide();
    },
    placeholder(el, requirement) {
      if (ui) return ui.placeholder(el, requirement);
      queued.set(el, requirement);
      ensure();
    },
    unplace(el) {
      queued.delete(el);
      ui?.unplace(el);
    },
    shown: () => ui?.shown() ?? null,
    destroy() {
      destroyed = true;
      stop();
      queued.clear();
      ui?.destroy();
      ui = void 0;
    }
  };
}

const REACTIONS = ["integrations", "cleanup", "gate", "ui", "api", "tabs"];
function orderedReactions(store, warn) {
  const stages = new Map(REACTIONS.map((r) => [r, /* @__PURE__ */ new Set()]));
  const stop = store.subscribe((local) => {
    for (const reaction of REACTIONS)
      for (const listener of [...stages.get(reaction)]) {
        try {
          listener(local);
        } catch (error) {
          warn("a consent listener threw", error);
        }
      }
  });
  return {
    /** The store as one reaction sees it: what it subscribes runs at that reaction's place. */
    storeFor(reaction) {
      const set = stages.get(reaction);
      return {
        ...store,
        subscribe(listener) {
          const entry = (local) => listener(local);
          set.add(entry);
          return () => void set.delete(entry);
        }
      };
    },
    stop: () => {
      stop();
      stages.forEach((set) => set.clear());
    }
  };
}
function create(options, { win, warn, ui: source, nonce }) {
  const doc = win.document;
  const settings = createSettings(options, { host: win.location.hostname, warn });
  const jar = createCookieJar(doc);
  const signalRefused = readGpcRefusals(settings, win.navigator);
  const store = createStore({ settings, jar, warn, now: () => Date.now(), crypto: win.crypto, signalRefused });
  const reactions = orderedReactions(store, warn);
  const stops = [reactions.stop];
  const integrationStore = reactions.storeFor("integrations");
  stops.push(
    googleConsentMode(integrationStore, settings, { win, warn }),
    logConsent(integrationStore, settings, { win, warn, shown: () => ui.shown(), lang: () => lang })
  );
  const cleanup = () => clearRefused(settings, store.choices(), jar, win);
  cleanup();
  stops.push(reactions.storeFor("cleanup").subscribe(cleanup));
  const lang = pickLanguage(settings.lang, domOf(doc).documentElement()?.getAttribute("lang") ?? "", win.navigator.languages ?? [], [
    ...source.languages,
    ...Object.keys(settings.json.texts)
  ]);
  const file = [lang, lang.split("-")[0]].find((l) => source.languages.includes(l)) ?? "en";
  let emit = () => {
  };
  const uiStore = reactions.storeFor("ui");
  const ui = onDemandUi({
    store: uiStore,
    load: (done) => source.load(file, done),
    mount: (factory) => factory({ doc, store: uiStore, settings, lang, signalRefused, warn, onView: (view) => emit(view === "none" ? "hide" : "show") }),
    warn
  });
  stops.push(ui.destroy);
  let reloading = false;
  const hooks = {
    blocked: ui.placeholder,
    activated: ui.unplace,
    // docs/gate.md#reload-after-withdrawal: code that ran cannot be unloaded, so a withdrawal reloads the page once.
    withdrawn: () => {
      if (!settings.reloadOnWithdraw || reloading) return;
      reloading = true;
      win.location.reload();
    }
  };
  const gate = createGate({ store: reactions.storeFor("gate"), purposes: settings.purposes, warn, hooks, nonce });
  stops.push(gate.follow());
  const made = createApi({ store: reactions.storeFor("api"), settings, doc, warn, show: ui.show, hide: ui.hide });
  emit = made.emit;
  gate.add([doc]);
  stops.push(observe(gate, doc), syncTabs(reactions.storeFor("tabs"), win, settings.cookieName));
  const onOpenClick = (event) => {
    const target = event.target;
    if (!target?.closest?.("[data-consent-open]")) return;
    event.preventDefault();
    ui.show();
  };
  stops.push(listen(doc, "click", onOpenClick));
  const api = made.api;
  return {
    api,
    destroy: () => stops.splice(0).reverse().forEach((stop) => stop())
  };
}

function createWarner(sink = globalThis.console) {
  const seen = /* @__PURE__ */ new Set();
  return (message, cause) => {
    if (seen.has(message)) return;
    seen.add(message);
    try {
      if (cause === void 0) sink?.warn("consent-gate: " + message);
      else sink?.warn("consent-gate: " + message, cause);
    } catch {
    }
  };
}

const TEXTS = {
  en: () => import('./en.mjs').then((m) => m.en),
  de: () => import('./de.mjs').then((m) => m.de),
  fr: () => import('./fr.mjs').then((m) => m.fr),
  es: () => import('./es.mjs').then((m) => m.es),
  it: () => import('./it.mjs').then((m) => m.it),
  nl: () => import('./nl.mjs').then((m) => m.nl),
  pt: () => import('./pt.mjs').then((m) => m.pt),
  pl: () => import('./pl.mjs').then((m) => m.pl)
};
function esmSource(languages, warn) {
  const wanted = Array.isArray(languages) ? languages.filter((l) => typeof l === "string").map((l) => l.toLowerCase()) : Object.keys(TEXTS);
  const unknown = wanted.filter((l) => !Object.prototype.hasOwnProperty.call(TEXTS, l));
  if (unknown.length)
    warn(`languages: ${unknown.join(", ")} ${unknown.length > 1 ? "have" : "has"} no built-in texts; give them in config.texts`);
  const included = ["en", ...wanted.filter((l) => l !== "en" && !unknown.includes(l))];
  return {
    languages: included,
    load(lang, done) {
      const fail = (error) => done(null, `the notice could not be loaded (${String(error)})`);
      const texts = TEXTS[lang]();
      import('./ui-entry.mjs').then(({ uiFactory }) => texts.then((t) => done(uiFactory(t)), fail), fail);
    }
  };
}
function createConsentGate(options = {}, { nonce, languages } = {}) {
  const warn = createWarner();
  const { api, destroy } = create(options, {
    win: window,
    warn,
    nonce: typeof nonce === "string" && nonce ? nonce : void 0,
    ui: esmSource(languages, warn)
  });
  return { ...api, destroy };
}

export { describePurpose as a, createConsentGate as c, domOf as d, queryAll as q, textsFor as t };
