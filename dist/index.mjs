import Cookies from 'js-cookie';
import { r as randomId, e as encodeDecision, d as decodeDecision, i as isCurrent } from './chunks/server.mjs';
export { p as parseConsentCookie } from './chunks/server.mjs';
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
  const text = Object(value) === value ? typeof value : String(value);
  return JSON.stringify(text.length > 40 ? text.slice(0, 40) + "\u2026" : text);
}
function createValidator(options, warn) {
  const raw = (key) => {
    const value = options[key];
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
    json: cleanJsonConfig(options?.config, env.warn)
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
  const tests = [];
  for (const purpose of settings.purposes) {
    if (choices[purpose] !== false) continue;
    for (const cookie of settings.json.purposes[purpose]?.cookies ?? []) tests.push(matcher(cookie.name));
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
  const secure = doc.location?.protocol === "https:";
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
  let decision = null;
  let memoryOnly = false;
  const read = () => {
    const values = jar.getAll(settings.cookieName);
    let best = null;
    for (const value of values) {
      const d = decodeDecision(value);
      if (d && isCurrent(d, settings.revision, settings.expiresDays, env.now()) && (!best || d.timestamp > best.timestamp)) best = d;
    }
    return best;
  };
  const choices = () => {
    const out = /* @__PURE__ */ Object.create(null);
    for (const p of settings.purposes) {
      const stored = decision && Object.prototype.hasOwnProperty.call(decision.choices, p) ? decision.choices[p] : void 0;
      out[p] = stored ?? (env.signalRefused.includes(p) ? false : settings.mode === "opt-out" ? true : void 0);
    }
    return out;
  };
  const commit = (next, local) => {
    decision = next;
    emitter.emit("change", local);
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
      const merged = Object.assign(/* @__PURE__ */ Object.create(null), decision?.choices);
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
      memoryOnly = !jar.set(settings.cookieName, value, { days: settings.expiresDays, domain: settings.cookieDomain }) && (read()?.timestamp ?? -1) < next.timestamp;
      if (memoryOnly) warn("the browser did not store the consent cookie; the choice holds for this page view only");
      commit(next, true);
    },
    reset() {
      jar.remove(settings.cookieName, settings.cookieDomain);
      if (settings.cookieDomain) jar.remove(settings.cookieName, null);
      memoryOnly = false;
      commit(null, true);
    },
    refresh() {
      if (memoryOnly) return;
      const next = read();
      if (next?.id !== decision?.id) commit(next, false);
    },
    subscribe: (listener) => emitter.on("change", listener)
  };
}

function syncTabs(store, win, cookieName) {
  const receive = () => store.refresh();
  const onVisible = () => {
    if (win.document.visibilityState !== "hidden") receive();
  };
  let channel = null;
  try {
    const open = new win.BroadcastChannel("consent-gate:" + cookieName);
    open.onmessage = receive;
    channel = open;
  } catch {
  }
  const unsubscribe = store.subscribe((local) => {
    if (!local) return;
    try {
      channel?.postMessage(1);
    } catch {
    }
  });
  win.addEventListener("focus", onVisible);
  win.document.addEventListener("visibilitychange", onVisible);
  return () => {
    unsubscribe();
    channel?.close();
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
let policy;
function trusted(doc, value, url) {
  if (policy === void 0) {
    const tt = doc.defaultView?.trustedTypes;
    const same = (s) => s;
    try {
      policy = tt ? tt.createPolicy("consent-gate", { createScript: same, createScriptURL: same }) : null;
    } catch {
      policy = null;
    }
  }
  return policy ? policy[url ? "createScriptURL" : "createScript"](value) : value;
}
function cloneScript(original, pageNonce) {
  const doc = original.ownerDocument;
  if (pageNonce && original.nonce !== pageNonce) throw Error("nonce");
  const clone = doc.createElement("script");
  for (const { name, value } of Array.from(original.attributes)) {
    if (name !== "type" && name !== "data-type") clone.setAttribute(name, name === "src" ? trusted(doc, value, true) : value);
  }
  const type = (original.getAttribute("data-type") ?? "").trim();
  if (type) clone.setAttribute("type", type);
  if (original.nonce) clone.nonce = original.nonce;
  clone.async = original.hasAttribute("async");
  const external = original.hasAttribute("src");
  if (!external) clone.text = trusted(doc, original.text);
  const { write, writeln } = doc;
  if (!external) doc.write = doc.writeln = () => {
  };
  try {
    original.replaceWith(clone);
  } finally {
    Object.assign(doc, { write, writeln });
  }
  const fires = JS_TYPE.test(type) && !(type.toLowerCase() !== "module" && clone.hasAttribute("nomodule"));
  return external && !clone.async && fires ? { element: clone, waitFor: clone } : { element: clone };
}
function moveAttribute(el, from, to) {
  const value = el.getAttribute(from);
  if (value === null) return;
  el.removeAttribute(from);
  el.setAttribute(to, value);
}
const SOURCES = "source,img,track";
function activateMedia(el) {
  const parent = el.parentElement;
  const inPicture = el.localName === "img" && parent?.localName === "picture";
  const targets = [el, ...Array.from((inPicture ? parent : el).querySelectorAll(SOURCES))];
  for (const target of targets) {
    moveAttribute(target, "data-srcset", "srcset");
    moveAttribute(target, "data-src", "src");
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
  if (el.hasAttribute("data-src") || el.hasAttribute("data-srcset")) return true;
  return /^(video|audio|picture)$/.test(el.localName) && !el.hasAttribute("src");
}

const CLASSIC = /^(|(text|application)\/(x-)?(java|ecma)script)$/i;
function preload(elements, doc, pageNonce) {
  if (pageNonce || !doc.head) return;
  for (const el of elements) {
    const src = el.getAttribute("src");
    if (el.localName !== "script" || !src || el.hasAttribute("async") || el.hasAttribute("nomodule") || !CLASSIC.test((el.getAttribute("data-type") ?? "").trim())) continue;
    const link = doc.createElement("link");
    link.rel = "preload";
    link.as = "script";
    for (const name of ["crossorigin", "integrity", "referrerpolicy"]) {
      const value = el.getAttribute(name);
      if (value !== null) link.setAttribute(name, value);
    }
    link.href = src;
    doc.head.appendChild(link);
  }
}

function createScriptQueue(onError) {
  let jobs = [];
  let next = 0;
  let busy = false;
  const drain = () => {
    while (!busy && next < jobs.length) {
      const job = jobs[next++];
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
    push(job) {
      jobs.push(job);
      drain();
    }
  };
}

const SELECTOR = "[data-consent]";
const RUNS_CODE = /^(script|iframe|embed)$/;
function byDocumentOrder(a, b) {
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}
function parsed(el) {
  if (el.ownerDocument.readyState !== "loading") return true;
  for (let node = el; node; node = node.parentNode) if (node.nextSibling) return true;
  return false;
}
function createGate(store, settings, warn, hooks = {}, ownNonce) {
  const waiting = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new WeakSet();
  let unparsed = [];
  const ran = /* @__PURE__ */ new Map();
  let nonce = ownNonce;
  const pageNonce = (doc) => nonce ?? (nonce = doc.querySelector("script[nonce]")?.nonce ?? "");
  const fail = (error) => warn("a tagged element could not be activated; it stays blocked", error);
  const queue = createScriptQueue(fail);
  const tell = (hook) => {
    try {
      hook();
    } catch (error) {
      fail(error);
    }
  };
  const block = (el, requirement) => {
    if (el.localName !== "script" && requirement.granted.length) tell(() => hooks.blocked?.(el, requirement));
  };
  const consider = (el) => {
    if (seen.has(el)) return;
    if (!parsed(el)) return void unparsed.push(el);
    seen.add(el);
    const value = el.getAttribute("data-consent");
    if (!isGateable(el))
      return warn(`<${el.localName} data-consent> needs ${el.localName === "script" ? 'type="text/plain"' : "data-src"}; it is not held back`);
    const requirement = parseRequirement(value);
    if (!requirement) return warn(`data-consent=${JSON.stringify((value ?? "").slice(0, 60))} is not a list of purposes; the element stays blocked`);
    const unknown = unknownPurposes(requirement, settings.purposes);
    if (unknown.length) warn(`data-consent names purposes not in data-purposes (${unknown.join(", ")}); such elements stay blocked`);
    waiting.set(el, requirement);
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
    tell(() => hooks.activated?.(el, result.element));
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
      } else if (allows(requirement, choices)) ready.push(el);
      else if (fresh) block(el, requirement);
    }
    if (ready.some((el, i) => i > 0 && byDocumentOrder(ready[i - 1], el) > 0)) ready.sort(byDocumentOrder);
    try {
      if (ready.length > 1) preload(ready, ready[0].ownerDocument, pageNonce(ready[0].ownerDocument));
    } catch {
    }
    for (const el of ready) {
      queue.push(job(el, waiting.get(el)));
      waiting.delete(el);
    }
  };
  const onChange = () => {
    try {
      const choices = store.choices();
      if ([...ran.values()].some((requirement) => !allows(requirement, choices))) hooks.withdrawn?.();
      release([...waiting.keys()], false);
    } catch (error) {
      fail(error);
    }
  };
  return {
    /** Takes newly inserted elements or subtrees (also the whole document), then activates what is allowed. */
    add(roots) {
      const before = unparsed;
      unparsed = [];
      const found = [];
      const take = (el) => {
        consider(el);
        if (waiting.has(el)) found.push(el);
      };
      try {
        before.forEach(take);
        for (let i = 0; i < roots.length; i++) {
          const root = roots[i];
          if (root.hasAttribute?.("data-consent")) take(root);
          if (root.firstElementChild) root.querySelectorAll(SELECTOR).forEach(take);
        }
        release(found, true);
      } catch (error) {
        fail(error);
      }
    },
    /** Starts following the store; returns unsubscribe. */
    follow: () => store.subscribe(onChange)
  };
}

function observe(gate, doc) {
  const Observer = doc.defaultView?.MutationObserver;
  const flush = () => gate.add(typeof Observer === "function" ? [] : [doc]);
  doc.addEventListener("readystatechange", flush);
  const stopReady = () => doc.removeEventListener("readystatechange", flush);
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
  observer.observe(doc.documentElement, { childList: true, subtree: true });
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
function logConsent(store, settings, { win, warn }) {
  const endpoint = settings.logUrl;
  if (!endpoint) return () => {
  };
  const failed = (error) => warn("could not send the consent receipt to " + endpoint, error);
  let sent = store.get().id;
  return store.subscribe((local) => {
    const { id, timestamp, revision, purposes } = store.get();
    if (!local || !id || id === sent) return;
    sent = id;
    const { origin, pathname } = win.location;
    const receipt = { id, timestamp, revision, purposes, url: origin + pathname, version: VERSION };
    const body = JSON.stringify(receipt);
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
  });
}

const TYPES = {
  analytics: ["analytics_storage"],
  ads: ["ad_storage", "ad_user_data", "ad_personalization"],
  customization: ["personalization_storage", "functionality_storage"]
};
function consentTypes(choices) {
  const types = { security_storage: "granted" };
  for (const purpose in TYPES)
    for (const type of TYPES[purpose]) types[type] = choices[purpose] === true ? "granted" : "denied";
  return types;
}
const ranBefore = (entry) => {
  const e = entry;
  return !!e && (e[0] === "js" || e[0] === "config" || e.event === "gtm.js");
};
function googleConsentMode(store, settings, { win, warn }) {
  if (!settings.googleConsentMode) return () => {
  };
  const w = win;
  const layer = () => Array.isArray(w.dataLayer) ? w.dataLayer : w.dataLayer = [];
  if (layer().some(ranBefore))
    warn("a Google tag ran before consent-gate; load consent-gate above it so the consent default comes first");
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

var css = ":host(consent-gate){all:initial !important;display:contents !important}:host(consent-gate-placeholder){display:inline-block;vertical-align:top;max-width:100%}:host{--cg-bg:#fff;--cg-fg:#1b1b1f;--cg-muted:#4a4d55;--cg-border:#767b85;--cg-accent:#1d4ed8;--cg-accent-fg:#fff;--cg-focus:#b45309;--cg-radius:8px;--cg-font:system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;--cg-z:2147483000}:host([data-theme=dark]){--cg-bg:#1b1d22;--cg-fg:#f2f3f5;--cg-muted:#c3c7cf;--cg-border:#8d939e;--cg-accent:#9bbcff;--cg-accent-fg:#0b1220;--cg-focus:#fbbf24}@media (prefers-color-scheme:dark){:host([data-theme=auto]){--cg-bg:#1b1d22;--cg-fg:#f2f3f5;--cg-muted:#c3c7cf;--cg-border:#8d939e;--cg-accent:#9bbcff;--cg-accent-fg:#0b1220;--cg-focus:#fbbf24}}*{box-sizing:border-box}.cg{font:15px/1.5 var(--cg-font);color:var(--cg-fg);background:var(--cg-bg);border:1px solid var(--cg-border);box-shadow:0 4px 24px #0004;padding:16px 20px;z-index:var(--cg-z);text-align:left;overflow-wrap:anywhere}.notice{position:fixed;left:0;right:0;bottom:0;max-height:100%;overflow:auto;border-width:1px 0 0}.top{top:0;bottom:auto;border-width:0 0 1px}.backdrop{position:fixed;inset:0;z-index:var(--cg-z);background:#0008;display:flex;align-items:center;justify-content:center;padding:8px}.backdrop .cg{position:relative;width:100%;max-width:640px;max-height:100%;overflow:auto;border-radius:var(--cg-radius)}.wrap{max-width:1100px;margin:auto;display:flex;flex-wrap:wrap;gap:8px 24px;align-items:center}.text{flex:1 1 320px}.wrap .actions{flex:1 1 auto}h2{font-size:1.15em;line-height:1.3;margin:0 0 4px}p{margin:0 0 8px}a{color:inherit}.actions{display:grid;grid-auto-flow:column;grid-auto-columns:1fr;gap:8px}@media (max-width:480px){.actions{grid-auto-flow:row}}.btn,.close{font:600 15px/1.2 var(--cg-font);border-radius:var(--cg-radius);cursor:pointer}.btn{min-height:44px;padding:8px 16px;color:var(--cg-accent-fg);background:var(--cg-accent);border:2px solid var(--cg-accent)}.btn:hover{filter:brightness(1.1)}:focus-visible{outline:3px solid var(--cg-focus);outline-offset:2px}[tabindex=\"-1\"]{outline:none}.close{position:absolute;top:8px;right:8px;width:44px;height:44px;font-size:24px;color:inherit;background:none;border:0}.dialog h2{padding-right:40px}ul{list-style:none;margin:12px 0;padding:0}li{border-top:1px solid var(--cg-border);padding:10px 0}.row{display:flex;align-items:center;justify-content:space-between;gap:12px}label{font-weight:600;cursor:pointer}.desc,details{color:var(--cg-muted);margin:4px 0 0;font-size:14px}[role=switch]{appearance:none;margin:0;flex:none;position:relative;cursor:pointer;width:48px;height:28px;border-radius:14px;border:2px solid var(--cg-border);background:var(--cg-bg)}[role=switch]::before{content:\"\";position:absolute;top:3px;left:3px;width:18px;height:18px;border-radius:50%;background:var(--cg-muted)}[role=switch]:checked{background:var(--cg-accent);border-color:var(--cg-accent)}[role=switch]:checked::before{left:23px;background:var(--cg-accent-fg)}summary{cursor:pointer;padding:2px 0;min-height:24px}dl{margin:4px 0 0}dt{font-weight:600;color:var(--cg-fg)}dd{margin:0 0 4px 12px}.note{border-left:4px solid var(--cg-accent);padding-left:8px}.ph{display:flex;flex-direction:column;align-items:center;justify-content:center;gap:8px;height:100%;min-height:150px;text-align:center;box-shadow:none;border-radius:var(--cg-radius)}@media (prefers-reduced-motion:no-preference){.notice,.backdrop .cg{animation:cg-in .2s ease-out}@keyframes cg-in{from{opacity:0;transform:translateY(8px)}}}@media (forced-colors:active){.btn,[role=switch]{border:2px solid ButtonText}[role=switch]:checked::before{background:Highlight}}";

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
      /* @__PURE__ */ jsx("dl", { children: purpose.cookies.map((c, i) => [
        /* @__PURE__ */ jsx("dt", { children: c.name }, "n" + i),
        /* @__PURE__ */ jsx("dd", { children: [c.provider, c.duration, c.description].filter(Boolean).join(" \xB7 ") }, "d" + i)
      ]) })
    ] })
  ] });
}

