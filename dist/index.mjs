import Cookies from 'js-cookie';
import { r as randomId, e as encodeDecision, d as decodeDecision, i as isCurrent } from './chunks/server-1vgcj0Ba.mjs';
export { p as parseConsentCookie } from './chunks/server-1vgcj0Ba.mjs';
import { jsxs, jsx } from 'preact/jsx-runtime';
import { Component, createRef, render } from 'preact';

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
      doc.dispatchEvent(new CustomEvent("consent-gate:change", { detail: state }));
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

function safeUrl(input) {
  if (typeof input !== "string") return null;
  const trimmed = input.trim();
  if (!trimmed || trimmed.length > 2048) return null;
  const compact = trimmed.replace(/[\u0000-\u001f\u007f\s]/g, "");
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (scheme) return /^https?$/i.test(scheme[1]) ? trimmed : null;
  const beforePath = compact.split(/[/?#]/, 1)[0];
  return beforePath.includes(":") ? null : trimmed;
}

const MAX_TEXT = 2e3;
const FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function safeEntries(value) {
  if (!isRecord(value)) return [];
  return Object.keys(value).filter((key) => !FORBIDDEN_KEYS.has(key)).map((key) => [key, value[key]]);
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function cleanString(value) {
  return typeof value === "string" && value.length <= MAX_TEXT ? value : void 0;
}
function cleanLocalized(value) {
  const out = /* @__PURE__ */ Object.create(null);
  const single = cleanString(value);
  if (single !== void 0) out["*"] = single;
  for (const [lang, text] of safeEntries(value)) {
    const clean = cleanString(text);
    if (clean !== void 0) out[lang.toLowerCase()] = clean;
  }
  return out;
}
function cleanCookie(value) {
  const name = cleanString(typeof value === "string" ? value : isRecord(value) ? value.name : void 0);
  if (!name || name.length > 256) return null;
  if (!isRecord(value)) return { name };
  const info = { name };
  for (const key of ["provider", "duration", "description"]) {
    const text = cleanString(value[key]);
    if (text !== void 0) info[key] = text;
  }
  return info;
}
function cleanJsonConfig(value, warn) {
  const purposes = /* @__PURE__ */ Object.create(null);
  const texts = /* @__PURE__ */ Object.create(null);
  if (value === void 0) return { purposes, texts };
  if (!isRecord(value)) {
    warn("the JSON config must be an object; ignoring it");
    return { purposes, texts };
  }
  for (const [id, info] of safeEntries(value.purposes)) {
    if (!isRecord(info)) continue;
    const cookies = Array.isArray(info.cookies) ? info.cookies.slice(0, 200) : [];
    purposes[id] = {
      label: cleanLocalized(info.label),
      description: cleanLocalized(info.description),
      cookies: cookies.map(cleanCookie).filter((c) => c !== null)
    };
  }
  for (const [lang, table] of safeEntries(value.texts)) {
    const clean = /* @__PURE__ */ Object.create(null);
    for (const [key, text] of safeEntries(table)) {
      const s = cleanString(text);
      if (s !== void 0) clean[key] = s;
    }
    texts[lang.toLowerCase()] = clean;
  }
  return { purposes, texts };
}

const DEFAULT_PURPOSES = ["analytics", "ads", "customization", "login"];
const PURPOSE_ID = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;
const MAX_PURPOSES = 20;
const attributeName = (key) => "data-" + key.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
function describe(value) {
  const text = typeof value === "string" ? value : String(value);
  return JSON.stringify(text.length > 40 ? text.slice(0, 40) + "\u2026" : text);
}
function createValidator(options, warn) {
  const raw = (key) => {
    const value = options[key];
    return typeof value === "string" ? value.trim() : value;
  };
  const reject = (key, value, expected, fallback) => {
    warn(`${attributeName(key)}=${describe(value)} is not ${expected}; using ${describe(fallback != null ? fallback : "none")}`);
    return fallback;
  };
  return {
    oneOf(key, allowed, fallback) {
      let value = raw(key);
      if (value === void 0) return fallback;
      if (typeof value === "boolean") value = value ? allowed[0] : allowed[1];
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
      if (typeof value === "number") value = String(value);
      if (value === void 0 || value === "") return value === "" ? reject(key, value, expected, fallback) : fallback;
      return typeof value === "string" && re.test(value) ? value : reject(key, value, expected, fallback);
    },
    url(key) {
      var _a;
      const value = raw(key);
      if (value === void 0) return null;
      return (_a = safeUrl(value)) != null ? _a : reject(key, value, "an http(s) or relative URL", null);
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
  const v = createValidator(options != null ? options : {}, env.warn);
  const lang = v.pattern("lang", /^(auto|[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*)$/, "auto", "auto or a language code");
  const settings = {
    purposes: Object.freeze(readPurposes(v, env.warn)),
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
    json: cleanJsonConfig(options == null ? void 0 : options.config, env.warn)
  };
  return Object.freeze(settings);
}

function matcher(pattern) {
  if (!pattern.includes("*")) return (name) => name === pattern;
  const parts = pattern.split("*").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const re = new RegExp("^" + parts.join(".*") + "$");
  return (name) => re.test(name);
}
function domainsOf(host, cookieDomain) {
  const domains = [null];
  const labels = /^[\d.]+$|:/.test(host) ? [] : host.split(".");
  for (let i = 0; i < labels.length - 1; i++) domains.push("." + labels.slice(i).join("."));
  if (cookieDomain && !domains.includes(cookieDomain)) domains.push(cookieDomain);
  return domains;
}
function clearStorage(storage, tests) {
  if (!storage) return;
  for (let i = storage.length - 1; i >= 0; i--) {
    const key = storage.key(i);
    if (key !== null && tests.some((t) => t(key))) storage.removeItem(key);
  }
}
function clearRefused(settings, choices, jar, win) {
  var _a, _b;
  const tests = [];
  for (const purpose of settings.purposes) {
    if (choices[purpose] !== false) continue;
    for (const cookie of (_b = (_a = settings.json.purposes[purpose]) == null ? void 0 : _a.cookies) != null ? _b : []) tests.push(matcher(cookie.name));
  }
  if (!tests.length) return;
  const doomed = jar.names().filter((n) => n !== settings.cookieName && tests.some((t) => t(n)));
  for (const name of doomed)
    for (const domain of domainsOf(win.location.hostname, settings.cookieDomain)) jar.remove(name, domain);
  for (const area of ["localStorage", "sessionStorage"]) {
    try {
      clearStorage(win[area], tests);
    } catch {
    }
  }
}

function readPairs(doc) {
  let raw = "";
  try {
    raw = doc.cookie;
  } catch {
    return [];
  }
  return raw.split(/;\s*/).map((pair) => {
    const at = pair.indexOf("=");
    return at < 0 ? [pair, ""] : [pair.slice(0, at).trim(), pair.slice(at + 1)];
  });
}
function createCookieJar(doc) {
  var _a;
  const secure = ((_a = doc.location) == null ? void 0 : _a.protocol) === "https:";
  const base = (domain) => ({ path: "/", sameSite: "Lax", secure, ...domain ? { domain } : {} });
  return {
    getAll: (name) => readPairs(doc).filter(([n]) => n === name).map(([, v]) => v),
    set(name, value, { days, domain }) {
      try {
        Cookies.set(name, value, { ...base(domain), expires: days });
        return readPairs(doc).some(([n, v]) => n === name && v === value);
      } catch {
        return false;
      }
    },
    remove(name, domain) {
      try {
        Cookies.remove(name, base(domain));
      } catch {
      }
    },
    names: () => readPairs(doc).map(([n]) => n).filter(Boolean)
  };
}

function createStore(env) {
  const { settings, jar, warn } = env;
  const emitter = createEmitter((e) => warn("a consent listener threw", e));
  let raw;
  let decision = null;
  let memoryOnly = false;
  const read = () => {
    const values = jar.getAll(settings.cookieName);
    raw = values.join("\n");
    let best = null;
    for (const value of values) {
      const d = decodeDecision(value);
      if (d && isCurrent(d, settings.revision, settings.expiresDays, env.now()) && (!best || d.timestamp > best.timestamp)) best = d;
    }
    return best;
  };
  const choices = () => {
    const out = {};
    for (const p of settings.purposes) {
      const stored = decision && Object.prototype.hasOwnProperty.call(decision.choices, p) ? decision.choices[p] : void 0;
      out[p] = stored != null ? stored : env.signalRefused.includes(p) ? false : settings.mode === "opt-out" ? true : void 0;
    }
    return out;
  };
  const commit = (next) => {
    const previous = choices();
    decision = next;
    emitter.emit("change", previous);
  };
  decision = read();
  return {
    choices,
    get() {
      const c = choices();
      const purposes = {};
      for (const p of settings.purposes) purposes[p] = c[p] === true;
      return {
        decided: !!decision && settings.purposes.every((p) => Object.prototype.hasOwnProperty.call(decision.choices, p)),
        purposes,
        revision: settings.revision,
        timestamp: decision ? decision.timestamp : null,
        id: decision ? decision.id : null
      };
    },
    decide(given) {
      const merged = Object.assign(/* @__PURE__ */ Object.create(null), decision == null ? void 0 : decision.choices);
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
      memoryOnly = !jar.set(settings.cookieName, value, { days: settings.expiresDays, domain: settings.cookieDomain });
      if (memoryOnly) warn("the browser did not store the consent cookie; the choice holds for this page view only");
      raw = jar.getAll(settings.cookieName).join("\n");
      commit(next);
    },
    reset() {
      jar.remove(settings.cookieName, settings.cookieDomain);
      if (settings.cookieDomain) jar.remove(settings.cookieName, null);
      memoryOnly = false;
      raw = "";
      commit(null);
    },
    refresh() {
      if (memoryOnly) return;
      const before = raw;
      const next = read();
      if (raw !== before) commit(next);
    },
    subscribe: (listener) => emitter.on("change", listener)
  };
}

function syncTabs(store, win, cookieName) {
  let receiving = false;
  const receive = () => {
    receiving = true;
    try {
      store.refresh();
    } finally {
      receiving = false;
    }
  };
  const onVisible = () => {
    if (win.document.visibilityState !== "hidden") receive();
  };
  let channel = null;
  try {
    channel = new win.BroadcastChannel("consent-gate:" + cookieName);
    channel.onmessage = receive;
  } catch {
    channel = null;
  }
  const unsubscribe = store.subscribe(() => {
    if (receiving) return;
    try {
      channel == null ? void 0 : channel.postMessage(1);
    } catch {
    }
  });
  win.addEventListener("focus", onVisible);
  win.document.addEventListener("visibilitychange", onVisible);
  return () => {
    unsubscribe();
    channel == null ? void 0 : channel.close();
    win.removeEventListener("focus", onVisible);
    win.document.removeEventListener("visibilitychange", onVisible);
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
function cloneScript(original) {
  var _a;
  const doc = original.ownerDocument;
  const clone = doc.createElement("script");
  for (const { name, value } of Array.from(original.attributes)) {
    if (name !== "type" && name !== "data-type") clone.setAttribute(name, value);
  }
  const type = (_a = original.getAttribute("data-type")) != null ? _a : "";
  if (type) clone.setAttribute("type", type);
  if (original.nonce) clone.nonce = original.nonce;
  clone.async = original.hasAttribute("async");
  if (!original.hasAttribute("src")) clone.text = original.text;
  original.replaceWith(clone);
  const external = original.hasAttribute("src") && !clone.async && JS_TYPE.test(type.trim());
  return external ? { element: clone, waitFor: clone } : { element: clone };
}
function moveAttribute(el, from, to) {
  const value = el.getAttribute(from);
  if (value === null) return;
  el.removeAttribute(from);
  el.setAttribute(to, value);
}
function activateMedia(el) {
  const targets = [el, ...Array.from(el.querySelectorAll("source[data-src],source[data-srcset],track[data-src]"))];
  for (const target of targets) {
    moveAttribute(target, "data-srcset", "srcset");
    moveAttribute(target, "data-src", "src");
  }
  if (targets.length > 1 && typeof el.load === "function") el.load();
  return { element: el };
}
function activate(el) {
  return el.localName === "script" ? cloneScript(el) : activateMedia(el);
}
function isGateable(el) {
  var _a;
  if (el.localName === "script") return ((_a = el.getAttribute("type")) != null ? _a : "").trim().toLowerCase() === "text/plain";
  return el.hasAttribute("data-src") || el.hasAttribute("data-srcset") || el.localName === "video" || el.localName === "audio" || el.localName === "picture";
}

function createScriptQueue(onError) {
  const jobs = [];
  let waiting = false;
  const drain = () => {
    while (!waiting && jobs.length) {
      let result = null;
      try {
        result = jobs.shift()();
      } catch (error) {
        onError(error);
      }
      const script = result == null ? void 0 : result.waitFor;
      if (!script) continue;
      waiting = true;
      const done = () => {
        script.removeEventListener("load", done);
        script.removeEventListener("error", done);
        waiting = false;
        drain();
      };
      script.addEventListener("load", done);
      script.addEventListener("error", done);
    }
  };
  return {
    push(job) {
      jobs.push(job);
      drain();
    }
  };
}

const SELECTOR = "[data-consent]";
function byDocumentOrder(a, b) {
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}
function createGate(store, settings, warn, hooks = {}) {
  const waiting = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new WeakSet();
  const ran = /* @__PURE__ */ new Set();
  const queue = createScriptQueue((error) => warn("a tagged element could not be activated; it stays blocked", error));
  const consider = (el) => {
    var _a, _b;
    if (seen.has(el)) return;
    seen.add(el);
    if (!isGateable(el)) {
      if (el.localName === "script")
        warn('a <script data-consent> without type="text/plain" runs before any consent: tag it as type="text/plain"');
      return;
    }
    const requirement = parseRequirement(el.getAttribute("data-consent"));
    if (!requirement) {
      warn(`data-consent=${JSON.stringify(((_a = el.getAttribute("data-consent")) != null ? _a : "").slice(0, 60))} is not a list of purposes; the element stays blocked`);
      return;
    }
    const unknown = unknownPurposes(requirement, settings.purposes);
    if (unknown.length) warn(`data-consent names purposes not in data-purposes (${unknown.join(", ")}); such elements wait for them forever`);
    waiting.set(el, requirement);
    if (el.localName !== "script") (_b = hooks.blocked) == null ? void 0 : _b.call(hooks, el, requirement);
  };
  const release = () => {
    const choices = store.choices();
    const ready = [...waiting].filter(([el, req]) => el.isConnected && allows(req, choices)).map(([el]) => el);
    for (const el of ready.sort(byDocumentOrder)) {
      const requirement = waiting.get(el);
      waiting.delete(el);
      queue.push(() => {
        var _a;
        if (!el.isConnected || !allows(requirement, store.choices())) {
          waiting.set(el, requirement);
          return null;
        }
        const result = activate(el);
        seen.add(result.element);
        if (el.localName === "script") requirement.granted.forEach((p) => ran.add(p));
        (_a = hooks.activated) == null ? void 0 : _a.call(hooks, el, result.element);
        return result;
      });
    }
  };
  const onChange = () => {
    var _a;
    const choices = store.choices();
    if ([...ran].some((p) => choices[p] !== true)) (_a = hooks.withdrawn) == null ? void 0 : _a.call(hooks);
    release();
  };
  return {
    /** Takes newly seen elements or subtrees (also the whole document), then activates what is allowed. */
    add(roots) {
      var _a;
      const before = waiting.size;
      for (const root of Array.from(roots)) {
        try {
          if ((_a = root.matches) == null ? void 0 : _a.call(root, SELECTOR)) consider(root);
          root.querySelectorAll(SELECTOR).forEach(consider);
        } catch (error) {
          warn("the gate could not read part of the page; tagged elements there stay blocked", error);
        }
      }
      if (waiting.size !== before) release();
    },
    /** Starts following the store; returns unsubscribe. */
    follow: () => store.subscribe(onChange)
  };
}

function observe(gate, doc) {
  var _a;
  const Observer = (_a = doc.defaultView) == null ? void 0 : _a.MutationObserver;
  if (typeof Observer !== "function") return () => {
  };
  const observer = new Observer((records) => {
    const added = [];
    for (const record of records)
      for (const node of Array.from(record.addedNodes)) if (node.nodeType === 1) added.push(node);
    if (added.length) gate.add(added);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  return () => observer.disconnect();
}

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
  var _a, _b;
  const out = { ...catalog.en, ...catalog[lang] };
  const own = (_b = (_a = overrides[lang]) != null ? _a : overrides[base(lang)]) != null ? _b : {};
  for (const key of Object.keys(out)) if (typeof own[key] === "string") out[key] = own[key];
  return out;
}
function localize(text, lang, fallback) {
  var _a, _b, _c;
  return (_c = (_b = (_a = text == null ? void 0 : text[lang]) != null ? _a : text == null ? void 0 : text[base(lang)]) != null ? _b : text == null ? void 0 : text["*"]) != null ? _c : fallback;
}
function describePurpose(id, info, texts, lang) {
  var _a;
  const own = texts;
  const builtIn = Object.prototype.hasOwnProperty.call(texts, id) ? own[id] : void 0;
  return {
    label: localize(info == null ? void 0 : info.label, lang, builtIn != null ? builtIn : id),
    description: localize(info == null ? void 0 : info.description, lang, (_a = own[id + "Info"]) != null ? _a : "")
  };
}

function readGpcRefusals(settings, nav) {
  let signal = false;
  try {
    signal = (nav == null ? void 0 : nav.globalPrivacyControl) === true;
  } catch {
    signal = false;
  }
  return signal && settings.gpc === "respect" && settings.purposes.includes("ads") ? ["ads"] : [];
}

var css = ":host(consent-gate){all:initial !important;display:contents !important}:host(consent-gate-placeholder){display:inline-block;vertical-align:top;max-width:100%}:host{--cg-bg:#ffffff;--cg-fg:#1b1b1f;--cg-muted:#4a4d55;--cg-border:#8a8f98;--cg-accent:#1d4ed8;--cg-accent-fg:#ffffff;--cg-focus:#b45309;--cg-radius:10px;--cg-font:system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;--cg-z:2147483000}:host([data-theme=\"dark\"]){--cg-bg:#1b1d22;--cg-fg:#f2f3f5;--cg-muted:#c3c7cf;--cg-border:#7d838e;--cg-accent:#9bbcff;--cg-accent-fg:#0b1220;--cg-focus:#fbbf24}@media (prefers-color-scheme:dark){:host([data-theme=\"auto\"]){--cg-bg:#1b1d22;--cg-fg:#f2f3f5;--cg-muted:#c3c7cf;--cg-border:#7d838e;--cg-accent:#9bbcff;--cg-accent-fg:#0b1220;--cg-focus:#fbbf24}}.cg,.cg *{box-sizing:border-box}.cg{font:15px/1.5 var(--cg-font);color:var(--cg-fg);background:var(--cg-bg);border:1px solid var(--cg-border);box-shadow:0 4px 24px rgba(0,0,0,.25);padding:16px 20px;z-index:var(--cg-z);text-align:left;overflow-wrap:anywhere}.notice{position:fixed;left:0;right:0;bottom:0;max-height:100vh;overflow:auto;border-width:1px 0 0}.notice.top{top:0;bottom:auto;border-width:0 0 1px}.backdrop{position:fixed;inset:0;z-index:var(--cg-z);background:rgba(0,0,0,.5);display:flex;align-items:center;justify-content:center;padding:8px}.backdrop .cg{position:relative;width:100%;max-width:640px;max-height:calc(100vh - 16px);overflow:auto;border-radius:var(--cg-radius)}.wrap{max-width:1100px;margin:0 auto;display:flex;flex-wrap:wrap;gap:8px 24px;align-items:center}.text{flex:1 1 320px;min-width:0}h2{font-size:1.1em;line-height:1.3;margin:0 0 4px;color:inherit}p{margin:0 0 8px}a{color:inherit;text-decoration:underline}.actions{display:flex;flex-wrap:wrap;gap:8px}.btn{flex:1 1 auto;min-height:44px;min-width:44px;padding:8px 16px;font:600 15px/1.2 var(--cg-font);color:var(--cg-accent-fg);background:var(--cg-accent);border:2px solid var(--cg-accent);border-radius:var(--cg-radius);cursor:pointer}.btn:hover{filter:brightness(1.1)}:focus-visible{outline:3px solid var(--cg-focus);outline-offset:2px}[tabindex=\"-1\"]:focus{outline:none}.close{position:absolute;top:8px;right:8px;width:44px;height:44px;font:24px/1 var(--cg-font);color:var(--cg-fg);background:transparent;border:0;border-radius:var(--cg-radius);cursor:pointer}.dialog h2{padding-right:48px}ul{list-style:none;margin:12px 0;padding:0}li{border-top:1px solid var(--cg-border);padding:10px 0}.row{display:flex;align-items:center;justify-content:space-between;gap:12px}.row label{font-weight:600;cursor:pointer}.desc{color:var(--cg-muted);margin:4px 0 0;font-size:.93em}input[role=\"switch\"]{appearance:none;-webkit-appearance:none;margin:0;flex:none;width:48px;height:28px;border-radius:14px;border:2px solid var(--cg-border);background:var(--cg-bg);position:relative;cursor:pointer}input[role=\"switch\"]::before{content:\"\";position:absolute;top:3px;left:3px;width:18px;height:18px;border-radius:50%;background:var(--cg-muted)}input[role=\"switch\"]:checked{background:var(--cg-accent);border-color:var(--cg-accent)}input[role=\"switch\"]:checked::before{left:23px;background:var(--cg-accent-fg)}input[role=\"switch\"]:disabled{opacity:.6;cursor:default}details{margin-top:6px;font-size:.93em}summary{cursor:pointer;min-height:24px}table{border-collapse:collapse;width:100%;margin-top:4px}th,td{text-align:left;padding:2px 8px 2px 0;vertical-align:top}.note{border-left:4px solid var(--cg-accent);padding-left:8px}.ph{display:flex;flex-direction:column;align-items:center;justify-content:center;gap:8px;width:100%;height:100%;min-height:150px;text-align:center;position:static;box-shadow:none;border-radius:var(--cg-radius)}@media (prefers-reduced-motion:no-preference){.notice,.backdrop .cg{animation:cg-in .18s ease-out}@keyframes cg-in{from{opacity:0;transform:translateY(8px)}}}@media (forced-colors:active){.btn,input[role=\"switch\"]{border:2px solid ButtonText}}";

function Switch({ purpose, checked, texts, onChange }) {
  const id = "cg-p-" + purpose.id;
  return /* @__PURE__ */ jsxs("li", { children: [
    /* @__PURE__ */ jsxs("div", { class: "row", children: [
      /* @__PURE__ */ jsx("label", { for: id, children: purpose.label }),
      /* @__PURE__ */ jsx(
        "input",
        {
          id,
          type: "checkbox",
          role: "switch",
          checked,
          "aria-describedby": purpose.description ? id + "-d" : void 0,
          onChange: (e) => onChange(e.currentTarget.checked)
        }
      )
    ] }),
    purpose.description && /* @__PURE__ */ jsx("p", { class: "desc", id: id + "-d", children: purpose.description }),
    purpose.cookies.length > 0 && /* @__PURE__ */ jsxs("details", { children: [
      /* @__PURE__ */ jsxs("summary", { children: [
        texts.cookies,
        " (",
        purpose.cookies.length,
        ")"
      ] }),
      /* @__PURE__ */ jsx("table", { children: /* @__PURE__ */ jsx("tbody", { children: purpose.cookies.map((c) => /* @__PURE__ */ jsxs("tr", { children: [
        /* @__PURE__ */ jsx("th", { scope: "row", children: c.name }),
        /* @__PURE__ */ jsx("td", { children: [c.provider, c.duration, c.description].filter(Boolean).join(" \xB7 ") })
      ] }, c.name)) }) })
    ] })
  ] });
}

function Dialog({ model, draft, panel, onToggle, onSave, onAccept, onReject, onClose }) {
  const { texts } = model;
  const gpc = model.signalRefused.length > 0;
  return /* @__PURE__ */ jsx("div", { class: "backdrop", children: /* @__PURE__ */ jsxs("div", { ref: panel, class: "cg dialog", role: "dialog", "aria-modal": "true", "aria-labelledby": "cg-dtitle", tabIndex: -1, lang: model.lang, children: [
    /* @__PURE__ */ jsx("h2", { id: "cg-dtitle", children: texts.dialogTitle }),
    /* @__PURE__ */ jsxs("p", { children: [
      texts.dialogBody,
      " ",
      model.policyUrl && /* @__PURE__ */ jsx("a", { href: model.policyUrl, children: texts.policy })
    ] }),
    gpc && /* @__PURE__ */ jsx("p", { class: "note", children: texts.gpc }),
    /* @__PURE__ */ jsx("ul", { children: model.purposes.map((p) => /* @__PURE__ */ jsx(Switch, { purpose: p, texts, checked: !!draft[p.id], onChange: (c) => onToggle(p.id, c) }, p.id)) }),
    /* @__PURE__ */ jsxs("div", { class: "actions", children: [
      /* @__PURE__ */ jsx("button", { type: "button", class: "btn", onClick: onSave, children: texts.save }),
      /* @__PURE__ */ jsx("button", { type: "button", class: "btn", onClick: onAccept, children: texts.acceptAll }),
      /* @__PURE__ */ jsx("button", { type: "button", class: "btn", onClick: onReject, children: texts.rejectAll })
    ] }),
    /* @__PURE__ */ jsx("button", { type: "button", class: "close", "aria-label": texts.close, onClick: onClose, children: "\xD7" })
  ] }) });
}

const FOCUSABLE = 'a[href],button:not([disabled]),input:not([disabled]),summary,[tabindex]:not([tabindex="-1"])';
function deepActiveElement(doc) {
  var _a;
  let active = doc.activeElement;
  while ((_a = active == null ? void 0 : active.shadowRoot) == null ? void 0 : _a.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
function trapTab(event, container) {
  if (event.key !== "Tab") return;
  const items = Array.from(container.querySelectorAll(FOCUSABLE));
  if (!items.length) return;
  const first = items[0];
  const last = items[items.length - 1];
  const active = container.getRootNode().activeElement;
  if (event.shiftKey && (active === first || active === container)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
function restoreFocus(target) {
  if (target && target.isConnected && typeof target.focus === "function") {
    target.focus();
  }
}

function Notice({ model, modal, panel, onAccept, onReject, onCustomize }) {
  const { texts } = model;
  return /* @__PURE__ */ jsx(
    "div",
    {
      ref: panel,
      class: "cg notice " + model.position,
      role: "dialog",
      "aria-modal": modal ? "true" : "false",
      "aria-labelledby": "cg-title",
      "aria-describedby": "cg-body",
      tabIndex: -1,
      lang: model.lang,
      children: /* @__PURE__ */ jsxs("div", { class: "wrap", children: [
        /* @__PURE__ */ jsxs("div", { class: "text", children: [
          /* @__PURE__ */ jsx("h2", { id: "cg-title", children: texts.title }),
          /* @__PURE__ */ jsxs("p", { id: "cg-body", children: [
            model.mode === "opt-out" ? texts.optOutBody : texts.body,
            " ",
            model.policyUrl && /* @__PURE__ */ jsx("a", { href: model.policyUrl, children: texts.policy })
          ] })
        ] }),
        /* @__PURE__ */ jsxs("div", { class: "actions", children: [
          /* @__PURE__ */ jsx("button", { type: "button", class: "btn", onClick: onAccept, children: texts.acceptAll }),
          /* @__PURE__ */ jsx("button", { type: "button", class: "btn", onClick: onReject, children: texts.rejectAll }),
          /* @__PURE__ */ jsx("button", { type: "button", class: "btn", onClick: onCustomize, children: texts.customize })
        ] })
      ] })
    }
  );
}

class App extends Component {
  constructor(props) {
    super(props);
    this.panel = createRef();
    this.returnTo = null;
    this.onKeyDown = (event) => {
      const { view } = this.state;
      const modal = view === "dialog" || view === "notice" && this.props.model.position === "center";
      if (event.key === "Escape" && view === "dialog") {
        event.preventDefault();
        this.open(this.props.store.get().decided ? "none" : "notice");
      } else if (modal && this.panel.current) trapTab(event, this.panel.current);
    };
    this.state = { view: props.store.get().decided ? "none" : "notice", draft: {} };
  }
  componentDidMount() {
    this.unsubscribe = this.props.store.subscribe(() => {
      const decided = this.props.store.get().decided;
      if (decided && this.state.view === "notice") this.open("none");
      else if (!decided && this.state.view === "none") this.open("notice");
    });
    this.focusPanel("none");
  }
  componentWillUnmount() {
    var _a;
    (_a = this.unsubscribe) == null ? void 0 : _a.call(this);
  }
  componentDidUpdate(_, previous) {
    if (previous.view !== this.state.view) this.focusPanel(previous.view);
  }
  /** Opens a view; the dialog starts from the current effective choices, never pre-ticked beyond them. */
  open(view) {
    if (view === this.state.view) return;
    const choices = this.props.store.choices();
    const draft = {};
    for (const p of this.props.model.purposes) draft[p.id] = choices[p.id] === true;
    this.setState({ view, draft });
  }
  /** After any decision: the notice goes, and the dialog closes. */
  decide(choices) {
    this.props.store.decide(choices);
    this.open(this.props.store.get().decided ? "none" : "notice");
  }
  all(value) {
    const choices = {};
    for (const p of this.props.model.purposes) choices[p.id] = value;
    this.decide(choices);
  }
  focusPanel(previous) {
    var _a;
    const { view } = this.state;
    if (previous === "none" && view !== "none") this.returnTo = deepActiveElement(this.props.doc);
    if (view === "none") restoreFocus(this.returnTo);
    else (_a = this.panel.current) == null ? void 0 : _a.focus();
    if (previous !== view) this.props.onView(view);
  }
  render({ model }, { view, draft }) {
    if (view === "none") return null;
    const body = view === "dialog" ? /* @__PURE__ */ jsx(
      Dialog,
      {
        model,
        draft,
        panel: this.panel,
        onToggle: (p, c) => this.setState({ draft: { ...draft, [p]: c } }),
        onSave: () => this.decide(draft),
        onAccept: () => this.all(true),
        onReject: () => this.all(false),
        onClose: () => this.open(this.props.store.get().decided ? "none" : "notice")
      }
    ) : /* @__PURE__ */ jsx(
      Notice,
      {
        model,
        modal: model.position === "center",
        panel: this.panel,
        onAccept: () => this.all(true),
        onReject: () => this.all(false),
        onCustomize: () => this.open("dialog")
      }
    );
    const wrapped = view === "notice" && model.position === "center" ? /* @__PURE__ */ jsx("div", { class: "backdrop", children: body }) : body;
    return /* @__PURE__ */ jsx("div", { onKeyDown: this.onKeyDown, children: wrapped });
  }
}

function createUiModel(settings, texts, lang, signalRefused) {
  const purposes = settings.purposes.map((id) => {
    var _a;
    const info = settings.json.purposes[id];
    const described = describePurpose(id, info, texts, lang);
    if (id === "ads" && settings.mode === "opt-out" && !(info == null ? void 0 : info.label)) described.label = texts.adsOptOut;
    return { id, ...described, cookies: (_a = info == null ? void 0 : info.cookies) != null ? _a : [] };
  });
  return { texts, lang, purposes, position: settings.position, policyUrl: settings.policyUrl, mode: settings.mode, signalRefused };
}
function fill(text, labels) {
  return text.replace("{purposes}", labels.join(", "));
}

function Placeholder({ model, name, purposes, onAllow }) {
  const labels = purposes.map((id) => {
    var _a, _b;
    return (_b = (_a = model.purposes.find((p) => p.id === id)) == null ? void 0 : _a.label) != null ? _b : id;
  });
  return /* @__PURE__ */ jsxs("div", { class: "cg ph", lang: model.lang, children: [
    name && /* @__PURE__ */ jsx("strong", { children: name }),
    /* @__PURE__ */ jsx("p", { children: fill(model.texts.placeholder, labels) }),
    /* @__PURE__ */ jsx("button", { type: "button", class: "btn", onClick: onAllow, children: fill(model.texts.allow, labels) })
  ] });
}

function styleRoot(root, doc, sheet) {
  const win = doc.defaultView;
  if (win && "adoptedStyleSheets" in root && typeof win.CSSStyleSheet === "function") {
    try {
      if (!sheet.current) {
        sheet.current = new win.CSSStyleSheet();
        sheet.current.replaceSync(css);
      }
      root.adoptedStyleSheets = [sheet.current];
      return;
    } catch {
    }
  }
  const style = doc.createElement("style");
  style.textContent = css;
  root.appendChild(style);
}
function createHost(doc, tag, theme, sheet) {
  const host = doc.createElement(tag);
  host.setAttribute("data-theme", theme);
  const root = host.attachShadow({ mode: "open" });
  styleRoot(root, doc, sheet);
  return { host, root };
}
function mountUi({ doc, store, model, theme, onView }) {
  var _a;
  const sheet = {};
  const { host, root } = createHost(doc, "consent-gate", theme, sheet);
  const parent = (_a = doc.body) != null ? _a : doc.documentElement;
  parent.insertBefore(host, parent === doc.body ? parent.firstChild : null);
  const app = createRef();
  render(/* @__PURE__ */ jsx(App, { ref: app, model, store, doc, onView }), root);
  const placeholders = /* @__PURE__ */ new Map();
  return {
    show: () => {
      var _a2;
      return (_a2 = app.current) == null ? void 0 : _a2.open("dialog");
    },
    hide: () => {
      var _a2;
      return (_a2 = app.current) == null ? void 0 : _a2.open("none");
    },
    /** Puts a placeholder in the box of a blocked iframe until it is activated. */
    placeholder(el, requirement) {
      if (el.localName !== "iframe" || placeholders.has(el) || !el.parentNode) return;
      const target = el;
      const ph = createHost(doc, "consent-gate-placeholder", theme, sheet);
      for (const dim of ["width", "height"]) {
        const value = target.getAttribute(dim);
        if (value) ph.host.style.setProperty(dim, /^\d+$/.test(value) ? value + "px" : value);
      }
      placeholders.set(el, { host: ph.host, display: target.style.getPropertyValue("display") });
      target.style.setProperty("display", "none", "important");
      target.parentNode.insertBefore(ph.host, target);
      const allow = () => {
        const choices = {};
        for (const p of requirement.granted) choices[p] = true;
        store.decide(choices);
      };
      render(/* @__PURE__ */ jsx(Placeholder, { model, name: target.title, purposes: requirement.granted, onAllow: allow }), ph.root);
    },
    /** Removes an activated element's placeholder and shows the element again. */
    unplace(el) {
      const entry = placeholders.get(el);
      if (!entry) return;
      placeholders.delete(el);
      render(null, entry.host.shadowRoot);
      entry.host.remove();
      el.style.setProperty("display", entry.display);
    }
  };
}

function create(options, { win, catalog, warn }) {
  var _a;
  const doc = win.document;
  const settings = createSettings(options, { host: win.location.hostname, warn });
  const jar = createCookieJar(doc);
  const signalRefused = readGpcRefusals(settings, win.navigator);
  const store = createStore({ settings, jar, warn, now: () => Date.now(), crypto: win.crypto, signalRefused });
  const cleanup = () => clearRefused(settings, store.choices(), jar, win);
  cleanup();
  const stops = [store.subscribe(cleanup)];
  const available = [.../* @__PURE__ */ new Set([...Object.keys(catalog), ...Object.keys(settings.json.texts)])];
  const lang = pickLanguage(settings.lang, doc.documentElement.lang, (_a = win.navigator.languages) != null ? _a : [], available);
  const model = createUiModel(settings, textsFor(lang, catalog, settings.json.texts), lang, signalRefused);
  let emit = () => {
  };
  const ui = mountUi({ doc, store, model, theme: settings.theme, onView: (view) => emit(view === "none" ? "hide" : "show") });
  let reloading = false;
  const gate = createGate(store, settings, warn, {
    blocked: ui.placeholder,
    activated: ui.unplace,
    // SPEC 2: code that ran cannot be unloaded, so a withdrawal reloads the page once.
    withdrawn: () => {
      if (!settings.reloadOnWithdraw || reloading) return;
      reloading = true;
      win.location.reload();
    }
  });
  stops.push(gate.follow());
  const made = createApi({ store, settings, doc, warn, show: ui.show, hide: ui.hide });
  emit = made.emit;
  gate.add([doc]);
  stops.push(observe(gate, doc), syncTabs(store, win, settings.cookieName));
  const onOpenClick = (event) => {
    var _a2;
    const target = event.target;
    if (!((_a2 = target == null ? void 0 : target.closest) == null ? void 0 : _a2.call(target, "[data-consent-open]"))) return;
    event.preventDefault();
    ui.show();
  };
  doc.addEventListener("click", onOpenClick);
  stops.push(() => doc.removeEventListener("click", onOpenClick));
  const api = made.api;
  return { api, destroy: () => stops.forEach((stop) => stop()) };
}

const en = {
  title: "Your privacy choices",
  body: "We use cookies and similar tools for the purposes below. Nothing optional runs until you choose. You can change your mind at any time.",
  optOutBody: "We use cookies and similar tools for the purposes below. You can refuse any of them now or at any time.",
  acceptAll: "Accept all",
  rejectAll: "Reject all",
  customize: "Customize",
  policy: "Privacy policy",
  dialogTitle: "Privacy settings",
  dialogBody: "Choose what this site may use. Necessary cookies are always on: the site cannot work without them.",
  save: "Save choices",
  close: "Close",
  cookies: "Cookies",
  provider: "Provider",
  duration: "Duration",
  gpc: "Your browser sends a Global Privacy Control signal, so ad tracking starts refused.",
  placeholder: "This content is blocked until you allow: {purposes}.",
  allow: "Allow {purposes}",
  analytics: "Analytics",
  analyticsInfo: "Counts visits and how the site is used, so we can improve it.",
  ads: "Ad tracking",
  adsInfo: "Measures and personalises ads and attributes sales to them.",
  adsOptOut: "Do not sell or share my information",
  customization: "Customization",
  customizationInfo: "Remembers your content choices, such as region or layout.",
  login: "Login",
  loginInfo: "Stores your login details and email for faster checkout."
};

const allLanguages = { en };

function createWarner(sink = globalThis.console) {
  const seen = /* @__PURE__ */ new Set();
  return (message, cause) => {
    if (seen.has(message)) return;
    seen.add(message);
    try {
      if (cause === void 0) sink == null ? void 0 : sink.warn("consent-gate: " + message);
      else sink == null ? void 0 : sink.warn("consent-gate: " + message, cause);
    } catch {
    }
  };
}

function createConsentGate(options = {}) {
  const { api, destroy } = create(options, { win: window, catalog: allLanguages, warn: createWarner() });
  return { ...api, destroy };
}

export { createConsentGate };
