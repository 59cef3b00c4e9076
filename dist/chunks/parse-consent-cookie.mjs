import { h as hasOwn } from './own.mjs';

function trimWsp(text) {
  const wsp = (i) => text[i] === " " || text[i] === "	";
  let start = 0;
  let end = text.length;
  while (start < end && wsp(start)) start++;
  while (end > start && wsp(end - 1)) end--;
  return text.slice(start, end);
}
function cookiePairs(text) {
  const out = [];
  if (typeof text === "string")
    for (const pair of text.split(";")) {
      const at = pair.indexOf("=");
      const name = trimWsp(pair.slice(0, Math.max(at, 0)));
      const value = trimWsp(pair.slice(at + 1));
      if (name || value) out.push([name, value]);
    }
  return out;
}
function valuesOf(cookieText, name) {
  return cookiePairs(cookieText).flatMap(([n, v]) => n === name ? [v] : []);
}

const TOKEN = /^(!?)([A-Za-z][A-Za-z0-9_-]{0,31})$/;
function parseRequirement(value) {
  const tokens = typeof value === "string" ? value.split(/[\s,]+/).filter(Boolean) : [];
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
  const state = (p) => p === "necessary" || (hasOwn(choices, p) ? choices[p] : void 0);
  return requirement.granted.every((p) => state(p) === true) && requirement.refused.every((p) => state(p) === false);
}
function unknownPurposes(requirement, configured) {
  return requirement.granted.concat(requirement.refused).filter((p) => p !== "necessary" && !configured.includes(p));
}

const FORMAT_VERSION = "1";
const FORMAT = /^1~([A-Za-z0-9_.-]{1,32})~([0-9a-z]{1,9})~([0-9a-f]{16})~(.*)$/;
const MAX_CHOICES = 64;
function encodeDecision(decision) {
  const { choices } = decision;
  const list = Object.keys(choices).filter((p) => TOKEN.test("!" + p)).slice(0, MAX_CHOICES).map((p) => choices[p] ? p : "!" + p);
  return [FORMAT_VERSION, decision.revision, Math.floor(decision.timestamp / 1e3).toString(36), decision.id, list.join(".")].join("~");
}
function decodeDecision(value) {
  const parts = typeof value === "string" && value.length <= 2048 ? FORMAT.exec(value) : null;
  if (!parts) return null;
  const [, revision, time, id, list] = parts;
  const choices = /* @__PURE__ */ Object.create(null);
  const items = list ? list.split(".") : [];
  if (items.length > MAX_CHOICES) return null;
  for (const item of items) {
    const match = TOKEN.exec(item);
    if (!match || match[2] in choices) return null;
    choices[match[2]] = !match[1];
  }
  return { revision, timestamp: parseInt(time, 36) * 1e3, id, choices };
}
function randomId(crypto) {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => (256 + b).toString(16).slice(1)).join("");
}

const MAX_CLOCK_SKEW_MS = 5 * 6e4;
function readDecision(values, rules, now) {
  const current = [];
  const stale = [];
  let damaged = false;
  for (const value of values) {
    const d = decodeDecision(value);
    if (!d || d.timestamp - now > MAX_CLOCK_SKEW_MS) damaged = true;
    else if (d.revision === rules.revision && now - d.timestamp <= rules.expires * 864e5) current.push(d);
    else stale.push(d);
  }
  const lasting = rules.mode === "opt-out" ? stale.flatMap((d) => Object.keys(d.choices).filter((p) => !d.choices[p])) : [];
  if (!current.length) return { decision: null, refused: [...new Set(lasting)], damaged };
  const choices = /* @__PURE__ */ Object.create(null);
  for (const d of current) for (const p of Object.keys(d.choices)) choices[p] = (choices[p] ?? true) && d.choices[p];
  for (const p of lasting) choices[p] = false;
  const newest = current.reduce((a, b) => b.timestamp > a.timestamp ? b : a);
  return { decision: { ...newest, choices }, refused: [], damaged };
}
function choicesOf(reading, rules, signalRefused) {
  const out = /* @__PURE__ */ Object.create(null);
  const { decision } = reading;
  const undecided = rules.mode === "opt-out" || void 0;
  for (const p of rules.purposes) {
    const stored = decision && hasOwn(decision.choices, p) ? decision.choices[p] : void 0;
    out[p] = reading.refused.includes(p) || stored === false ? false : (
      // A damaged copy grants nothing: opt-out reads it as a refusal, opt-in as no decision.
      reading.damaged ? undecided && false : stored ?? (!signalRefused.includes(p) && undecided)
    );
  }
  return out;
}
function stateOf(reading, rules, signalRefused) {
  const choices = choicesOf(reading, rules, signalRefused);
  const purposes = Object.fromEntries(rules.purposes.map((p) => [p, choices[p] === true]));
  const { decision } = reading;
  return {
    decided: !!decision && !reading.damaged && rules.purposes.every((p) => hasOwn(decision.choices, p)),
    purposes,
    revision: rules.revision,
    timestamp: decision?.timestamp ?? null,
    id: decision?.id ?? null
  };
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
    expires: typeof maxAge === "number" && maxAge >= 0 ? maxAge : 182,
    now: typeof now === "number" && Number.isFinite(now) ? now : Date.now()
  };
}
function parseConsentCookie(header, options) {
  const rules = rulesFrom(options);
  const values = typeof header !== "string" ? [] : header.length > 65536 ? [""] : valuesOf(header, rules.name);
  const signalRefused = own(options, "gpc") === true && rules.purposes.includes("ads") ? ["ads"] : [];
  return stateOf(readDecision(values, rules, rules.now), rules, signalRefused);
}

export { choicesOf as a, readDecision as b, cookiePairs as c, decodeDecision as d, encodeDecision as e, allows as f, parseRequirement as g, parseConsentCookie as p, randomId as r, stateOf as s, unknownPurposes as u, valuesOf as v };
