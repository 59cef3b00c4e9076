function trimWsp(text) {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === " " || text[start] === "	")) start++;
  while (end > start && (text[end - 1] === " " || text[end - 1] === "	")) end--;
  return text.slice(start, end);
}
function cookiePairs(text) {
  if (typeof text !== "string" || !text) return [];
  const out = [];
  for (const pair of text.split(";")) {
    const at = pair.indexOf("=");
    const name = at < 0 ? "" : trimWsp(pair.slice(0, at));
    const value = trimWsp(at < 0 ? pair : pair.slice(at + 1));
    if (name || value) out.push([name, value]);
  }
  return out;
}

const FORMAT_VERSION = "1";
const SEP = "~";
const REVISION = /^[A-Za-z0-9_.-]{1,32}$/;
const TIME = /^[0-9a-z]{1,9}$/;
const ID = /^[0-9a-f]{16}$/;
const CHOICE = /^(!?)([A-Za-z][A-Za-z0-9_-]{0,31})$/;
const MAX_LENGTH = 2048;
const MAX_CHOICES = 64;
function encodeDecision(decision) {
  const choices = Object.keys(decision.choices).filter((p) => CHOICE.test(p) && !p.startsWith("!")).slice(0, MAX_CHOICES).map((p) => decision.choices[p] ? p : "!" + p);
  const seconds = Math.max(0, Math.floor(decision.timestamp / 1e3));
  return [FORMAT_VERSION, decision.revision, seconds.toString(36), decision.id, choices.join(".")].join(SEP);
}
function decodeDecision(value) {
  if (typeof value !== "string" || value.length > MAX_LENGTH) return null;
  const parts = value.split(SEP);
  if (parts.length !== 5) return null;
  const [version, revision, time, id, list] = parts;
  if (version !== FORMAT_VERSION || !REVISION.test(revision) || !TIME.test(time) || !ID.test(id)) return null;
  const choices = /* @__PURE__ */ Object.create(null);
  const items = list ? list.split(".") : [];
  if (items.length > MAX_CHOICES) return null;
  for (const item of items) {
    const match = CHOICE.exec(item);
    if (!match || match[2] in choices) return null;
    choices[match[2]] = !match[1];
  }
  return { revision, timestamp: parseInt(time, 36) * 1e3, id, choices };
}
function randomId(crypto) {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => (b < 16 ? "0" : "") + b.toString(16)).join("");
}

const MAX_CLOCK_SKEW_MS = 5 * 6e4;
const NO_READING = Object.freeze({ decision: null, refused: Object.freeze([]), damaged: false });
const own$1 = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
function valuesOf(cookieText, name) {
  return cookiePairs(cookieText).filter(([n]) => n === name).map(([, v]) => v);
}
function readDecision(values, rules, now) {
  const current = [];
  const stale = [];
  let damaged = false;
  for (const value of values) {
    const d = decodeDecision(value);
    if (!d || d.timestamp - now > MAX_CLOCK_SKEW_MS) damaged = true;
    else if (d.revision === rules.revision && now - d.timestamp <= rules.expiresDays * 864e5) current.push(d);
    else stale.push(d);
  }
  const lasting = rules.mode === "opt-out" ? stale.flatMap((d) => Object.keys(d.choices).filter((p) => !d.choices[p])) : [];
  if (!current.length) return { decision: null, refused: [...new Set(lasting)], damaged };
  const choices = /* @__PURE__ */ Object.create(null);
  for (const d of current) for (const p of Object.keys(d.choices)) choices[p] = (choices[p] ?? true) && d.choices[p];
  for (const p of lasting) choices[p] = false;
  const newest = current.reduce((a, b) => b.timestamp > a.timestamp ? b : a);
  return { decision: { revision: newest.revision, timestamp: newest.timestamp, id: newest.id, choices }, refused: [], damaged };
}
function choicesOf(reading, rules, signalRefused) {
  const out = /* @__PURE__ */ Object.create(null);
  const { decision } = reading;
  for (const p of rules.purposes) {
    const stored = decision && own$1(decision.choices, p) ? decision.choices[p] : void 0;
    if (reading.refused.includes(p) || stored === false) out[p] = false;
    else if (reading.damaged) out[p] = rules.mode === "opt-out" ? false : void 0;
    else out[p] = stored ?? (signalRefused.includes(p) ? false : rules.mode === "opt-out" ? true : void 0);
  }
  return out;
}
function stateOf(reading, rules, signalRefused) {
  const choices = choicesOf(reading, rules, signalRefused);
  const purposes = {};
  for (const p of rules.purposes) purposes[p] = choices[p] === true;
  const { decision } = reading;
  return {
    decided: !!decision && !reading.damaged && rules.purposes.every((p) => own$1(decision.choices, p)),
    purposes,
    revision: rules.revision,
    timestamp: decision ? decision.timestamp : null,
    id: decision ? decision.id : null
  };
}

const canonicalJson = (value) => JSON.stringify(
  value,
  (_, v) => v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a < b ? -1 : 1)) : v
);
async function shownDigest({ texts, purposes, policyUrl }, subtle = globalThis.crypto.subtle) {
  const content = {
    texts,
    purposes: purposes.map(({ id, label, description, cookies }) => ({ id, label, description, cookies })),
    policyUrl
  };
  const digest = await subtle.digest("SHA-256", new TextEncoder().encode(canonicalJson(content)));
  return Array.from(new Uint8Array(digest), (b) => (256 + b).toString(16).slice(1)).join("");
}

const BUILT_IN = ["analytics", "ads", "customization", "login"];
const PURPOSE_ID = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;
function own(options, key) {
  return typeof options === "object" && options !== null && Object.prototype.hasOwnProperty.call(options, key) ? options[key] : void 0;
}
function rulesFrom(options) {
  const purposes = own(options, "purposes");
  const list = typeof purposes === "string" ? purposes.split(/[\s,]+/) : Array.isArray(purposes) ? purposes : BUILT_IN;
  const valid = [...new Set(list.filter((p) => typeof p === "string" && PURPOSE_ID.test(p) && p !== "necessary"))];
  const revision = own(options, "revision");
  const maxAge = own(options, "maxAgeDays");
  const now = own(options, "now");
  const name = own(options, "name");
  return {
    name: typeof name === "string" && name ? name : "consent_gate",
    purposes: valid.length ? valid : [...BUILT_IN],
    // Anything but exactly 'opt-out' reads as opt-in: the reading that grants nothing undecided.
    mode: own(options, "mode") === "opt-out" ? "opt-out" : "opt-in",
    revision: typeof revision === "string" || typeof revision === "number" ? String(revision).trim() : "1",
    expiresDays: typeof maxAge === "number" && maxAge >= 0 ? maxAge : 182,
    now: typeof now === "number" && Number.isFinite(now) ? now : Date.now()
  };
}
function parseConsentCookie(header, options) {
  const rules = rulesFrom(options);
  const values = typeof header !== "string" ? [] : header.length > 65536 ? [""] : valuesOf(header, rules.name);
  const signalRefused = own(options, "gpc") === true && rules.purposes.includes("ads") ? ["ads"] : [];
  return stateOf(readDecision(values, rules, rules.now), rules, signalRefused);
}

export { NO_READING as N, choicesOf as a, readDecision as b, cookiePairs as c, decodeDecision as d, encodeDecision as e, shownDigest as f, canonicalJson as g, parseConsentCookie as p, randomId as r, stateOf as s, valuesOf as v };
