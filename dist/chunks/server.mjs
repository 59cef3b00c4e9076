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
function isCurrent(decision, revision, maxAgeDays, now) {
  const age = now - decision.timestamp;
  return decision.revision === revision && age <= maxAgeDays * 864e5 && age >= -864e5;
}
function randomId(crypto) {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => (b < 16 ? "0" : "") + b.toString(16)).join("");
}

function safeDecode(value) {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
function valuesIn(header, name) {
  const values = [];
  for (const pair of header.split(";")) {
    const at = pair.indexOf("=");
    if (at > 0 && pair.slice(0, at).trim() === name) values.push(pair.slice(at + 1).trim());
  }
  return values;
}
function parseConsentCookie(headerOrValue, options) {
  if (typeof headerOrValue !== "string" || headerOrValue.length > 16384) return null;
  const { name = "consent_gate", revision, maxAgeDays = Infinity, now = Date.now() } = options ?? {};
  const values = headerOrValue.includes("=") ? valuesIn(headerOrValue, String(name)) : [headerOrValue.trim()];
  let best = null;
  for (const value of values) {
    const decision = decodeDecision(safeDecode(value.replace(/^"(.*)"$/, "$1")));
    if (!decision || !isCurrent(decision, revision == null ? decision.revision : String(revision), maxAgeDays, now)) continue;
    if (!best || decision.timestamp > best.timestamp) best = decision;
  }
  return best;
}

export { decodeDecision as d, encodeDecision as e, isCurrent as i, parseConsentCookie as p, randomId as r };
