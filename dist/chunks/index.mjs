import { h as hasOwn } from './own.mjs';
import { L as LANG, P as PURPOSE_ID, D as DEFAULT_PURPOSES, r as readJsonConfig, a as attributeName, c as clearRefused } from './cookie-cleanup.mjs';
import { c as cookiePairs, v as valuesOf, d as decodeDecision, r as randomId, e as encodeDecision, s as stateOf, a as choicesOf, b as readDecision, f as allows, g as parseRequirement, u as unknownPurposes } from './parse-consent-cookie.mjs';

const descriptor = (proto, name) => proto ? Object.getOwnPropertyDescriptor(proto, name) ?? descriptor(Object.getPrototypeOf(proto), name) : void 0;
const GETTERS = {
  cookie: "",
  visibilityState: "visible",
  readyState: "complete",
  documentElement: null,
  defaultView: null,
  currentScript: null,
  body: null,
  head: null,
  activeElement: null
};
const views = /* @__PURE__ */ new WeakMap();
function domOf(doc) {
  let view = views.get(doc);
  if (!view) views.set(doc, view = viewOf(doc));
  return view;
}
function viewOf(doc) {
  const own = (name) => descriptor(Object.getPrototypeOf(doc), name);
  const dom = {
    setCookie(value) {
      try {
        own("cookie").set.call(doc, value);
        return true;
      } catch {
        return false;
      }
    },
    querySelectorAll: (selector) => queryAll(doc, selector),
    createElement: (tag) => own("createElement").value.call(doc, tag)
  };
  for (const [name, fallback] of Object.entries(GETTERS))
    dom[name] = () => {
      try {
        const value = own(name).get.call(doc);
        return fallback === null || typeof value === "string" ? value : fallback;
      } catch {
        return fallback;
      }
    };
  return dom;
}
function listen(target, type, listener, options) {
  const call = (name) => {
    try {
      EventTarget.prototype[name].call(target, type, listener, options);
    } catch {
      try {
        target[name](type, listener, options);
      } catch {
        return false;
      }
    }
    return true;
  };
  if (!call("addEventListener")) return () => {
  };
  return () => void call("removeEventListener");
}
function queryAll(root, selector) {
  try {
    const method = descriptor(Object.getPrototypeOf(root), "querySelectorAll").value;
    return Array.from(method.call(root, selector));
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
  store.subscribe(() => {
    const state = store.get();
    events.emit("change", state);
    dispatch(doc, new CustomEvent("consent-gate:change", { detail: state }));
  });
  const api = {
    get: () => store.get(),
    has: (purpose) => purpose === "necessary" || store.choices()[purpose] === true,
    // No list grants every configured purpose (a frozen array, so it passes the same path).
    accept(purposes = settings.purposes) {
      if (!Array.isArray(purposes)) return warn("consentGate.accept() takes an array of purposes; nothing was granted");
      store.decide(Object.fromEntries(purposes.filter((p) => typeof p === "string").map((p) => [p, true])));
    },
    reject: () => store.decide(Object.fromEntries(settings.purposes.map((p) => [p, false]))),
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
  const beforePath = compact.split(/[/?#]/, 1)[0];
  return !beforePath.includes(":") || /^https?:/i.test(beforePath) ? trimmed : null;
}

const MAX_PURPOSES = 20;
const oneOf = (allowed, fallback = allowed[0]) => [
  (value) => {
    if (typeof value === "boolean" && /^(off|false)$/.test(allowed[1])) value = allowed[value ? 0 : 1];
    return allowed.includes(value) ? value : void 0;
  },
  `one of ${allowed.join(", ")}`,
  fallback
];
const integer = (min, max, fallback) => [
  (value) => {
    const n = typeof value === "number" ? value : typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : NaN;
    return Number.isInteger(n) && n >= min && n <= max ? n : void 0;
  },
  `a whole number from ${min} to ${max}`,
  fallback
];
const pattern = (re, expected, fallback) => [
  (value) => {
    if (typeof value === "number" && Number.isFinite(value)) value = String(value);
    return typeof value === "string" && re.test(value) ? value : void 0;
  },
  expected,
  fallback
];
const url = [(value) => safeUrl(value) ?? void 0, "an http(s) or relative URL", null];
const domain = [
  (value, host) => {
    const bare = typeof value === "string" && /^\.?[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})*$/.test(value) && value.replace(/^\./, "").toLowerCase();
    return bare && ("." + host.toLowerCase()).endsWith("." + bare) ? value : void 0;
  },
  "{host} or a parent domain of it",
  null
];
const RULES = {
  mode: oneOf(["opt-in", "opt-out"]),
  policyUrl: url,
  revision: pattern(/^[A-Za-z0-9_.-]{1,32}$/, 'letters, digits, "._-", at most 32', "1"),
  expires: integer(1, 3650, 182),
  cookieName: pattern(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, "_-", at most 64', "consent_gate"),
  cookieDomain: domain,
  lang: [
    (value) => value === "auto" || typeof value === "string" && LANG.test(value) ? value.toLowerCase() : void 0,
    "auto or a language code",
    "auto"
  ],
  position: oneOf(["bottom", "top", "center"]),
  theme: oneOf(["light", "dark", "auto"], "auto"),
  gpc: oneOf(["respect", "ignore"]),
  googleConsentMode: oneOf(["on", "off"], "off"),
  googleConsentWait: integer(0, 1e4, 500),
  logUrl: url,
  reloadOnWithdraw: oneOf(["true", "false"])
};
["purposes", ...Object.keys(RULES)];
function describe(value) {
  const text = Object(value) === value ? typeof value : String(value);
  return JSON.stringify(text.length > 40 ? text.slice(0, 40) + "\u2026" : text);
}
function ownOption(options, key) {
  const value = typeof options === "object" && options !== null && hasOwn(options, key) ? options[key] : void 0;
  return typeof value === "string" ? value.trim() : value;
}
function createSettings(options, { host, warn }) {
  const reject = (key, value, expected, fallback) => {
    warn(`${attributeName(key)}=${describe(value)} is not ${expected}; using ${describe(fallback ?? "none")}`);
    return fallback;
  };
  const read = (key) => {
    const [check, expected, fallback] = RULES[key];
    const value = ownOption(options, key);
    if (value === void 0) return fallback;
    return check(value, host) ?? reject(key, value, expected.replace("{host}", host), fallback);
  };
  const given = ownOption(options, "purposes");
  const tokens = Array.isArray(given) ? given.filter((t) => typeof t === "string") : typeof given === "string" ? given.split(/[\s,]+/).filter(Boolean) : [];
  const purposes = [];
  for (const token of tokens) {
    if (token === "necessary") continue;
    if (!PURPOSE_ID.test(token)) warn(`data-purposes: ${describe(token)} is not a purpose id; ignoring it`);
    else if (!purposes.includes(token) && purposes.length < MAX_PURPOSES) purposes.push(token);
  }
  if (given !== void 0 && !purposes.length) reject("purposes", given, "a list of purpose ids", DEFAULT_PURPOSES.join(" "));
  const settings = {
    purposes: Object.freeze(purposes.length ? purposes : [...DEFAULT_PURPOSES]),
    // Each rule's option in the order of RULES (so of the attributes' list), under its own key.
    ...Object.fromEntries(Object.keys(RULES).map((key) => [key, read(key)])),
    json: readJsonConfig(ownOption(options, "config"))
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
    paths.add(prefix += "/" + part);
    if (i < parts.length - 1) paths.add(prefix + "/");
  });
  return [...paths];
}
function placesOf(host, pathname, cookieDomain) {
  const paths = pathsOf(pathname);
  return domainsOf(host, cookieDomain).flatMap((domain) => paths.map((path) => ({ domain, path })));
}

function cookieString(name, value, path, domain, maxAge, secure) {
  return `${name}=${value}; Path=${path}; SameSite=Lax; Max-Age=${maxAge}` + // Max-Age 0 and a past Expires: browsers that ignore Max-Age still delete.
  (maxAge <= 0 ? "; Expires=Thu, 01 Jan 1970 00:00:00 GMT" : "") + (domain ? "; Domain=" + domain : "") + (secure ? "; Secure" : "");
}
const MAX_COOKIE_DAYS = 400;
function createCookieJar(doc) {
  const dom = domOf(doc);
  let host = "";
  let path = "/";
  let secure = false;
  try {
    const location = dom.defaultView().location;
    ({ hostname: host, pathname: path } = location);
    secure = location.protocol === "https:";
  } catch {
  }
  const write = (name, value, maxAge, { domain, path: at = "/" }) => dom.setCookie(cookieString(name, value, at, domain, maxAge, secure));
  return {
    getAll: (name) => valuesOf(dom.cookie(), name),
    set: (name, value, { days, domain }) => write(name, value, Math.min(days, MAX_COOKIE_DAYS) * 86400, { domain }) && valuesOf(dom.cookie(), name).includes(value),
    remove: (name, place) => void write(name, "", 0, place),
    names: () => cookiePairs(dom.cookie()).flatMap(([n]) => n ? [n] : []),
    places: (cookieDomain) => placesOf(host, path, cookieDomain)
  };
}

function createStore(env) {
  const { settings, jar, warn, signalRefused } = env;
  const { cookieName: name, cookieDomain: domain } = settings;
  const emitter = createEmitter((e) => warn("a consent listener threw", e));
  let memoryOnly = false;
  let method = null;
  const read = () => readDecision(jar.getAll(name), settings, env.now());
  let reading = read();
  const commit = (next, local, how = null) => {
    reading = next;
    method = how;
    emitter.emit("change", local);
  };
  const removeEveryCopy = () => {
    for (const place of jar.places(domain)) jar.remove(name, place);
  };
  const lifetime = (choices) => settings.mode === "opt-out" && Object.values(choices).includes(false) ? MAX_COOKIE_DAYS : settings.expires;
  const stored = jar.getAll(name);
  const only = stored.length === 1 && !reading.damaged && decodeDecision(stored[0]);
  if (only && lifetime(only.choices) === MAX_COOKIE_DAYS) jar.set(name, stored[0], { days: MAX_COOKIE_DAYS, domain });
  return {
    choices: () => choicesOf(reading, settings, signalRefused),
    get: () => stateOf(reading, settings, signalRefused),
    decide(given, how = "api") {
      const choices = Object.assign(/* @__PURE__ */ Object.create(null), reading.decision?.choices);
      for (const p of reading.refused) choices[p] = false;
      for (const p of settings.purposes) {
        const value = hasOwn(given, p) ? given[p] : void 0;
        if (typeof value === "boolean") choices[p] = value;
      }
      const timestamp = Math.floor(env.now() / 1e3) * 1e3;
      const decision = { revision: settings.revision, timestamp, id: randomId(env.crypto), choices };
      removeEveryCopy();
      memoryOnly = !jar.set(name, encodeDecision(decision), { days: lifetime(choices), domain }) && (read().decision?.timestamp ?? -1) < timestamp;
      if (memoryOnly) warn("the browser did not store the consent cookie; the choice holds for this page view only");
      commit({ decision, refused: [], damaged: false }, true, how);
    },
    reset() {
      removeEveryCopy();
      memoryOnly = false;
      commit(read(), true);
    },
    refresh() {
      if (memoryOnly) return;
      const next = read();
      if (key(next) !== key(reading)) commit(next, false);
    },
    method: () => method,
    subscribe: (listener) => emitter.on("change", listener)
  };
}
function key(r) {
  return JSON.stringify([r.decision?.id, r.damaged, r.refused, r.decision && Object.entries(r.decision.choices).sort()]);
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
    if (dom.visibilityState() === "hidden") timer = void win.clearInterval(timer);
    else {
      look();
      timer ?? (timer = win.setInterval(look, POLL_MS));
    }
  };
  let channel;
  try {
    channel = new win.BroadcastChannel("consent-gate:" + cookieName);
    channel.onmessage = receive;
  } catch {
  }
  let offCookieStore = () => {
  };
  try {
    const cookieStore = win.cookieStore;
    if (cookieStore) offCookieStore = listen(cookieStore, "change", look);
  } catch {
  }
  const stops = [
    offCookieStore,
    listen(win, "focus", onVisible),
    listen(win.document, "visibilitychange", onVisible),
    // Only a change this tab made is announced: one it received would echo between tabs forever.
    store.subscribe((local) => {
      seen = ours();
      try {
        if (local) channel?.postMessage(1);
      } catch {
      }
    }),
    () => channel?.close(),
    () => win.clearInterval(timer)
  ];
  onVisible();
  return () => stops.forEach((stop) => stop());
}

const NAMING = ["data-consent", "data-src", "src", "href", "xlink:href", "data-srcset", "title", "id"];
const quote = (value, max) => JSON.stringify(value.length > max ? value.slice(0, max - 1) + "\u2026" : value);
function describeElement(el) {
  const parts = [el.localName];
  for (const name of NAMING) {
    const value = el.getAttribute(name);
    if (value !== null) parts.push(`${name}=${quote(value, 80)}`);
  }
  const text = el.localName === "script" && !el.hasAttribute("src") ? (el.textContent ?? "").trim().replace(/\s+/g, " ") : "";
  return `<${parts.join(" ")}>` + (text && " " + quote(text, 40));
}

const CLASSIC = /^(|(text|application)\/(x-)?(java|ecma)script|text\/(j|live)script)$/i;
const SVG = "http://www.w3.org/2000/svg";
const XLINK = "http://www.w3.org/1999/xlink";
const isScript = (el) => el.localName === "script";
const typeOf = (script) => (script.getAttribute("data-type") ?? "").trim();
const isClassic = (script) => CLASSIC.test(typeOf(script)) && !script.hasAttribute("nomodule");
const MAX_URL = 65536;
class Refusal extends Error {
}
const policies = /* @__PURE__ */ new WeakMap();
function trusted(doc, value, url) {
  const win = domOf(doc).defaultView();
  if (!win) return value;
  let policy = policies.get(win);
  if (policy === void 0) {
    const same = (s) => s;
    policy = null;
    try {
      policy = win.trustedTypes?.createPolicy("consent-gate", {
        createScript: same,
        createScriptURL: same
      }) ?? null;
    } catch {
    }
    policies.set(win, policy);
  }
  return policy ? policy[url ? "createScriptURL" : "createScript"](value) : value;
}
function checkUrl(name, value) {
  const urls = /srcset$/.test(name) ? value.split(/[\s,]+/).filter(Boolean) : [value];
  for (const url of urls)
    if (safeUrl(url, MAX_URL) === null) throw new Refusal(`${name}=${quote(url, 80)} is not an http(s) or relative URL`);
}
const WRITES = ["write", "writeln"];
function silence(doc, name) {
  let owner = doc;
  while (owner && !hasOwn(owner, name)) owner = Object.getPrototypeOf(owner);
  owner ?? (owner = doc);
  const own = Object.getOwnPropertyDescriptor(owner, name);
  Object.defineProperty(owner, name, { value: () => {
  }, configurable: true, writable: true });
  return () => own ? Object.defineProperty(owner, name, own) : delete owner[name];
}
function cloneScript(original, pageNonce) {
  const doc = original.ownerDocument;
  const required = pageNonce(doc);
  const svg = original.namespaceURI === SVG;
  const nonce = original.nonce ?? "";
  if (required && nonce !== required)
    throw new Refusal("it lacks the nonce the page's Content Security Policy requires: give this script the page's nonce");
  const source = svg ? original.getAttribute("href") ?? original.getAttributeNS(XLINK, "href") : original.getAttribute("src");
  if (source !== null) checkUrl(svg ? "href" : "src", source);
  const clone = svg ? Document.prototype.createElementNS.call(doc, SVG, "script") : domOf(doc).createElement("script");
  for (const { name, value, namespaceURI } of original.attributes) {
    if (name === "type" || name === "data-type") continue;
    const live = /^(src|href|xlink:href)$/.test(name) ? trusted(doc, value, true) : value;
    if (namespaceURI) clone.setAttributeNS(namespaceURI, name, live);
    else clone.setAttribute(name, live);
  }
  const type = typeOf(original);
  if (type) clone.setAttribute("type", type);
  if (nonce) clone.nonce = nonce;
  const external = source !== null;
  const async = svg || original.hasAttribute("async");
  if (!svg) clone.async = async;
  if (!external) clone.textContent = trusted(doc, original.textContent ?? "");
  const undo = [];
  try {
    if (!external) for (const name of WRITES) undo.push(silence(doc, name));
    original.replaceWith(clone);
  } finally {
    undo.forEach((step) => step());
  }
  const fires = /^module$/i.test(type) || isClassic(original);
  return [clone, external && !async && fires ? clone : void 0];
}
const HELD = ["srcset", "src", "poster"];
const SOURCES = "source,img,track";
const CONTAINER = /^(video|audio|picture)$/;
function activateMedia(el) {
  const parent = el.parentElement;
  const inPicture = el.localName === "img" && parent?.localName === "picture";
  const children = queryAll(inPicture ? parent : el, SOURCES).filter((child) => child !== el && !child.hasAttribute("data-consent"));
  const moves = [];
  for (const target of [el, ...children])
    for (const to of HELD) {
      const from = "data-" + to;
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
  return [el];
}
function activate(el, pageNonce) {
  return isScript(el) ? cloneScript(el, pageNonce) : activateMedia(el);
}
function isGateable(el) {
  if (isScript(el)) return /^\s*text\/plain\s*$/i.test(el.getAttribute("type") ?? "");
  if (HELD.some((name) => el.hasAttribute("data-" + name))) return true;
  return CONTAINER.test(el.localName) && !el.hasAttribute("src");
}

function requiredNonce(doc, ownNonce) {
  const policy = queryAll(doc, 'meta[http-equiv="content-security-policy" i]').length > 0 || queryAll(doc, "[nonce]").some((el) => el.getAttribute("nonce") === "" && !!el.nonce);
  if (!policy) return "";
  return ownNonce || (queryAll(doc, "script[nonce]")[0]?.nonce ?? "");
}

function preload(elements, pageNonce) {
  if (elements.length < 2) return;
  const doc = elements[0].ownerDocument;
  const dom = domOf(doc);
  const head = dom.head();
  if (pageNonce(doc) || !head) return;
  for (const el of elements) {
    const src = el.getAttribute("src");
    if (!isScript(el) || !src || el.hasAttribute("async") || !isClassic(el)) continue;
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

const EVENTS = ["load", "error"];
function createScriptQueue() {
  let jobs = [];
  let next = 0;
  let busy = false;
  const drain = () => {
    while (!busy && next < jobs.length) {
      const [job, onError] = jobs[next++];
      if (next === jobs.length) jobs = [], next = 0;
      let script;
      busy = true;
      try {
        script = job()?.[1];
      } catch (error) {
        onError(error);
      }
      busy = !!script;
      if (!script) continue;
      const done = () => {
        for (const type of EVENTS) script.removeEventListener(type, done);
        busy = false;
        drain();
      };
      for (const type of EVENTS) script.addEventListener(type, done);
    }
  };
  return (job, onError) => {
    jobs.push([job, onError]);
    drain();
  };
}

const STAYS = "; it stays blocked";
const RUNS_CODE = /^(script|iframe|embed)$/;
function containerOf(el) {
  const parent = el.parentElement;
  if (!/^(source|track|img)$/.test(el.localName) || !parent || !CONTAINER.test(parent.localName)) return null;
  if (parent.hasAttribute("data-consent")) return parent;
  if (el.localName === "source" && parent.localName === "picture") {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling)
      if (child.localName === "img" && child.hasAttribute("data-consent")) return child;
  }
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
  const about = (el, message, error) => warn(`${describeElement(el)} ${message}`, error);
  const fail = (el) => (error) => error instanceof Refusal ? about(el, "stays blocked: " + error.message) : about(el, "could not be activated" + STAYS, error);
  const enqueue = createScriptQueue();
  const parsed = (el) => {
    const doc = el.ownerDocument;
    if (domOf(doc).readyState() !== "loading") return true;
    for (let node = el; node; ) {
      const next = node.nextSibling;
      if (next && next.localName !== "table") return true;
      node = next ?? node.parentNode;
    }
    let end = doc;
    while (end.lastChild) end = end.lastChild;
    const before = endWhenSeen.get(el);
    if (before && before !== end && !el.contains(end)) return true;
    if (!before) endWhenSeen.set(el, end);
    return false;
  };
  const tell = (hook, el, arg) => {
    try {
      hook?.(el, arg);
    } catch (error) {
      about(el, "has no working placeholder", error);
    }
  };
  const broke = "tagged elements could not be checked; they stay blocked";
  const block = (el, requirement) => {
    if (!isScript(el) && requirement.granted.length) tell(hooks.blocked, el, requirement);
  };
  const decide = (el) => {
    seen.add(el);
    if (!isGateable(el)) return about(el, `needs ${isScript(el) ? 'type="text/plain"' : "data-src"}; it is not held back`);
    const own = parseRequirement(el.getAttribute("data-consent"));
    if (!own) return about(el, "does not name a list of purposes in data-consent" + STAYS);
    const unknown = unknownPurposes(own, purposes);
    if (unknown.length) about(el, `names purposes not in data-purposes (${unknown.join(", ")})` + STAYS);
    const container = containerOf(el);
    const outer = container && parseRequirement(container.getAttribute("data-consent"));
    if (container && !outer) return;
    waiting.set(el, outer ? { granted: own.granted.concat(outer.granted), refused: own.refused.concat(outer.refused) } : own);
  };
  const job = (el, requirement) => () => {
    if (!el.isConnected || !allows(requirement, store.choices())) {
      waiting.set(el, requirement);
      block(el, requirement);
      return null;
    }
    const result = activate(el, pageNonce);
    const [live] = result;
    seen.add(live);
    if (RUNS_CODE.test(el.localName)) ran.set(requirement.granted + "!" + requirement.refused, requirement);
    tell(hooks.activated, el, live);
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
    ready.sort(([a], [b]) => b.compareDocumentPosition(a) & 4 ? 1 : -1);
    try {
      preload(
        ready.map(([el]) => el),
        pageNonce
      );
    } catch {
    }
    for (const [el, requirement] of ready) enqueue(job(el, requirement), fail(el));
  };
  const onChange = () => {
    try {
      const choices = store.choices();
      if ([...ran.values()].some((requirement) => !allows(requirement, choices))) hooks.withdrawn?.();
      release(waiting.keys(), false);
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
        if (!seen.has(el)) {
          if (unparsed.size || !parsed(el)) return void unparsed.add(el);
          decide(el);
        }
        if (waiting.has(el)) found.add(el);
      };
      try {
        held.forEach(take);
        for (let i = 0; i < roots.length; i++) {
          const root = roots[i];
          if (root.hasAttribute?.("data-consent")) take(root);
          if (root.firstElementChild) queryAll(root, "[data-consent]").forEach(take);
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
  const observing = typeof Observer === "function";
  const stopReady = listen(doc, "readystatechange", () => gate.add(observing ? [] : [doc]));
  if (!observing) return stopReady;
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
function logConsent(store, settings, { win, warn, shown, lang }) {
  const endpoint = settings.logUrl;
  if (!endpoint) return () => {
  };
  const failed = (error) => warn("could not send the consent receipt to " + endpoint, error);
  let previous = store.get().id;
  return store.subscribe((local) => {
    const { id, timestamp, revision, purposes } = store.get();
    const replaced = previous;
    previous = id;
    if (!local || !id || id === replaced) return;
    const { origin, pathname } = win.location;
    const method = store.method() ?? "api";
    try {
      const seen = shown();
      (seen ? seen.digest : Promise.resolve(null)).then((hash) => {
        const receipt = {
          id,
          previous: replaced,
          timestamp,
          revision,
          mode: settings.mode,
          purposes,
          method,
          lang: seen ? seen.lang : lang(),
          shown: hash,
          url: origin + pathname,
          version: VERSION
        };
        send(JSON.stringify(receipt));
      }, failed);
    } catch (error) {
      failed(error);
    }
  });
  function send(body) {
    try {
      if (win.navigator.sendBeacon?.(endpoint, body)) return;
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
function consentTypes(choices) {
  const types = { security_storage: "granted" };
  for (const [purpose, names] of TYPES) {
    const state = hasOwn(choices, purpose) && choices[purpose] === true ? "granted" : "denied";
    for (const name of names) types[name] = state;
  }
  return types;
}
const ranBefore = (entry) => {
  const e = entry;
  return e?.[0] === "js" || e?.[0] === "config" || e?.event === "gtm.js";
};
function googleConsentMode(store, settings, { win, warn }) {
  if (settings.googleConsentMode !== "on") return () => {
  };
  const w = win;
  const layer = () => Array.isArray(w.dataLayer) ? w.dataLayer : w.dataLayer = [];
  if (layer().some(ranBefore))
    warn(
      "a Google tag ran before consent-gate: tag it with data-consent (basic Consent Mode), or load consent-gate before it with a plain <script> tag (no defer or async). See docs/google-consent-mode.md"
    );
  if (typeof w.gtag !== "function")
    w.gtag = function gtag() {
      layer().push(arguments);
    };
  const push = (command) => {
    const types = consentTypes(store.choices());
    const { decided, purposes } = store.get();
    try {
      w.gtag(
        "consent",
        command,
        command === "default" && !decided ? { ...types, wait_for_update: settings.googleConsentWait } : types
      );
      w.gtag("set", "ads_data_redaction", types.ad_storage === "denied");
      if (command === "update") layer().push({ event: "consent_update", ...types, purposes });
    } catch (error) {
      warn("gtag threw", error);
    }
  };
  push("default");
  return store.subscribe(() => push("update"));
}

function readGpcRefusals(settings, nav) {
  try {
    if (nav?.globalPrivacyControl === true && settings.gpc === "respect" && settings.purposes.includes("ads"))
      return ["ads"];
  } catch {
  }
  return [];
}

function onDemandUi({ store, load, mount, warn }) {
  let ui;
  let loading = false;
  let destroyed = false;
  let wantDialog = false;
  let askedMeanwhile = false;
  const queued = /* @__PURE__ */ new Map();
  const ensure = () => {
    if (ui || destroyed || loading) return;
    loading = true;
    askedMeanwhile = false;
    load((factory, why) => {
      loading = false;
      if (destroyed) return;
      if (!factory) {
        warn(`${why}; every tagged element stays blocked. consentGate.show() or a [data-consent-open] click tries again`);
        if (askedMeanwhile) ensure();
        return;
      }
      ui = mount(factory);
      for (const [el, requirement] of queued) if (el.isConnected) ui.placeholder(el, requirement);
      queued.clear();
      if (wantDialog) ui.show();
      wantDialog = false;
    });
  };
  const needed = () => {
    if (!store.get().decided) ensure();
  };
  const stop = store.subscribe(needed);
  needed();
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
function orderedReactions(store, warn, stops) {
  const stages = createEmitter((error) => warn("a consent listener threw", error));
  stops.push(store.subscribe((local) => REACTIONS.forEach((reaction) => stages.emit(reaction, local))));
  return (reaction) => ({ ...store, subscribe: (listener) => stages.on(reaction, listener) });
}
function create(options, { win, warn, ui: source, nonce }) {
  const doc = win.document;
  const settings = createSettings(options, { host: win.location.hostname, warn });
  const jar = createCookieJar(doc);
  const signalRefused = readGpcRefusals(settings, win.navigator);
  const store = createStore({ settings, jar, warn, now: () => Date.now(), crypto: win.crypto, signalRefused });
  const stops = [];
  const storeFor = orderedReactions(store, warn, stops);
  const integrationStore = storeFor("integrations");
  stops.push(
    googleConsentMode(integrationStore, settings, { win, warn }),
    logConsent(integrationStore, settings, { win, warn, shown: () => ui.shown(), lang: () => lang })
  );
  const cleanup = () => clearRefused(settings, store.choices(), jar, win);
  cleanup();
  stops.push(storeFor("cleanup").subscribe(cleanup));
  const lang = pickLanguage(settings.lang, domOf(doc).documentElement()?.getAttribute("lang") ?? "", win.navigator.languages ?? [], [
    ...source.languages,
    ...settings.json.langs
  ]);
  const file = [lang, lang.split("-")[0]].find((l) => source.languages.includes(l)) ?? "en";
  let emit = () => {
  };
  const uiStore = storeFor("ui");
  const ui = onDemandUi({
    store: uiStore,
    load: (done) => source.load(file, done),
    mount: (factory) => factory({
      doc,
      dom: { domOf, listen },
      store: uiStore,
      settings,
      lang,
      signalRefused,
      warn,
      loadFile: source.file,
      onView: (view) => emit(view === "none" ? "hide" : "show")
    }),
    warn
  });
  stops.push(ui.destroy);
  let reloading = false;
  const hooks = {
    blocked: ui.placeholder,
    activated: ui.unplace,
    // docs/gate.md#reload-after-withdrawal: code that ran cannot be unloaded, so a withdrawal reloads the page once.
    withdrawn: () => {
      if (settings.reloadOnWithdraw !== "true" || reloading) return;
      reloading = true;
      win.location.reload();
    }
  };
  const gate = createGate({ store: storeFor("gate"), purposes: settings.purposes, warn, hooks, nonce });
  stops.push(gate.follow());
  const made = createApi({ store: storeFor("api"), settings, doc, warn, show: ui.show, hide: ui.hide });
  emit = made.emit;
  gate.add([doc]);
  stops.push(observe(gate, doc), syncTabs(storeFor("tabs"), win, settings.cookieName));
  stops.push(
    listen(doc, "click", (event) => {
      if (!event.target?.closest?.("[data-consent-open]")) return;
      event.preventDefault();
      ui.show();
    })
  );
  return {
    api: made.api,
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
const importCheck = (_deps, done) => {
  import('./json-config.mjs').then(
    ({ cleanJsonConfig }) => done(cleanJsonConfig),
    (error) => done(null, `the JSON config's check could not be loaded (${String(error)})`)
  );
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
      import('./ui-entry.mjs').then(({ uiFactory }) => texts.then((t) => done(uiFactory(t, importCheck)), fail), fail);
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

export { createConsentGate as c, describePurpose as d, textsFor as t };