function Dialog({ model, draft, panel, onToggle, onSave, onAccept, onReject, onClose }) {
  const { texts } = model;
  const gpc = model.signalRefused.length > 0;
  return /* @__PURE__ */ jsx("div", { class: "backdrop", children: /* @__PURE__ */ jsxs("div", { ref: panel, class: "cg dialog", role: "dialog", "aria-modal": "true", "aria-labelledby": "cg-dtitle", tabIndex: -1, lang: model.lang, children: [
    /* @__PURE__ */ jsx("button", { type: "button", class: "close", "aria-label": texts.close, onClick: onClose, children: "\xD7" }),
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
    ] })
  ] }) });
}

const FOCUSABLE = 'a[href],button:not([disabled]),input:not([disabled]),summary,[tabindex]:not([tabindex="-1"])';
function deepActiveElement(doc) {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
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
function keepClear(doc, bar, edge) {
  const style = doc.documentElement.style;
  const prop = "scroll-padding-" + edge;
  const before = style.getPropertyValue(prop);
  const clear = () => style.setProperty(prop, bar.offsetHeight + "px");
  const Observer = doc.defaultView?.ResizeObserver;
  const observer = Observer ? new Observer(clear) : null;
  if (observer) observer.observe(bar);
  else clear();
  return () => {
    observer?.disconnect();
    style.setProperty(prop, before);
  };
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
          /* @__PURE__ */ jsx("button", { type: "button", class: "btn customize", onClick: onCustomize, children: texts.customize })
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
    this.state = { view: props.initial ?? (props.store.get().decided ? "none" : "notice"), draft: this.draft() };
    props.expose((view) => this.open(view));
  }
  componentDidMount() {
    this.unsubscribe = this.props.store.subscribe(() => {
      const decided = this.props.store.get().decided;
      if (decided && this.state.view === "notice") this.open("none");
      else if (!decided && this.state.view === "none") this.open("notice");
    });
    if (this.state.view === "dialog") return this.focusPanel("none");
    this.focusPanel("none", false);
    const { doc, model } = this.props;
    const win = doc.defaultView;
    const focusFirst = () => {
      const panel = this.panel.current;
      const active = deepActiveElement(doc);
      const idle = !active || active === doc.body || active === doc.documentElement;
      if (this.state.view === "notice" && panel && (idle || model.position === "center")) panel.focus({ preventScroll: true });
    };
    if (win && typeof win.requestAnimationFrame === "function") win.requestAnimationFrame(focusFirst);
    else focusFirst();
  }
  componentWillUnmount() {
    this.unsubscribe?.();
    this.unclear?.();
  }
  componentDidUpdate(_, previous) {
    if (previous.view !== this.state.view) this.focusPanel(previous.view);
  }
  /** Opens a view; the dialog starts from the current effective choices, never pre-ticked beyond them. */
  open(view) {
    if (view !== this.state.view) this.setState({ view, draft: this.draft() });
  }
  draft() {
    const choices = this.props.store.choices();
    const draft = {};
    for (const p of this.props.model.purposes) draft[p.id] = choices[p.id] === true;
    return draft;
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
  /**
   * APG dialog pattern: focus moves into what opens and goes back to where it
   * came from; back from the dialog to the notice it lands on Customize.
   * `preventScroll`: a bar fixed to the viewport must never scroll the page.
   */
  focusPanel(previous, move = true) {
    const { view } = this.state;
    const panel = this.panel.current;
    if (previous === "none" && view !== "none") this.returnTo = deepActiveElement(this.props.doc);
    if (view === "none") restoreFocus(this.returnTo);
    else if (panel && move) {
      const customize = previous === "dialog" ? panel.querySelector(".customize") : null;
      (customize ?? panel).focus({ preventScroll: true });
    }
    if (previous !== view) this.props.onView(view);
    this.unclear?.();
    const { position } = this.props.model;
    this.unclear = view === "notice" && panel && position !== "center" ? keepClear(this.props.doc, panel, position) : void 0;
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
    const info = settings.json.purposes[id];
    return { id, ...describePurpose(id, info, texts, lang), cookies: info?.cookies ?? [] };
  });
  return { texts, lang, purposes, position: settings.position, policyUrl: settings.policyUrl, mode: settings.mode, signalRefused };
}
function fill(text, labels) {
  return text.replace("{purposes}", () => labels.join(", "));
}

