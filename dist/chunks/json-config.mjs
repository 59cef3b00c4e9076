import { T as TEXT_KEYS, r as readShownConfig, M as MAX_TEXT, u as unlisted } from './json-rules.mjs';
import { D as DEFAULT_PURPOSES, a as attributeName, O as OPTION_KEYS, L as LANG, M as MAX_COOKIES } from './cookie-cleanup.mjs';
export { p as parseJsonText, s as safeEntries } from './cookie-cleanup.mjs';
import './own.mjs';

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

const MAX_WARNINGS = 20;
const EXPECTED = {
  object: "an object",
  text: `a text of at most ${MAX_TEXT} characters`,
  localized: "a text or { language code: text }",
  list: "a list",
  cookie: 'a cookie name (or { name }) without ";", "=" or spaces',
  schema: "a text"
};
const LANGS = "language codes such as en or de-AT";
const KNOWN_HERE = {
  purpose: "purpose ids as in data-purposes",
  lang: LANGS,
  localized: LANGS + ", or *"
};
const quote = (path) => JSON.stringify(path.length > 60 ? path.slice(0, 60) + "\u2026" : path);
function cleanJsonConfig(value, warn, configured) {
  let told = 0;
  const tell = (path, problem) => {
    if (++told <= MAX_WARNINGS) warn(`the JSON config ${path ? `key ${quote(path)} ` : ""}${problem}`);
    else if (told === MAX_WARNINGS + 1) warn("the JSON config has more problems than these; see docs/configuration.md");
  };
  const report = {
    wrong: (path, expected) => tell(path, `must be ${EXPECTED[expected]}; ignoring it`),
    forbidden: (path) => tell(path, "is not allowed and is ignored"),
    unknown(path, key, parent, known) {
      const hint = known !== "localized" && nearest(key, parent) || (!parent && LANG.test(key) ? `texts.${key}` : "");
      const here = typeof known === "string" ? KNOWN_HERE[known] : known.join(", ");
      tell(path, `is not known and is ignored; ${hint ? `did you mean ${hint}?` : `known here: ${here}`}`);
    },
    purpose(path, id) {
      if (unlisted(id, configured)) tell(path, "is not in data-purposes: it is never shown and its cookies are never cleared");
    },
    tooMany: (path) => tell(path, `lists over ${MAX_COOKIES} cookies; ignoring the rest`)
  };
  return readShownConfig(value, report);
}

export { cleanJsonConfig };