function Placeholder({ model, name, purposes, onAllow }) {
  const labels = purposes.map((id) => model.purposes.find((p) => p.id === id)?.label ?? id);
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
  const sheet = {};
  let open;
  let stopWaiting = () => {
  };
  const mount = (initial) => {
    stopWaiting();
    const { host, root } = createHost(doc, "consent-gate", theme, sheet);
    const parent = doc.body ?? doc.documentElement;
    parent.insertBefore(host, parent === doc.body ? parent.firstChild : null);
    render(/* @__PURE__ */ jsx(App, { model, store, doc, onView, initial, expose: (fn) => open = fn }), root);
  };
  if (!store.get().decided) mount();
  else stopWaiting = store.subscribe(() => open || store.get().decided || mount());
  const placeholders = /* @__PURE__ */ new Map();
  return {
    show: () => open ? open("dialog") : mount("dialog"),
    hide: () => open?.("none"),
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

function create(options, { win, catalog, warn, nonce }) {
  const doc = win.document;
  const settings = createSettings(options, { host: win.location.hostname, warn });
  const jar = createCookieJar(doc);
  const signalRefused = readGpcRefusals(settings, win.navigator);
  const store = createStore({ settings, jar, warn, now: () => Date.now(), crypto: win.crypto, signalRefused });
  const integrations = [googleConsentMode(store, settings, { win, warn }), logConsent(store, settings, { win, warn })];
  const cleanup = () => clearRefused(settings, store.choices(), jar, win);
  cleanup();
  const stops = [...integrations, store.subscribe(cleanup)];
  const available = [.../* @__PURE__ */ new Set([...Object.keys(catalog), ...Object.keys(settings.json.texts)])];
  const lang = pickLanguage(settings.lang, doc.documentElement.lang, win.navigator.languages ?? [], available);
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
  }, nonce);
  stops.push(gate.follow());
  const made = createApi({ store, settings, doc, warn, show: ui.show, hide: ui.hide });
  emit = made.emit;
  gate.add([doc]);
  stops.push(observe(gate, doc), syncTabs(store, win, settings.cookieName));
  const onOpenClick = (event) => {
    const target = event.target;
    if (!target?.closest?.("[data-consent-open]")) return;
    event.preventDefault();
    ui.show();
  };
  doc.addEventListener("click", onOpenClick);
  stops.push(() => doc.removeEventListener("click", onOpenClick));
  const api = made.api;
  return { api, destroy: () => stops.forEach((stop) => stop()) };
}

const de = {
  title: "Ihre Privatsph\xE4re",
  body: "Optionale Cookies und \xE4hnliche Techniken nutzen wir nur mit Ihrer Zustimmung. Sie k\xF6nnen Ihre Wahl jederzeit \xE4ndern.",
  optOutBody: "Manche Cookies k\xF6nnen als Verkauf oder Weitergabe Ihrer Daten gelten. Sie k\xF6nnen jederzeit widersprechen.",
  acceptAll: "Alle akzeptieren",
  rejectAll: "Alle ablehnen",
  customize: "Anpassen",
  policy: "Datenschutzerkl\xE4rung",
  dialogTitle: "Datenschutz-Einstellungen",
  dialogBody: "Notwendige Cookies sind immer aktiv. Die \xFCbrigen w\xE4hlen Sie unten.",
  save: "Auswahl speichern",
  close: "Schlie\xDFen",
  cookies: "Cookies",
  gpc: "Ihr Browser sendet Global Privacy Control, daher ist Werbe-Tracking zun\xE4chst aus.",
  placeholder: "Blockiert, bis Sie zustimmen: {purposes}.",
  allow: "{purposes} erlauben",
  analytics: "Statistik",
  analyticsInfo: "Z\xE4hlt Besuche, damit wir die Website verbessern k\xF6nnen.",
  ads: "Werbe-Tracking",
  adsInfo: "Personalisiert Werbung und misst ihre Wirkung.",
  customization: "Personalisierung",
  customizationInfo: "Merkt sich Einstellungen wie Region oder Layout.",
  login: "Anmeldung",
  loginInfo: "Speichert Anmeldedaten und E-Mail f\xFCr schnelleres Bestellen."
};

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

const es = {
  title: "Tus opciones de privacidad",
  body: "Solo usamos cookies opcionales y herramientas similares si aceptas. Puedes cambiar de opini\xF3n en cualquier momento.",
  optOutBody: "Algunas cookies pueden considerarse venta o cesi\xF3n de tus datos. Puedes oponerte en cualquier momento.",
  acceptAll: "Aceptar todo",
  rejectAll: "Rechazar todo",
  customize: "Personalizar",
  policy: "Pol\xEDtica de privacidad",
  dialogTitle: "Configuraci\xF3n de privacidad",
  dialogBody: "Las cookies necesarias est\xE1n siempre activas. Elige las dem\xE1s abajo.",
  save: "Guardar selecci\xF3n",
  close: "Cerrar",
  cookies: "Cookies",
  gpc: "Tu navegador env\xEDa Global Privacy Control, as\xED que el seguimiento publicitario empieza desactivado.",
  placeholder: "Bloqueado hasta que permitas: {purposes}.",
  allow: "Permitir {purposes}",
  analytics: "Estad\xEDsticas",
  analyticsInfo: "Cuenta las visitas para ayudarnos a mejorar el sitio.",
  ads: "Seguimiento publicitario",
  adsInfo: "Personaliza los anuncios y mide su efecto.",
  customization: "Personalizaci\xF3n",
  customizationInfo: "Recuerda ajustes como regi\xF3n o dise\xF1o.",
  login: "Inicio de sesi\xF3n",
  loginInfo: "Guarda datos de acceso y correo para comprar m\xE1s r\xE1pido."
};

const fr = {
  title: "Vos choix de confidentialit\xE9",
  body: "Nous n\u2019utilisons des cookies optionnels et outils similaires qu\u2019avec votre accord. Vous pouvez changer d\u2019avis \xE0 tout moment.",
  optOutBody: "Certains cookies peuvent valoir vente ou partage de vos donn\xE9es. Vous pouvez vous y opposer \xE0 tout moment.",
  acceptAll: "Tout accepter",
  rejectAll: "Tout refuser",
  customize: "Personnaliser",
  policy: "Politique de confidentialit\xE9",
  dialogTitle: "Param\xE8tres de confidentialit\xE9",
  dialogBody: "Les cookies n\xE9cessaires sont toujours actifs. Choisissez les autres ci-dessous.",
  save: "Enregistrer mes choix",
  close: "Fermer",
  cookies: "Cookies",
  gpc: "Votre navigateur envoie Global Privacy Control : le suivi publicitaire est donc d\xE9sactiv\xE9 d\u2019office.",
  placeholder: "Bloqu\xE9 tant que vous n\u2019autorisez pas : {purposes}.",
  allow: "Autoriser : {purposes}",
  analytics: "Statistiques",
  analyticsInfo: "Compte les visites pour nous aider \xE0 am\xE9liorer le site.",
  ads: "Suivi publicitaire",
  adsInfo: "Personnalise les publicit\xE9s et mesure leur effet.",
  customization: "Personnalisation",
  customizationInfo: "Retient vos r\xE9glages, comme la r\xE9gion ou la mise en page.",
  login: "Connexion",
  loginInfo: "Enregistre identifiants et e-mail pour des achats plus rapides."
};

const it = {
  title: "Le tue scelte sulla privacy",
  body: "Usiamo cookie facoltativi e strumenti simili solo con il tuo consenso. Puoi cambiare idea in qualsiasi momento.",
  optOutBody: "Alcuni cookie possono valere come vendita o condivisione dei tuoi dati. Puoi opporti in qualsiasi momento.",
  acceptAll: "Accetta tutto",
  rejectAll: "Rifiuta tutto",
  customize: "Personalizza",
  policy: "Informativa sulla privacy",
  dialogTitle: "Impostazioni privacy",
  dialogBody: "I cookie necessari sono sempre attivi. Scegli gli altri qui sotto.",
  save: "Salva le scelte",
  close: "Chiudi",
  cookies: "Cookie",
  gpc: "Il tuo browser invia Global Privacy Control, quindi il tracciamento pubblicitario parte disattivato.",
  placeholder: "Bloccato finch\xE9 non consenti: {purposes}.",
  allow: "Consenti {purposes}",
  analytics: "Statistiche",
  analyticsInfo: "Conta le visite per aiutarci a migliorare il sito.",
  ads: "Tracciamento pubblicitario",
  adsInfo: "Personalizza gli annunci e ne misura l\u2019effetto.",
  customization: "Personalizzazione",
  customizationInfo: "Ricorda impostazioni come regione o layout.",
  login: "Accesso",
  loginInfo: "Salva dati di accesso ed e-mail per acquisti pi\xF9 rapidi."
};

const nl = {
  title: "Jouw privacykeuzes",
  body: "Optionele cookies en vergelijkbare technieken gebruiken we alleen met jouw toestemming. Je kunt je keuze altijd wijzigen.",
  optOutBody: "Sommige cookies kunnen gelden als verkoop of delen van je gegevens. Je kunt altijd bezwaar maken.",
  acceptAll: "Alles accepteren",
  rejectAll: "Alles weigeren",
  customize: "Aanpassen",
  policy: "Privacyverklaring",
  dialogTitle: "Privacyinstellingen",
  dialogBody: "Noodzakelijke cookies staan altijd aan. Kies hieronder de rest.",
  save: "Keuzes opslaan",
  close: "Sluiten",
  cookies: "Cookies",
  gpc: "Je browser stuurt Global Privacy Control, dus advertentietracking staat eerst uit.",
  placeholder: "Geblokkeerd tot je toestemming geeft voor: {purposes}.",
  allow: "{purposes} toestaan",
  analytics: "Statistieken",
  analyticsInfo: "Telt bezoeken zodat we de site kunnen verbeteren.",
  ads: "Advertentietracking",
  adsInfo: "Personaliseert advertenties en meet hun effect.",
  customization: "Personalisatie",
  customizationInfo: "Onthoudt instellingen zoals regio of indeling.",
  login: "Inloggen",
  loginInfo: "Bewaart inloggegevens en e-mail om sneller af te rekenen."
};

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

const pt = {
  title: "As suas op\xE7\xF5es de privacidade",
  body: "S\xF3 usamos cookies opcionais e ferramentas semelhantes com o seu consentimento. Pode mudar de ideias a qualquer momento.",
  optOutBody: "Alguns cookies podem contar como venda ou partilha dos seus dados. Pode opor-se a qualquer momento.",
  acceptAll: "Aceitar tudo",
  rejectAll: "Rejeitar tudo",
  customize: "Personalizar",
  policy: "Pol\xEDtica de privacidade",
  dialogTitle: "Defini\xE7\xF5es de privacidade",
  dialogBody: "Os cookies necess\xE1rios est\xE3o sempre ativos. Escolha os restantes abaixo.",
  save: "Guardar escolhas",
  close: "Fechar",
  cookies: "Cookies",
  gpc: "O seu navegador envia Global Privacy Control, por isso o rastreio publicit\xE1rio come\xE7a desativado.",
  placeholder: "Bloqueado at\xE9 permitir: {purposes}.",
  allow: "Permitir {purposes}",
  analytics: "Estat\xEDsticas",
  analyticsInfo: "Conta as visitas para nos ajudar a melhorar o site.",
  ads: "Rastreio publicit\xE1rio",
  adsInfo: "Personaliza an\xFAncios e mede o seu efeito.",
  customization: "Personaliza\xE7\xE3o",
  customizationInfo: "Lembra defini\xE7\xF5es como regi\xE3o ou layout.",
  login: "In\xEDcio de sess\xE3o",
  loginInfo: "Guarda dados de acesso e e-mail para compras mais r\xE1pidas."
};

const allLanguages = { en, de, fr, es, it, nl, pt, pl };

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

function createConsentGate(options = {}) {
  const { api, destroy } = create(options, { win: window, catalog: allLanguages, warn: createWarner() });
  return { ...api, destroy };
}

export { createConsentGate };
