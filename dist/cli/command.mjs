import { writeFileSync } from 'node:fs';
import { findBrowser, BROWSER_HELP, CHROMIUM_ARGS } from './find-browser.mjs';
import 'node:os';
import 'node:path';

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
const own = (value, key) => isRecord(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : void 0;

const MAX_TEXT = 2e3;
const MAX_WARNINGS = 20;
const A_TEXT = `a text of at most ${MAX_TEXT} characters`;
const LANGS = [LANG, "language codes such as en or de-AT"];
const PURPOSE_KEYS = ["label", "description", "cookies"];
const COOKIE_KEYS = ["name", "provider", "duration", "description"];
const TEXT_KEY_LIST = TEXT_KEYS;
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
const quote = (path) => JSON.stringify(path.length > 60 ? path.slice(0, 60) + "\u2026" : path);
const isText = (value) => typeof value === "string" && value.length <= MAX_TEXT;
function cleanJsonConfig(value, warn, configured) {
  const purposes = /* @__PURE__ */ Object.create(null);
  const texts = /* @__PURE__ */ Object.create(null);
  let told = 0;
  const tell = (path, problem) => {
    if (++told <= MAX_WARNINGS) warn(`the JSON config ${path ? `key ${quote(path)} ` : ""}${problem}`);
    else if (told === MAX_WARNINGS + 1) warn("the JSON config has more problems than these; see docs/configuration.md");
  };
  const wrong = (path, expected) => tell(path, `must be ${expected}; ignoring it`);
  const known = (table, path, keys, hints = true, expected = "an object") => {
    const entries = [];
    const [re, what] = keys[0] instanceof RegExp ? keys : [];
    if (table !== void 0 && !isRecord(table)) wrong(path, expected);
    else
      for (const key of Object.keys(table ?? {})) {
        const at = path ? `${path}.${key}` : key;
        if (FORBIDDEN_KEYS.includes(key)) tell(at, "is not allowed and is ignored");
        else if (re ? re.test(key) : keys.includes(key)) entries.push([key, table[key]]);
        else {
          const place = hints && nearest(key, path) || (!path && LANG.test(key) ? `texts.${key}` : "");
          tell(at, `is not known and is ignored; ${place ? `did you mean ${place}?` : `known here: ${what ?? keys.join(", ")}`}`);
        }
      }
    return entries;
  };
  const localized = (path, text) => {
    const out = /* @__PURE__ */ Object.create(null);
    const keys = [/^(\*|[a-z]{2,3}(-[a-z0-9]{2,8})*)$/i, LANGS[1] + ", or *"];
    for (const [lang, t] of known(
      typeof text === "string" ? { "*": text } : text,
      path,
      keys,
      false,
      "a text or { language code: text }"
    )) {
      if (isText(t)) out[lang.toLowerCase()] = t;
      else wrong(path + (lang === "*" ? "" : `.${lang}`), A_TEXT);
    }
    return out;
  };
  const cookie = (path, item) => {
    const name = typeof item === "string" ? item : own(item, "name");
    if (typeof name !== "string" || !COOKIE_NAME.test(name))
      return wrong(path, 'a cookie name (or { name }) without ";", "=" or spaces'), [];
    const info = { name };
    if (isRecord(item)) {
      for (const [key, text] of known(item, path, COOKIE_KEYS))
        if (!isText(text)) wrong(`${path}.${key}`, A_TEXT);
        else if (key !== "name") info[key] = text;
    }
    return [info];
  };
  if (value !== void 0 && !isRecord(value)) return tell("", "must be an object; ignoring it"), { purposes, texts };
  known(value, "", ["purposes", "texts", "$schema"]);
  const schema = own(value, "$schema");
  if (schema !== void 0 && typeof schema !== "string") wrong("$schema", "a text");
  for (const [id, info] of known(own(value, "purposes"), "purposes", [PURPOSE_ID, "purpose ids as in data-purposes"])) {
    const path = `purposes.${id}`;
    known(info ?? null, path, PURPOSE_KEYS);
    if (!isRecord(info)) continue;
    const list = own(info, "cookies");
    if (list !== void 0 && !Array.isArray(list)) wrong(`${path}.cookies`, "a list");
    if (Array.isArray(list) && list.length > MAX_COOKIES) tell(`${path}.cookies`, `lists over ${MAX_COOKIES} cookies; ignoring the rest`);
    purposes[id] = {
      label: localized(`${path}.label`, own(info, "label")),
      description: localized(`${path}.description`, own(info, "description")),
      cookies: (Array.isArray(list) ? list.slice(0, MAX_COOKIES) : []).flatMap((item, n) => cookie(`${path}.cookies[${n}]`, item))
    };
  }
  for (const [lang, table] of known(own(value, "texts"), "texts", LANGS)) {
    const path = `texts.${lang}`;
    const clean = /* @__PURE__ */ Object.create(null);
    for (const [key, text] of known(table ?? null, path, TEXT_KEY_LIST))
      if (isText(text)) clean[key] = text;
      else wrong(`${path}.${key}`, A_TEXT);
    if (isRecord(table)) texts[lang.toLowerCase()] = clean;
  }
  return { purposes, texts };
}

function matcher(pattern) {
  if (!pattern.includes("*")) return (name) => name === pattern;
  const parts = pattern.split("*").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const re = new RegExp("^" + parts.join(".*") + "$");
  return (name) => re.test(name);
}

/*! Derived from the Open Cookie Database, https://github.com/jkwakman/Open-Cookie-Database
 * (commit 0ee5a17), licensed under the Apache License 2.0: see NOTICE and LICENSES/Apache-2.0.txt.
 * Changed: only names, platforms, categories (mapped to consent-gate purposes), retention and the
 * wildcard flag are kept; descriptions are not. Generated by scripts/build-cookie-database.mjs: do not edit. */
const PLATFORMS = ["Google Tag Manager", "Cookiebot", "Maxlead", "Google", "Google Analytics", "Google reCAPTCHA", "Google AdSense", "Google Ads", "Google Optimize", "Google Surveys", "Google Hotel Ads", "Google Flights", "Google Maps", "Django", "DoubleClick/Google Marketing", "comScore", "Adobe Analytics", "Adobe Audience Manager", "Adform", "Facebook", "Platform161", "Bing / Microsoft", "Azure / Microsoft", "Microsoft Azure App Insights", "Microsoft Dynamics", "Microsoft", "ASP.net", "X", "Inspectlet", "Indeed", "Abovo Media", "CookieConsent.io", "Youtube", "Admatic", "Cloudflare", "CloudFlare", "Sonobi", "Pulsepoint", "Hotjar", "Active Campaign", "Oracle", "Laravel", "PHP.net", "", "LinkedIn", "Oribi", "Amazon Web Services", "Amazon", "Casale Media", "Outbrain", "CHEQ AI Technologies", "justpremium.com", "PubMatic", "Kiyoh", "ID5", "ComScore", "semasio.net", "Federated Media Publishing", "rekmob.com", "Improve Digital", "vmg.host", "1rx.io", "Atlas", "Teads", "Adobe ColdFusion", "Visx.net", "bidswitch.net", "adscale.de", "betweendigital.com", "Seedtag", "Smartadserver", "Unrulymedia.com", "LiveIntent", "TripleLift", "Taboola", "openx.net", "Funda", "LiveZilla GmbH", "AFAS", "Adxcore", "Fidelity-media.com", "Picreel", "Trustpilot", "Lotame", "Neustar", "BlueKai", "Adobe Advertising", "MediaMath", "PowerLinks", "Rapleaf", "Tapad", "The Tradedesk", "FreeWheel", "Zeotap", "Admixer", "SOVRN", "Mediamath", "Pinterest", "nopCommerce", "FeedbackCompany", "Magento", "PowerLinks Media Limited", "Vuble", "Wordpress", "Joomla!", "Joomla! Engagebox", "Sharpspring", "Matomo", "Datatrics", "WePublish", "OneTrust", "Optimizely", "Channel.me", "Ortec", "LiveRamp", "Wix.com", "Shopify", "Hubspot", "HubSpot", "Vimeo", "Stripe", "Snapwidget", "WooCommerce", "WooCommerce / Jetpack", "Reddit", "Imperva", "Spotify", "Xandr", "Intershop", "Kentico", "Snapchat", "Visual Website Optimizer", "ZOHO", "WhatsApp", "Perfect Audience", "MailMunch", "Partnerize", "Digital Audience", "Drupal CMS", "Optinmonster", "Leadfeeder", "SnapEngage", "SpotX", "Yithemes.com", "Yahoo", "NGINX Ingresss", "Alteon", "Quantcast", "Issuu", "Cookie Law Info", "Piwik", "Sooqr", "Siteimprove", "Snowplow", "Keycloak", "Akamai Botmanager", "Akamai", "CraftCMS", "CodeIgniter", "Livechat", "Bazaar Voice", "Leadinfo", "CakePHP", "WPML", "Flowbox", "Adcalls", "WP-Glogin", "Jimdo", "Polylang", "Browser-Update.org", "Tawk.to Chat", "Sharethrough", "BetweenDigital", "Squeezely", "Belco", "ABTasty", "Blueconic.com", "Adalyser.com", "Mopinion.com", "Weborama", "Roku", "Adition", "Audrte", "Sleeknote", "CleanTalk", "Klaviyo", "Algolia", "Stonly", "TikTok", "Ahoy", "Auth0", "AT Internet", "JoomlArt", "f5 BIG-IP", "Ezoic", "Easysize.me", "Swym", "PayPal", "HAproxy", "E-volution.ai", "StreamTheWorld", "OnAudience", "Vidoomy", "vBulletin", "csync.loopme.me", "Processwire", "Braze", "WordPress", "Cookie First", "Iubenda", "Didomi", "Lucky Orange", "Axeptio", "Borlabs", "Osano", "Consentmanager.net", "Hu-manity.co", "Complianz", "Digital Factory", "Moove", "Termly", "ShareThis", "Magnite", "SAP", "The Ozone Project", "Mailchimp", "Beamer", "Adhese", "phpMyAdmin", "Plesk", "TYPO3", "Kelkoo", "Customer.io", "Chartbeat", "Datadome", "Tappx", "richAudience", "Media.net", "Prebid", "Dotomi", "Fastclick", "Mediaplex", "Live helper chat", "Yandex.Metrica", "Salesforce", "CookieYes", "J2EE", "SiteSpect", "Wufoo", "SurveyMonkey", "Usabilla", "Xenforo", "Sailthru", "Nielsen", "infOnline", "Cookie Script", "Rack", "Piano", "Dotmetrics", "Qualaroo", "Claritas", "Gemius", "Nativo", "Bombora", "Verve", "33Across", "Lightspeed", "Duda", "Civic", "Intercom", "Mixpanel", "Postviewscounter", "Beslist.nl", "Perl", "Disqus", "Twiago", "Emetric", "Pangle", "Totvs", "Citrix", "Beeswax", "Wikimedia", "Acuity", "ABlyft", "MercadoLibre", "Aniview", "Mediarithmics", "Nexx360", "MediaVine", "Bit.ly", "Yieldmo", "Springserve", "Bouncex", "Viafoura", "Tailtarget", "Marfeel", "Groovinads", "Bidence", "Zendesk", "Tripadvisor", "Underdog Media", "Twitch", "Crazy Egg", "Lightbox CDN", "Wistia", "Adkernel", "Smaato", "Undertone", "Dynamic Yield", "Blue", "Instagram", "Parse.ly", "Codepen", "Rudderstack", "Marketo", "CreativeCDN", "ContentSquare", "GitHub", "Amplitude", "Convert Insights", "Qualtrics", "CognitoForms", "RD Station", "Next", "Dynatrace", "Command Act", "Permutive", "GumGum", "Typeform", "Heap Analytics", "Baidu", "Stape", "Loggly", "PrivacyPillar", "Exponea", "Adyen", "AWS Cookies Popup", "NextAuth.js", "Enzuzo", "QookieQloud", "Awin", "Ruby on Rails", "Devise (Ruby on Rails)", "Next.js", "Supabase", "Clerk", "Crisp", "Drift", "Tawk.to", "LiveChat", "Plausible Analytics", "Fathom Analytics", "Umami", "Vercel"];
const COOKIES = [
  [".ASPXANONYMOUS", 22, "c", "session"],
  [".ASPXAUTH", 22, "c", "session"],
  [".AspNetCore.Antiforgery.", 25, "n*", "Session"],
  [".AspNetCore.Mvc.CookieTempDataProvider", 22, "c", "Session"],
  [".auth", 78, "c", "Session"],
  [".secureclient", 78, "c", "Session"],
  [".securesession", 78, "c", "Session"],
  [".stateflags", 78, "c", "Session"],
  ["1.gif", 1, "c", "Session"],
  ["1P_JAR", 3, "m", "1 month"],
  ["33x_ps", 265, "m", "1 year"],
  ["3pi", 54, "m", "3 months"],
  ["72ddbc27", 324, "c", "3 months"],
  ["A", 3, "m", "17 days"],
  ["A1", 144, "m", "1 year"],
  ["A1S", 144, "m", "1 year"],
  ["A3", 144, "m", "1 year"],
  ["AA003", 62, "m", "3 months"],
  ["AADNonce.forms", 24, "c", "session"],
  ["AADSSO", 21, "c", "End of session (browser)"],
  ["ABSELB", 44, "m", "2 years"],
  ["ABTasty", 175, "a", "13 months"],
  ["ABTastySession", 175, "a", "session"],
  ["ACCOUNT_CHOOSER", 3, "c", "session"],
  ["ACH01", 21, "m", "End of session (browser)"],
  ["ACL", 21, "m", "3 months"],
  ["ACLK_DATA", 6, "m", "5 minutes"],
  ["ACLUSR", 21, "m", "1 year"],
  ["ADKUID", 305, "m", "30 Days"],
  ["ADS_VISITOR_ID", 7, "m", "2 months"],
  ["ADUSERCOOKIE", 52, "m", "90 days"],
  ["AEC", 7, "c", "6 months"],
  ["AFFICHE_W", 179, "a", "3 months"],
  ["AID", 3, "m", "1 year"],
  ["AKA_A2", 156, "c", "1 hour or longer"],
  ["AMCVS_", 17, "m*", "Session"],
  ["AMCV_", 17, "m*", "2 years"],
  ["AMP_", 318, "a*", "1 year"],
  ["AMP_MKTG_", 318, "a*", "1 year"],
  ["AMP_TEST", 318, "a", "1 year"],
  ["AMP_TLDTEST", 318, "a", "Session"],
  ["AMP_TOKEN", 4, "a", "30 seconds till 1 year"],
  ["ANID", 6, "c", "13 months"],
  ["ANON", 21, "m", "1 year"],
  ["ANONCHK", 21, "m", "10 minutes"],
  ["APC", 14, "m", "6 months"],
  ["APID", 144, "m", "1 month"],
  ["APIDTS", 144, "m", "1 day"],
  ["APISID", 3, "m", "2 years"],
  ["ARRAffinity", 22, "c", "1 year"],
  ["ARRAffinitySameSite", 22, "c", "1 year"],
  ["ASLBSA", 22, "c", "Session"],
  ["ASLBSACORS", 22, "c", "Session"],
  ["ASP.NET_Sessio", 25, "c", "Session"],
  ["ASP.NET_Sessio_Fallback", 25, "c", "Session"],
  ["ASP.NET_SessionId", 26, "c", "session"],
  ["ASPSESSIO", 22, "c*", "Session"],
  ["ATN", 62, "m", "3 months"],
  ["AUTH_SESSION_ID", 154, "c", "session"],
  ["AUTH_SESSION_ID_LEGACY", 154, "c", "session"],
  ["AWSALB", 46, "c", "Session"],
  ["AWSALBCORS", 46, "c", "Session"],
  ["AWSALBTG", 46, "c", "Session"],
  ["AWSALBTGCORS", 46, "c", "Session"],
  ["AWSELB", 46, "c", "Session"],
  ["AWSELBCORS", 46, "c", "Session"],
  ["ActionSetHistory", 320, "a", "Session"],
  ["AdID", 3, "m", "2 weeks"],
  ["AlteonP", 146, "c", "session"],
  ["AnalyticsSyncHistory", 44, "a", "30 days"],
  ["ApplicationGatewayAffinity", 22, "c", "Session"],
  ["ApplicationGatewayAffinityCORS", 22, "c", "Session"],
  ["AwinChannelCookie", 340, "m", "Awin"],
  ["BAYEAX_BROWSER", 244, "c", "session"],
  ["BCP", 21, "m", "1 year"],
  ["BCPermissionLevel", 176, "c", "1 year"],
  ["BCReferrerOverrule", 176, "m", "1 year"],
  ["BCRefusedObjectives", 176, "m", "1 year"],
  ["BCRevision", 176, "m", "1 year"],
  ["BCSessionID", 176, "m", "1 year"],
  ["BCTempID", 176, "m", "10 minutes"],
  ["BCTracking", 176, "m", "10 seconds"],
  ["BFB", 21, "m", "1 year"],
  ["BFBUSR", 21, "m", "1 year"],
  ["BIGipServer", 193, "c*", "Unknown"],
  ["BLUEID", 309, "m", "1 Year"],
  ["BSWtracker", 60, "m", "694 days"],
  ["BVBRANDID", 160, "a", "20 years"],
  ["BVBRANDSID", 160, "a", "20 years"],
  ["BVID", 160, "m", "365 days"],
  ["BVSID", 160, "m", "session"],
  ["BizographicsOptOut", 44, "m", "10 years"],
  ["BlurTime", 320, "a", "Session"],
  ["BrowserId", 244, "c", "1 year"],
  ["BrowserId_sec", 244, "c", "1 year"],
  ["C", 18, "m", "60 days till 3650 days"],
  ["C1", 15, "a", "5 years"],
  ["CAID", 325, "m", "1 year"],
  ["CAKEPHP", 162, "c", "1 hour"],
  ["CC", 21, "m", "1 year"],
  ["CFFC", 18, "m*", "7 days"],
  ["CGIC", 3, "c", "6 months"],
  ["CGISESSID", 273, "c", "session"],
  ["CLID", 25, "a", "1 year"],
  ["CM", 18, "m", "1 day"],
  ["CM14", 18, "m", "1 day"],
  ["CMID", 48, "m", "1 day"],
  ["CMPRO", 48, "m", "1 day"],
  ["CMPS", 48, "m", "1 day"],
  ["CMRUM3", 48, "m", "1 day"],
  ["CMSCookieLevel", 129, "c", "1 year"],
  ["CMSCsrfCookie", 129, "n", "session"],
  ["CMSLandingPageLoaded", 129, "a", "20 minutes"],
  ["CMSPreferredCulture", 129, "c", "1 year"],
  ["CMST", 48, "m", "1 day"],
  ["CMSUserPage", 129, "a", "20 minutes"],
  ["COKENBLD", 52, "c", "1 day"],
  ["COMPASS", 3, "m", "2 days"],
  ["CONSENT", 3, "c", "20 years"],
  ["COOKIELAW", 266, "c", "1 year"],
  ["COOKIELAW_ADS", 266, "c", "1 year"],
  ["COOKIELAW_SOCIAL", 266, "c", "1 year"],
  ["COOKIELAW_STATS", 266, "c", "1 year"],
  ["CPSessID", 320, "a", "Session"],
  ["CRAFT_CSRF_TOKEN", 157, "n", "session"],
  ["CT", 18, "m*", "1 hour"],
  ["CTK", 29, "a", "1825 days"],
  ["CX_", 249, "c*", "1 year"],
  ["Cart", 116, "c", "14 days"],
  ["ClickAndChange", 167, "c", "session"],
  ["Comp", 70, "m", "13 months"],
  ["Conversion", 7, "m", "90 days"],
  ["CookieConsent", 1, "c", "1 year"],
  ["CookieConsentBulkSetting-", 1, "c*", "1 Year"],
  ["CookieConsentBulkTicket", 1, "c", "1 year"],
  ["CookieConsentPolicy", 244, "c*", "1 year"],
  ["CookieControl", 268, "c", "3 months"],
  ["CookieLawInfoConsent", 149, "c", "1 year"],
  ["CookieScriptConsent", 255, "c", "6 months"],
  ["CraftSessionId", 157, "c", "session"],
  ["CrossConsent", 1, "c", "Session"],
  ["CurrentContact", 129, "a", "50 years"],
  ["DEVICE_INFO", 32, "c", "179 days"],
  ["DG_HID", 76, "m", "30 days"],
  ["DG_IID", 76, "m", "30 days"],
  ["DG_SID", 76, "m", "30 days"],
  ["DG_UID", 76, "m", "30 days"],
  ["DG_ZID", 76, "m", "30 days"],
  ["DG_ZUID", 76, "m", "30 days"],
  ["DISPATCHER", 79, "m", "6 months"],
  ["DLBCTLYOXA", 325, "c", "Session"],
  ["DPFQ", 52, "m", "90 days"],
  ["DPPIX_ON", 52, "m", "20 seconds"],
  ["DPSync", 52, "m*", "90 days"],
  ["DSID", 3, "m", "2 weeks"],
  ["DSP2F_*", 305, "m", "Session"],
  ["DSP_UID", 80, "m", "9 days"],
  ["DV", 3, "m", "1 year"],
  ["DYID", 308, "c", "1 Year"],
  ["DYSES", 308, "c", "Session"],
  ["Datadome", 234, "c", "1 year"],
  ["DcLcid", 24, "c", "90 days"],
  ["DigiTrust.v1.identity", 18, "m", "7 days"],
  ["DotMetrics.DeviceKey", 258, "a", "Session"],
  ["DotMetrics.SessionCookieTemp", 258, "a", "Session"],
  ["DotMetrics.SessionCookieTempTimed", 258, "a", "Session"],
  ["DotMetrics.UniqueUserIdentityCookie", 258, "a", "Session"],
  ["DotomiSession_", 239, "m*", "session"],
  ["DotomiStatus", 239, "m", "5 years"],
  ["DotomiSync", 239, "m", "1 year"],
  ["DotomiUser", 239, "m", "13 months"],
  ["Dynamics365PortalAnalytics", 22, "c", "90 days"],
  ["EBFC", 18, "m*", "7 days"],
  ["EBFCD", 18, "m*", "7 days"],
  ["EE", 253, "m", "119 days"],
  ["ELOQUA", 40, "a", "13 months"],
  ["ELQSTATUS", 40, "a", "13 months"],
  ["FCCDCF", 3, "a", "13 months"],
  ["FCNEC", 3, "a", "13 months"],
  ["FDLBCAMPAIGNCDOM", 325, "c", "Session"],
  ["FDLBCTLY", 325, "c", "Session"],
  ["FDLBFIRST", 325, "c", "Session"],
  ["FDLBFIRSTAPI", 325, "c", "Session"],
  ["FDLBFIRSTCAMPAIGN", 325, "c", "Session"],
  ["FDLBFIRSTCAMPAIGNEF", 325, "c", "Session"],
  ["FDLBFIRSTCMP", 325, "c", "Session"],
  ["FDLBFIRSTDATA", 325, "c", "Session"],
  ["FDLBFIRSTEVENTS", 325, "c", "Session"],
  ["FDLBFIRSTTMS", 325, "c", "Session"],
  ["FLC", 14, "m", "10 seconds"],
  ["FPAU", 4, "m", "session"],
  ["FPGCLAW", 7, "m", "90 Days"],
  ["FPGCLDC", 3, "m", "90 days"],
  ["FPGCLGB", 7, "m", "90 Days"],
  ["FPGSID", 3, "c", "Session"],
  ["FPID", 4, "a", "session"],
  ["FPLC", 4, "a", "session"],
  ["FPtrust", 52, "c", "1 day"],
  ["FedAuth", 244, "c", "session"],
  ["FocusTime", 320, "a", "Session"],
  ["ForceFlashSite", 115, "c", "session"],
  ["FunctionalCookie", 110, "c", "0 days"],
  ["GA_OPT_OUT", 4, "c", "10 Nov 2030"],
  ["GCLB", 3, "c", "Session"],
  ["GCM", 18, "m", "1 day"],
  ["GED_PLAYLIST_ACTIVITY", 6, "m", "session"],
  ["GN_PREF", 3, "m", "1 year"],
  ["GPS", 32, "m", "1 day"],
  ["GRV_BHV_BRND_", 296, "m*", "45 days"],
  ["GRV_BHV_DATE", 296, "m*", "45 days"],
  ["GRV_BHV_IDCAT", 296, "m*", "45 days"],
  ["GRV_BHV_IDCC", 296, "m*", "45 days"],
  ["GRV_BHV_SKU", 296, "m*", "45 days"],
  ["GRV_BHV_UID", 296, "m*", "45 days"],
  ["GRV_IDU", 296, "m", "296 days"],
  ["GRV_google", 296, "m", "45 days"],
  ["GSLM_", 223, "c*", "session"],
  ["GUC", 144, "m", "1 year"],
  ["G_AUTHUSER_H", 3, "c", "session"],
  ["Gdyn", 261, "a", "13 months"],
  ["GeoIP", 281, "a", "session"],
  ["GoogleAdServingTest", 14, "m", "session"],
  ["HAAPPLB", 268, "c", "Session"],
  ["HACIVIC", 268, "c", "Session"],
  ["HACIVICLB", 268, "c", "Session"],
  ["HAPLB3A", 36, "m", "Session"],
  ["HAPLB5S", 36, "m", "29 days"],
  ["HAPLB8", 36, "m*", "session"],
  ["HMACCOUNT", 330, "a", "1 year"],
  ["HSID", 3, "m", "2 years"],
  ["Hm_lpvt_", 330, "a", "session"],
  ["Hm_lvt_", 330, "a", "1 year"],
  ["Host-ERIC_PROD-", 244, "n", "1 minute"],
  ["ID", 14, "m", "2 months"],
  ["IDE", 14, "m", "2 years"],
  ["IDSYNC", 144, "m", "1 year"],
  ["IMRID", 253, "m", "390 days"],
  ["INDEED_CSRF_TOKEN", 29, "n", "Session"],
  ["INGRESSCOOKIE", 145, "c", "session"],
  ["IRLD", 44, "m", "2 years"],
  ["JSESSIO", 40, "c", "Session"],
  ["JSESSIONID", 246, "c*", "session"],
  ["KADUSERCOOKIE", 52, "m", "90 days"],
  ["KCCH", 52, "m", "30 secs"],
  ["KC_AUTH_STATE", 154, "c", "session"],
  ["KC_RESTART", 154, "c", "session"],
  ["KC_START", 154, "c", "session"],
  ["KC_STATE_CHECKER", 154, "c", "session"],
  ["KEYCLOAK_IDENTITY", 154, "c", "session"],
  ["KEYCLOAK_LOCALE", 154, "c", "session"],
  ["KEYCLOAK_REMEMBER_ME", 154, "c", "1 year"],
  ["KEYCLOAK_SESSION", 154, "c", "session"],
  ["KRTBCOOKIE_", 52, "m*", "29 days"],
  ["KTPCACOOKIE", 52, "c", "90 days"],
  ["KelkooID", 231, "m", "1 year"],
  ["KievRPSAuth", 21, "c", "5 years"],
  ["Kiyohnl", 53, "c", "1 year"],
  ["LANG", 257, "c", "1500 days"],
  ["LANG_CHANGED", 257, "c", "1 day"],
  ["LOGIN_INFO", 32, "c", "2 years"],
  ["LSID", 3, "m", "6 months"],
  ["LSOLH", 3, "c", "1 year"],
  ["MC0", 21, "c", "End of session (browser)"],
  ["MC1", 21, "m", "1 year"],
  ["MH", 21, "m", "End of session (browser)"],
  ["MONITOR_WEB_ID", 188, "m", "3 months"],
  ["MR", 21, "m", "6 months"],
  ["MRM_UID", 92, "m", "1 month"],
  ["MS0", 21, "c", "End of session (browser)"],
  ["MSFPC", 21, "m", "1 year"],
  ["MSNRPSAuth", 21, "c", "5 years"],
  ["MSO", 25, "c*", "1 Year"],
  ["MSPAuth", 21, "c", "5 years"],
  ["MSPProf", 21, "c", "5 years"],
  ["MSPTC", 21, "m", "1 year"],
  ["MUID", 21, "m", "1 year"],
  ["MUIDB", 21, "m", "1 year"],
  ["MicrosoftApplicationsTelemetryDeviceId", 25, "a", "1 year"],
  ["NAP", 21, "m", "1 year"],
  ["NEXT_LOCALE", 323, "c", "Session"],
  ["NID", 3, "m", "1 year"],
  ["NOPCOMMERCE.AUTH", 98, "c", "session"],
  ["NPA", 296, "m*", "45 days"],
  ["NSC_", 279, "c*", "12 hours"],
  ["NetWorkProbeLimit", 281, "a", "1 hour"],
  ["Nop.customer", 98, "c", "1 month"],
  ["NopCommerce.RecentlyViewedProducts", 98, "c", "10 days"],
  ["OAGEO", 75, "m*", "Session"],
  ["OAID", 75, "m", "1 year"],
  ["OGP", 12, "m", "2 months"],
  ["OGPC", 12, "m", "1 month"],
  ["OID", 21, "m", "3 months"],
  ["OIDI", 21, "m", "3 months"],
  ["OIDR", 21, "m", "3 months"],
  ["ORA_WWV_APP_", 40, "c*", "Session"],
  ["OSID", 3, "m", "6 months"],
  ["OTH", 144, "m", "1 year"],
  ["OTZ", 3, "m", "17 days"],
  ["OneTrustWPCCPAGoogleOptOut", 110, "c", "365 days"],
  ["OptanonAlertBoxClosed", 110, "c", "1 year"],
  ["OptanonConsent", 110, "c", "1 year"],
  ["OptanonControl", 110, "c", "1 year"],
  ["PAIDCONTENT", 9, "m", "30 Days"],
  ["PHPSESSID", 42, "c", "Sessions"],
  ["PID", 55, "m", "1 year"],
  ["PLAY_FLASH", 44, "c", "Session"],
  ["PLAY_LANG", 44, "c", "Session"],
  ["PLAY_SESSION", 44, "c", "Session"],
  ["PLESKSESSID", 229, "c", "session"],
  ["PMDTSHR", 52, "c", "1 day"],
  ["PMFREQ_ON", 52, "c", "1 day"],
  ["PPAuth", 21, "c", "5 years"],
  ["PREF", 32, "c", ""],
  ["PUBMDCID", 52, "m", "3 months"],
  ["PUBRETARGET", 52, "m", "90 days"],
  ["PUBUIDSYNCUPFQ", 52, "c", "3 months"],
  ["P_", 249, "c*", "1 year"],
  ["PageReferrer", 320, "a", "Session"],
  ["Pastease.passive.activated", 178, "a*", "1 month"],
  ["Pastease.passive.chance", 178, "a*", "1 month"],
  ["Pdomid", 70, "c", "13 months"],
  ["Player", 119, "c", "1 minute"],
  ["PreferredLanguage", 244, "c", "1 year"],
  ["PugT", 52, "m", "30 days"],
  ["Pwb", 70, "m", "2 days"],
  ["QCQQ", 244, "c", "session"],
  ["QSIPopUnder_PopUnderTarget_SI_", 320, "c*", "Session"],
  ["QSI_CT", 320, "c", "Session"],
  ["QSI_DATA", 320, "c", "Session"],
  ["QSI_HistorySession", 320, "a", "Session"],
  ["QSI_OptInIDsAndTargetOrigins", 320, "a", "Session"],
  ["QSI_OptInIDsAndWindowNames", 320, "a", "Session"],
  ["QSI_ReplaySession_Info_", 320, "a*", "Session"],
  ["QSI_ReplaySession_SampledOut_", 320, "c*", "Session"],
  ["QSI_ReplaySession_Throttled_", 320, "c*", "Session"],
  ["QSI_SI_", 320, "a*", "30 days"],
  ["QSI_S_", 320, "c*", "7 days"],
  ["QSI_TestSessions_", 320, "a*", "Session"],
  ["QST", 320, "c", "6 months"],
  ["REPID_", 249, "c*", "Session"],
  ["RE_", 249, "c*", "Session"],
  ["RP_", 249, "c*", "90 days"],
  ["RRetURL", 244, "c", "session"],
  ["RRetURL2", 244, "c", "session"],
  ["RT", 299, "c", "399 days"],
  ["RUL", 14, "m", "1 year"],
  ["RpsContextCookie", 22, "c", "session"],
  ["S1", 15, "a", "5 years"],
  ["SAML_", 223, "c*", "12 months"],
  ["SAPISID", 3, "m", "2 years"],
  ["SCM", 306, "m", "3 weeks"],
  ["SCM*", 306, "m", "3 weeks"],
  ["SCMaps", 306, "m", "3 weeks"],
  ["SCMg", 306, "m", "3 weeks"],
  ["SCMinf", 306, "m", "3 weeks"],
  ["SCMo", 306, "m", "3 weeks"],
  ["SCMsovrn", 306, "m", "3 weeks"],
  ["SEARCH_SAMESITE", 3, "c", "session"],
  ["SERVERID", 198, "c", "session"],
  ["SEUNCY", 56, "m", "179 days"],
  ["SID", 3, "m", "2 years"],
  ["SIDCC", 3, "m", "2 years"],
  ["SISessID", 320, "a", "Session"],
  ["SM", 25, "a", "session"],
  ["SMSV", 3, "c", "session"],
  ["SNID", 3, "m", "6 months"],
  ["SNLB2", 76, "c", "30 days"],
  ["SOCS", 3, "c", "13 months"],
  ["SPugT", 52, "m", "30 days"],
  ["SR", 18, "m*", "1 day"],
  ["SRM_B", 21, "c", "1 year"],
  ["SSID", 3, "m", "2 years"],
  ["SSLB", 247, "c", "2 years"],
  ["SSPR_*", 305, "m", "Session"],
  ["SSPV", 247, "c", "1 year"],
  ["SSPZ", 305, "m", "Session"],
  ["SSR-caching", 115, "c", "session"],
  ["SSRT", 247, "c", "1 year"],
  ["SSSC", 247, "c", "1 year"],
  ["SUCSP", 244, "c", "session"],
  ["SUPRM", 244, "c", "session"],
  ["SYNCUPPIX_ON", 52, "m", "20 seconds"],
  ["SearchTerm", 320, "a", "Session"],
  ["Secret", 116, "c", "14 days"],
  ["Secure-YEC", 3, "c", "13 months"],
  ["SecureSessionID-", 128, "c*", "session"],
  ["Secure_customer_sig", 116, "c", "2 years"],
  ["ServerPool", 299, "m", "Session"],
  ["SetupDomainProbePassed", 244, "c", "Session"],
  ["Site History", 320, "c", "Session"],
  ["SiteReferrer", 320, "a", "Session"],
  ["SnapABugHistory", 141, "m", "1 year"],
  ["SnapABugRef", 141, "m", "1 year"],
  ["SnapABugUserAlias", 141, "c", "1 year"],
  ["SnapABugVisit", 141, "c", "1 year"],
  ["SyncRTB", 52, "m*", "90 days"],
  ["TADCID", 299, "m", "10 years"],
  ["TAID", 3, "m", "14 days"],
  ["TAReturnTo", 299, "a", "Session"],
  ["TATravelInfo", 299, "a", "2 years"],
  ["TAUnique", 299, "a", "Session"],
  ["TCAUDIENCE", 325, "a", "1 year"],
  ["TCID", 325, "m", "1 year"],
  ["TCIPD", 325, "c", "1 year"],
  ["TCLANDINGURL", 325, "m", "Session"],
  ["TCREDIRECT", 325, "m", "Session"],
  ["TCREDIRECT_DEDUP", 325, "m", "session"],
  ["TCSESSION", 325, "m", "Session"],
  ["TC_CHECK_COOKIES_SUPPORT", 325, "c", "Session"],
  ["TC_OUTPUT", 325, "c", "396 days"],
  ["TC_OUTPUT_categories", 325, "c", "396 days"],
  ["TC_PRIVACY", 325, "c", "396 days"],
  ["TC_PRIVACY_CENTER", 325, "c", "396 days"],
  ["TDCPM", 91, "m", "1 year"],
  ["TDID", 91, "m", "1 year"],
  ["TMS", 325, "m", "Session"],
  ["TPC", 18, "m", "14 days"],
  ["TS01", 115, "c*", "session"],
  ["TXCD", 235, "m", "1 month"],
  ["TXCSDMN_", 235, "m*", "1 month"],
  ["TapAd_3WAY_SYNCS", 90, "m", "2 months"],
  ["TapAd_DID", 90, "m", "2 months"],
  ["TapAd_TS", 90, "m", "2 months"],
  ["TawkConnectionTime", 170, "c", "session"],
  ["TawkCookie", 170, "c", "session"],
  ["TestIfCookie", 70, "m", "session cookie"],
  ["TestIfCookieP", 70, "m", "13 months"],
  ["TiPMix", 303, "c", "0 day"],
  ["ToptOut", 21, "m", "1 year"],
  ["Typo3InstallTool", 230, "c", "session"],
  ["UID", 55, "m", "2 years"],
  ["UIDR", 55, "m", "2 years"],
  ["UID_EXT_*", 307, "m", "1 year"],
  ["USCC", 52, "m", "1 day"],
  ["UTID", 307, "m", "1 year"],
  ["UTID_ENC", 307, "m", "1 year"],
  ["UULE", 3, "m", "6 hours"],
  ["UserID1", 181, "m", "180 days"],
  ["UserMatchHistory", 44, "m", "session"],
  ["VID", 44, "a", "1 year"],
  ["VISITOR_INFO1_LIVE", 32, "m", "179 days"],
  ["VISITOR_PRIVACY_METADATA", 32, "m", "180 days"],
  ["VfAccess", 293, "c*", "5 minutes"],
  ["VfRefresh", 293, "c", "1 year"],
  ["VfSess", 293, "c", "30 days"],
  ["VisitorStatus", 129, "a", "20 years"],
  ["VisitorStorageGuid", 22, "c", "Session"],
  ["WID", 325, "m", "Session"],
  ["WLSSC", 21, "c", "5 years"],
  ["WMF-Last-Access", 281, "a", "session"],
  ["WRBlock", 316, "a", "1 Year"],
  ["WRIgnore", 316, "a", "Session"],
  ["WRUID", 316, "a", "1 Year"],
  ["WelcomePanel", 244, "c", "1 day"],
  ["X-AB", 130, "c", "1 day"],
  ["X-FD-FEATURES", 25, "a*", "1 Year"],
  ["X-FD-Time", 25, "a*", "1 Year"],
  ["X-Magento-Vary", 100, "c", "session"],
  ["X-PP-L7", 197, "c", "session"],
  ["X-PP-SILOVER", 197, "c", "30 minutes"],
  ["XANDR_PANID", 127, "m", "400 days"],
  ["XID", 55, "m", "1 year"],
  ["XSRF-TOKEN", 43, "n", "Session"],
  ["YSC", 32, "c", "Session"],
  ["ZCAMPAIGN_CSRF_TOKEN", 132, "n", "session"],
  ["ZD-buid", 298, "a", "forever"],
  ["ZD-launcherLabelRemoved", 298, "c", "forever"],
  ["ZD-settings", 298, "c", "forever"],
  ["ZD-store", 298, "c", "forever"],
  ["ZD-suid", 298, "a", "20 minutes"],
  ["ZD-widgetOpen", 298, "c", "forever"],
  ["ZD-zE_oauth", 298, "c", "2 hours"],
  ["_ALGOLIA", 186, "a", "365 days"],
  ["_BEAMER_DATE_", 226, "m*", "300 days"],
  ["_BEAMER_FILTER_BY_URL_", 226, "m*", "20 minutes"],
  ["_BEAMER_FIRST_VISIT_", 226, "m*", "3000 days"],
  ["_BEAMER_LAST_POST_SHOWN_", 226, "m*", "300 days"],
  ["_BEAMER_USER_ID_", 226, "m*", "300 days"],
  ["_Brochure_session", 116, "a", "2 years"],
  ["_CEFT", 302, "a", "1 Year"],
  ["_CT_RS_", 316, "a", "1 Year"],
  ["_GRECAPTCHA", 5, "c", "179 days"],
  ["_HPVN", 21, "m", "1 year"],
  ["_KMPage", 244, "c*", "1 day"],
  ["_KnowledgePageDispatcher", 244, "c*", "session"],
  ["_KnowledgePageFilter", 244, "c*", "session"],
  ["_KnowledgePageFilterArticleArticleType", 244, "c*", "session"],
  ["_KnowledgePageFilterArticlePublishStatus", 244, "c*", "session"],
  ["_KnowledgePageFilterArticleValidationStatus", 244, "c*", "session"],
  ["_KnowledgePageFilterLanguage", 244, "c*", "session"],
  ["_KnowledgePageFilterMyDraftArticleType", 244, "c*", "session"],
  ["_KnowledgePageFilterMyDraftPublishStatus", 244, "c*", "session"],
  ["_KnowledgePageFilterMyDraftValidationStatus", 244, "c*", "session"],
  ["_KnowledgePageSortFieldArticle", 244, "c*", "session"],
  ["_KnowledgePageSortFieldMyDraft", 244, "c*", "session"],
  ["_RwBf", 21, "m", "1 year"],
  ["_SUPERFLY_nosample", 233, "a", "1 hour"],
  ["_Secure-ENID", 3, "c", "13 months"],
  ["_Secure-YEC", 3, "c", "13 months"],
  ["_TCCookieSync", 325, "a", "1 year"],
  ["_UR", 21, "m", "1 year"],
  ["__AntiXsrfToken", 22, "n", "session"],
  ["__CT_Data", 316, "a", "1 Year"],
  ["__Host-1PLSID", 3, "c", "1 year"],
  ["__Host-3PLSID", 3, "c", "1 year"],
  ["__Host-ERIC_PROD-", 244, "c*", "Session"],
  ["__Host-GAPS", 3, "c", "1 year"],
  ["__Host-gist_user_session_same_site", 317, "c", "2 Weeks"],
  ["__Host-next-auth.csrf-token", 337, "c", "session"],
  ["__Host-user_session_same_site", 317, "c", "2 Weeks"],
  ["__RequestVerificationToken", 25, "c*", "session"],
  ["__Secure-1PAPISID", 7, "m", "2 years"],
  ["__Secure-1PSID", 7, "m", "2 years"],
  ["__Secure-1PSIDCC", 7, "m", "2 years"],
  ["__Secure-1PSIDTS", 7, "m", "2 years"],
  ["__Secure-3PAPISID", 7, "m", "2 years"],
  ["__Secure-3PSID", 7, "m", "2 years"],
  ["__Secure-3PSIDCC", 7, "m", "2 years"],
  ["__Secure-3PSIDTS", 7, "m", "2 years"],
  ["__Secure-ENID", 3, "c", "11 Months"],
  ["__Secure-OSID", 3, "m", "6 months"],
  ["__Secure-PHPSESSID", 42, "c", "Sessions"],
  ["__Secure-ROLLOUT_TOKEN", 32, "m", "180 days"],
  ["__Secure-YNID", 3, "c", "180 days"],
  ["__Secure-fgpt", 110, "c", "Session"],
  ["__Secure-next-auth.callback-url", 337, "c", "session"],
  ["___m_rec", 295, "a", "180 days"],
  ["__adal_ca", 177, "m", "6 months"],
  ["__adal_cw", 177, "m", "7 days"],
  ["__adal_id", 177, "m", "2 years"],
  ["__adal_ses", 177, "m", "session"],
  ["__adm_ui", 33, "m", "1 year"],
  ["__adm_uiex", 33, "m", "1 year"],
  ["__adm_usyncc", 33, "m", "5 days"],
  ["__asc", 82, "a", "1 year"],
  ["__auc", 82, "a", "1 year"],
  ["__bid", 257, "c", "1 year"],
  ["__cf_bm", 34, "c", "session"],
  ["__cfduid", 34, "c", "5 years"],
  ["__cflb", 34, "c", "session"],
  ["__cfruid", 34, "c", "session"],
  ["__cfseq", 34, "c", "session"],
  ["__cfwaitingroom", 35, "c", "session"],
  ["__cmpQQ_CookieConsent", 339, "n", "Local Storage"],
  ["__cmpQQ_consentID", 339, "n", "Local Storage"],
  ["__cmpQQ_usedCoookies", 339, "n", "Local Storage"],
  ["__cmpcc", 215, "c", "1 year"],
  ["__cmpccc", 215, "c*", "1 year"],
  ["__cmpccpausps", 215, "c*", "1 year"],
  ["__cmpccx", 215, "c", "1 year"],
  ["__cmpconsent", 215, "c*", "1 year"],
  ["__cmpcpc", 215, "c*", "1 year"],
  ["__cmpcvc", 215, "c*", "1 year"],
  ["__cmpfcc", 215, "c", "1 year"],
  ["__cmpiab", 215, "c*", "1 year"],
  ["__cmpiuid", 215, "c", "1 year"],
  ["__cmpld", 215, "c", "1 year"],
  ["__cmpwel", 215, "c*", "1 year"],
  ["__code", 257, "c", "session"],
  ["__cpmQQ_trackers", 339, "n", "Local Storage"],
  ["__cpmQQ_trackers_timestamp", 339, "n", "Local Storage"],
  ["__editor_layout", 312, "c", "29 days"],
  ["__eea", 257, "c", "30 days"],
  ["__eoi", 6, "n", "3 Months"],
  ["__exponea_etc__", 334, "m", "3 years"],
  ["__exponea_time2__", 334, "m", "1 day"],
  ["__gads", 14, "m", "various"],
  ["__gfp_64b", 261, "a", "13 months"],
  ["__gfp_s_64b", 261, "a", "13 months"],
  ["__gpi", 6, "m", "13 months"],
  ["__gpi_optout", 6, "m", "13 months"],
  ["__gsas", 6, "m", "3 months"],
  ["__hs_cookie_cat_pref", 118, "c", "6 months"],
  ["__hs_do_not_track", 117, "c", "13 months"],
  ["__hs_gpc_banner_dismiss", 118, "c", "180 days"],
  ["__hs_initial_opt_in", 117, "c", "7 days"],
  ["__hs_notify_banner_dismiss", 118, "c", "180 days"],
  ["__hs_opt_out", 117, "c", "13 months"],
  ["__hsmem", 117, "c", "1 year"],
  ["__hssc", 117, "m", "30 minutes"],
  ["__hssrc", 117, "m", "session"],
  ["__hstc", 117, "m", "13 months"],
  ["__idr", 257, "c", "30 days"],
  ["__insp_dct", 28, "a", "Session"],
  ["__insp_norec_sess", 28, "a", "1 year"],
  ["__insp_nv", 28, "a", "End of session (browser)"],
  ["__insp_pad", 28, "a", "End of session (browser)"],
  ["__insp_ref", 28, "a", "End of session (browser)"],
  ["__insp_scpt", 28, "a", "End of session (browser)"],
  ["__insp_sid", 28, "a", "End of session (browser)"],
  ["__insp_slim", 28, "a", "1 year"],
  ["__insp_targlpt", 28, "a", "1 year"],
  ["__insp_targlpu", 28, "a", "1 year"],
  ["__insp_uid", 28, "a", "1 year"],
  ["__insp_wid", 28, "a", "End of session (browser)"],
  ["__kla_id", 185, "m", "2 years"],
  ["__lc2_cid", 159, "c", "3 years"],
  ["__lc2_cst", 159, "c", "3 years"],
  ["__lc_cid", 159, "c", "3 years"],
  ["__lc_cst", 159, "c", "3 years"],
  ["__livechat", 159, "c", "3 years"],
  ["__lotl", 211, "a", "180 days"],
  ["__lotr", 211, "a", "180 days"],
  ["__next_", 343, "c*", "Varies"],
  ["__pat", 257, "a", "30 days"],
  ["__pid", 257, "c", "30 days"],
  ["__pil", 257, "c", "30 days"],
  ["__pls", 257, "c", "2 years"],
  ["__pnahc", 257, "c", "90 days"],
  ["__pvi", 257, "a", "1 day"],
  ["__qca", 147, "m", "1 year"],
  ["__sqra", 151, "c", "2 years"],
  ["__sqrb", 151, "c", "2 years"],
  ["__sqrc", 151, "c", "2 years"],
  ["__ss", 106, "m", "30 minutes"],
  ["__ss_referrer", 106, "m", "6 hours"],
  ["__ss_tk", 106, "m", "25 years"],
  ["__stid", 221, "a", "1 year"],
  ["__stidv", 221, "m", "10 years"],
  ["__stripe_mid", 120, "c", "1 year"],
  ["__stripe_sid", 120, "c", "30 minutes"],
  ["__tac", 257, "c", "90 days"],
  ["__tawkuuid", 170, "c", "10 years"],
  ["__tbc", 257, "c", "2 years"],
  ["__tlbcpv", 220, "c", "1 year"],
  ["__tltpl_", 220, "c*", "1 year"],
  ["__tluid", 220, "c", "1 year"],
  ["__trf.src", 47, "m", "1 year"],
  ["__txn_", 190, "c*", "session"],
  ["__uin_bw", 36, "m", "1 month"],
  ["__uin_mm", 36, "m", "44 days"],
  ["__uin_rh", 36, "m", "364 Days"],
  ["__uir_bw", 36, "m", "1 day"],
  ["__uir_mm", 36, "m", "14 days"],
  ["__uir_rh", 36, "m", "32 Days"],
  ["__uis", 36, "m", "29 days"],
  ["__ut", 257, "c", "2 years"],
  ["__utma", 4, "a", ""],
  ["__utmb", 4, "a", ""],
  ["__utmc", 4, "a", "End of session (browser)"],
  ["__utmt", 4, "a", "10 minutes"],
  ["__utmv", 4, "a", ""],
  ["__utmx", 4, "a", "18 months"],
  ["__utmxx", 4, "a", "18 months"],
  ["__utmz", 4, "a", ""],
  ["__utp", 257, "c", "2 years"],
  ["__zlcmid", 298, "c", "1 year"],
  ["__zlcprivacy", 298, "c", "1 year"],
  ["_ab", 116, "c", "session"],
  ["_abck", 155, "c", "session"],
  ["_answer_bot_service_session", 298, "c", "Session"],
  ["_bit", 289, "a", "6 months"],
  ["_biz_ABTestA", 314, "a", "1 year"],
  ["_biz_EventA", 314, "a", "1 year"],
  ["_biz_flagsA", 314, "a", "1 year"],
  ["_biz_nA", 314, "a", "1 year"],
  ["_biz_pendingA", 314, "a", "1 year"],
  ["_biz_su", 314, "a", "1 year"],
  ["_biz_uid", 314, "a", "1 year"],
  ["_cc_aud", 83, "m", "269 days"],
  ["_cc_cc", 83, "m", "session"],
  ["_cc_dc", 83, "m", "session"],
  ["_cc_domain", 83, "m", "session"],
  ["_cc_id", 83, "m", "269 days"],
  ["_ce.cch", 302, "a", "1 second"],
  ["_ce.clock_data", 302, "a", "1 Day"],
  ["_ce.clock_event", 302, "a", "1 Day"],
  ["_ce.gtld", 302, "a", "1 second"],
  ["_ce.irv", 302, "a", "Session"],
  ["_ce.s", 302, "a", "1 year"],
  ["_ceir", 302, "a", "1 Year"],
  ["_cer.v", 302, "a", "31 days"],
  ["_cfuvid", 34, "c", "session"],
  ["_chartbeat", 233, "a*", "30 days"],
  ["_cio", 232, "m", "1 day"],
  ["_cioanonid", 232, "m", "1 year"],
  ["_cioid", 232, "m", "1 year"],
  ["_clck", 25, "a", "1 year"],
  ["_clsk", 25, "a", "session"],
  ["_cmp_a", 116, "c", "1 day"],
  ["_conv_r", 319, "c", "Session"],
  ["_conv_s", 319, "c", "1 day"],
  ["_conv_v", 319, "c", "6 months"],
  ["_cq_duid", 50, "c", "3 months"],
  ["_cq_suid", 50, "c", "3 months"],
  ["_crazyegg", 302, "m", "Session"],
  ["_cs_c", 316, "a", "13 months"],
  ["_cs_cvars", 316, "a", "Session"],
  ["_cs_debug", 316, "a", "Session"],
  ["_cs_ex", 316, "a", "30 days"],
  ["_cs_id", 316, "a", "13 months"],
  ["_cs_mk_aa", 316, "a", "30 minutes"],
  ["_cs_mk_ga", 316, "a", "30 minutes"],
  ["_cs_optout", 316, "a", "13 months"],
  ["_cs_rl", 316, "a", "1 year"],
  ["_cs_root-domain", 316, "a", "Session"],
  ["_cs_s", 316, "a", "1 Year"],
  ["_cs_same_site", 316, "a", "Immediately removed"],
  ["_cs_tld", 316, "a*", "Session"],
  ["_csrf", 187, "n", "session"],
  ["_curtime", 52, "c", "1 day"],
  ["_customer_account_shop_sessions", 116, "c", "30 days"],
  ["_d2id", 284, "m", "1 year"],
  ["_dbefe", 37, "m", "Session"],
  ["_dc_gtm_", 4, "a*", "1 minute"],
  ["_dcid", 3, "m", "400 days"],
  ["_derived_epik", 97, "m", "1 year"],
  ["_device_id", 317, "c", "1 Year"],
  ["_distillery", 304, "c", "1 Year"],
  ["_dp", 17, "m", "30 seconds"],
  ["_dsp_uid", 297, "m*", "2 years"],
  ["_dy_cs_cookie_items", 308, "m", "30 Days"],
  ["_dy_cs_storage_items", 308, "m", "30 Days"],
  ["_dy_csc_ses", 308, "a", "Session"],
  ["_dy_df_geo", 308, "a", "30 Days"],
  ["_dy_geo", 308, "a", "30 Days"],
  ["_dy_lu_ses", 308, "c", "Session"],
  ["_dy_ses_load_seq", 308, "c", "30 Days"],
  ["_dy_soct", 308, "c", "1 Year"],
  ["_dy_toffset", 308, "c", "30 Days"],
  ["_dycmc", 308, "a", "30 Days"],
  ["_dycnst", 308, "c", "30 Days"],
  ["_dycst", 308, "a", "30 Days"],
  ["_dyid", 308, "c", "30 Days"],
  ["_dyid_server", 308, "c", "1 Year"],
  ["_dyjsession", 308, "c", "Session"],
  ["_epik", 97, "m", "1 year"],
  ["_fathom", 351, "a*", "Varies"],
  ["_fbc", 19, "m", "2 years"],
  ["_fbp", 19, "m", "4 months"],
  ["_flowbox", 164, "c", "1 year"],
  ["_form_fields", 322, "c", "3 months"],
  ["_ga", 4, "a", "2 years"],
  ["_ga_", 4, "a*", "2 years"],
  ["_gac_", 4, "m*", "90 days"],
  ["_gac_gb_", 7, "m*", "90 Days"],
  ["_gaexp", 8, "c", "90 days"],
  ["_gaexp_rc", 8, "a", "24 hours"],
  ["_gali", 4, "a", "30 seconds"],
  ["_gat", 4, "a*", "1 minute"],
  ["_gat_gtag_", 4, "a*", "1 hour"],
  ["_gat_pro", 121, "c", "24 hours"],
  ["_gcl_au", 3, "m", "3 months"],
  ["_gcl_aw", 7, "m", "90 Days"],
  ["_gcl_dc", 3, "m", "3 months"],
  ["_gcl_gb", 7, "m", "90 Days"],
  ["_gcl_gf", 11, "m", "90 Days"],
  ["_gcl_gs", 7, "m", "90 Days"],
  ["_gcl_ha", 10, "m", "90 Days"],
  ["_gh_ent", 317, "c", "2 Weeks"],
  ["_gh_sess", 317, "c", "Session"],
  ["_gid", 4, "a", "24 hours"],
  ["_gigRefUid_", 223, "m*", "12 months"],
  ["_gig_", 223, "m*", "12 months"],
  ["_gig_APIProxy_enabled", 223, "c", "session"],
  ["_gig_email", 223, "m", "12 months"],
  ["_gig_llp", 223, "m", "12 months"],
  ["_gig_llu", 223, "m", "12 months"],
  ["_gig_lt", 223, "c", "12 months"],
  ["_gig_shareUI_cb_", 223, "c*", "12 months"],
  ["_gig_shareUI_lastUID", 223, "m", "12 months"],
  ["_global_lucky_opt_out", 211, "c", "10 years"],
  ["_gtmeec", 331, "m", "3 months"],
  ["_guid", 44, "m", "90 days"],
  ["_help_center_session", 298, "c", "Session"],
  ["_hjAbsoluteSessionInProgress", 38, "c", "30 minutes"],
  ["_hjCachedUserAttributes", 38, "a", "session"],
  ["_hjClosedSurveyInvites", 38, "a", "365 days"],
  ["_hjCookieTest", 38, "c", "Session"],
  ["_hjDonePolls", 38, "a", "365 days"],
  ["_hjDoneTestersWidgets", 38, "a", "365 days"],
  ["_hjFirstSeen", 38, "c", "30 minutes"],
  ["_hjHasCachedUserAttributes", 38, "a", "365 days"],
  ["_hjIncludedInPageviewSample", 38, "c", "30 minutes"],
  ["_hjIncludedInSample", 38, "a", "365 days"],
  ["_hjIncludedInSessionSample", 38, "c*", "30 minutes"],
  ["_hjLocalStorageTest", 38, "c", ""],
  ["_hjMinimizedPolls", 38, "a", "365 days"],
  ["_hjMinimizedTestersWidgets", 38, "a", "365 days"],
  ["_hjSessionRejected", 38, "c", "session"],
  ["_hjSessionResumed", 38, "c", "session"],
  ["_hjSessionStorageTest", 38, "c", "Session"],
  ["_hjSessionTooLarge", 38, "c", "session"],
  ["_hjSessionUser_", 38, "c*", "365 days"],
  ["_hjSession_", 38, "c*", "30 minutes"],
  ["_hjShownFeedbackMessage", 38, "a", "365 days"],
  ["_hjTLDTest", 38, "c", "session"],
  ["_hjUserAttrbutesHash", 316, "a", "2 minutes"],
  ["_hjUserAttributes", 316, "a", "no expiration"],
  ["_hjUserAttributesHash", 38, "c", "session"],
  ["_hjasCachedUserAttributes", 316, "a", "Session"],
  ["_hjid", 38, "a", "365 days"],
  ["_hjptid", 38, "c", "session"],
  ["_hp2_hld", 316, "a", "Session"],
  ["_hp2_id", 329, "a", "14 months"],
  ["_hp2_ses_props", 329, "a", "14 months"],
  ["_hp5_event_props.", 316, "a*", "13 months"],
  ["_hp5_meta.", 316, "a*", "13 months"],
  ["_iub_cs-", 209, "c*", "1 year"],
  ["_kuid_", 244, "m", "6 months"],
  ["_landing_page", 116, "m", "2 years"],
  ["_lcc", 86, "m", "15 minutes"],
  ["_lfa", 140, "m", "2 years"],
  ["_li_id", 161, "m*", "1 year"],
  ["_li_ses", 161, "m*", "1 year"],
  ["_li_ss", 72, "m", "1 month"],
  ["_ljtrtb_", 95, "m*", "1 year"],
  ["_lo_bn", 211, "c", "30 days"],
  ["_lo_cid", 211, "c", "Session"],
  ["_lo_np_", 211, "c*", "30 days"],
  ["_lo_rid", 211, "a", "30 minutes"],
  ["_lo_uid", 211, "a", "2 years"],
  ["_lo_v", 211, "a", "1 year"],
  ["_lv", 295, "a*", "180 days"],
  ["_mailmunch_visitor_id", 135, "m", "1 year"],
  ["_mb", 102, "m", "session"],
  ["_mkto_trk", 110, "m", "729 days"],
  ["_nrbi", 295, "a", "180 days"],
  ["_octo", 317, "a", "1 Year"],
  ["_omappvp", 139, "m", "1 day"],
  ["_omappvs", 139, "m", "1 day"],
  ["_opt_awcid", 8, "a", "24 hours"],
  ["_opt_awgid", 8, "a", "24 hours"],
  ["_opt_awkid", 8, "a", "24 hours"],
  ["_opt_awmid", 8, "a", "24 hours"],
  ["_opt_expid", 8, "a", "10 seconds"],
  ["_orig_referrer", 116, "m", "2 years"],
  ["_pangle", 277, "m", "13 months"],
  ["_parsely_session", 311, "c", "30 minutes"],
  ["_parsely_slot_click", 311, "c", "Session"],
  ["_parsely_tpa_blocked", 311, "c", "12 hours"],
  ["_parsely_visitor", 311, "c", "13 months"],
  ["_pbjs_userid_consent_data", 238, "c", "30 days"],
  ["_pcid", 257, "c", "13 months"],
  ["_pctx", 257, "c", "13 months"],
  ["_pcus", 257, "m", "2 years"],
  ["_pin_unauth", 97, "m", "1 day"],
  ["_pinterest_cm", 97, "c", "347 days"],
  ["_pinterest_ct", 97, "m", "1 year"],
  ["_pinterest_ct_rt", 97, "m", "1 year"],
  ["_pinterest_ct_ua", 97, "m", "session"],
  ["_pinterest_sess", 97, "c", "session"],
  ["_pk_cvar", 107, "a", "3 years"],
  ["_pk_hsr", 107, "a*", "30 minutes"],
  ["_pk_id", 107, "a*", "13 months"],
  ["_pk_id.", 150, "a*", "13 Months"],
  ["_pk_ref", 107, "a*", "6 months"],
  ["_pk_ses", 107, "a*", "30 minutes"],
  ["_pk_ses.", 150, "a*", "30 minutes"],
  ["_pk_testcookie", 107, "a*", "session"],
  ["_pprv", 257, "c", "13 months"],
  ["_rails_session", 341, "n", "Session"],
  ["_rd_experiment_version", 322, "m", "1 Year"],
  ["_rd_wa_first_session", 322, "m*", "30 minutes"],
  ["_rd_wa_id", 322, "m*", "30 minutes"],
  ["_rd_wa_ses_id", 322, "m*", "30 minutes"],
  ["_rdlps_pp", 322, "m", "6 months"],
  ["_rdt_uuid", 124, "m", "90 days"],
  ["_rdtrk", 322, "m", "1 Year"],
  ["_routing_id", 97, "m", "1 day"],
  ["_rp_uid", 335, "c", "30 days"],
  ["_rxuuid", 61, "m", "1 year"],
  ["_s", 116, "a", "2 years"],
  ["_s", 295, "a*", "Session"],
  ["_schn", 130, "m", "1 day"],
  ["_scid", 130, "m", "1 year"],
  ["_scid_r", 130, "m", "13 months"],
  ["_secure_account_session_id", 116, "c", "30 Days"],
  ["_secure_session_id", 116, "c", "session"],
  ["_shopify_country", 116, "c", "session"],
  ["_shopify_d", 116, "a", "Session"],
  ["_shopify_essential", 116, "c", "1 year"],
  ["_shopify_essential_", 116, "c*", "1 year"],
  ["_shopify_fs", 116, "a", "2 years"],
  ["_shopify_ga", 116, "a", "Session"],
  ["_shopify_m", 116, "c", "1 year"],
  ["_shopify_s", 116, "a", "2 years"],
  ["_shopify_sa_p", 116, "a", "30 minutes"],
  ["_shopify_sa_t", 116, "m", "2 years"],
  ["_shopify_tm", 116, "c", "30 minutes"],
  ["_shopify_tw", 116, "c", "2 weeks"],
  ["_shopify_u", 116, "c", "2 years"],
  ["_shopify_uniq", 116, "a", "2 years"],
  ["_shopify_visit", 116, "a", "2 years"],
  ["_shopify_y", 116, "a", "2 years"],
  ["_sid", 244, "c*", "session"],
  ["_simplex", 304, "c", "1 Year"],
  ["_sn_a", 183, "a", "1 year"],
  ["_sn_m", 183, "m", "1 year"],
  ["_sn_n", 183, "c", "1 year"],
  ["_sp_id.", 153, "a*", "2 years"],
  ["_sp_root_domain_test_", 322, "m", "Session"],
  ["_sp_ses.", 153, "a*", "30 minutes"],
  ["_sp_wa_first_session", 322, "m*", "30 minutes"],
  ["_sp_wa_id", 322, "m*", "30 minutes"],
  ["_sp_wa_ses_id", 322, "m*", "30 minutes"],
  ["_splunk_rum_sid", 249, "c", "15 minutes"],
  ["_spring_KmMlAnyoneDraftArticlesList", 244, "c*", "1 day"],
  ["_spring_KmMlArchivedArticlesList", 244, "c*", "1 day"],
  ["_spring_KmMlMyDraftArticlesList", 244, "c*", "1 day"],
  ["_spring_KmMlMyDraftTranslationsList", 244, "c*", "1 day"],
  ["_spring_KmMlPublishedArticlesList", 244, "c*", "1 day"],
  ["_spring_KmMlPublishedTranslationsList", 244, "c*", "1 day"],
  ["_ssc", 278, "m", "1 day"],
  ["_ssp_update_time", 297, "m*", "2 years"],
  ["_stg_optout", 150, "a", "365 days"],
  ["_storefront_u", 116, "c", "1 minute"],
  ["_tb_sess_r", 74, "c", "30 minutes"],
  ["_tb_t_ppg", 74, "m", "30 minutes"],
  ["_tmae", 86, "m", "1 year"],
  ["_tracking_consent", 116, "m", "2 years"],
  ["_tt_enable_cookie", 188, "m", "389 days"],
  ["_ttp", 188, "m", "389 days"],
  ["_twitter_sess", 27, "m", "Session"],
  ["_u", 21, "m", "13 months"],
  ["_uetsid", 21, "m", "30 minutes"],
  ["_uetvid", 21, "m", "16 days"],
  ["_ut", 295, "a*", "30 days"],
  ["_vercel_", 353, "c*", "Varies"],
  ["_vf_rd_test", 293, "c*", "1 second"],
  ["_vfa", 293, "a", "1 year"],
  ["_vfb", 293, "a", "30 minutes"],
  ["_vfz", 293, "a", "6 minutes"],
  ["_vis_opt_exp_", 131, "c*", "100 days"],
  ["_vis_opt_s", 131, "c", "100 days"],
  ["_vis_opt_test_cookie", 131, "c", "100 days"],
  ["_vwo_ds", 131, "a", "2 months"],
  ["_vwo_referrer", 131, "a", "session"],
  ["_vwo_sn", 131, "a", "1 day"],
  ["_vwo_ssm", 131, "c", "10 years"],
  ["_vwo_uuid", 131, "c", "1 year"],
  ["_vwo_uuid_v2", 131, "c", "1 year"],
  ["_wepublishGa", 109, "a", "2 years"],
  ["_wepublishGa_gid", 109, "a", "24 hours"],
  ["_wixCIDX", 115, "c", "3 months"],
  ["_wix_browser_sess", 115, "c", "session"],
  ["_y", 116, "a", "2 years"],
  ["_yasc", 243, "a", "10 Years"],
  ["_ym_d", 243, "a", "1 year"],
  ["_ym_debug", 243, "c", "session"],
  ["_ym_hostIndex", 243, "c", "1 day"],
  ["_ym_isad", 243, "a", "2 days"],
  ["_ym_metrika_enabled", 243, "a", "60 minutes"],
  ["_ym_uid", 243, "a", "1 year"],
  ["_ym_visorc_", 243, "a*", "30 minutes"],
  ["_zdsession_talk_embeddables_service", 298, "c", "Session"],
  ["_zdshared_user_session_analytics", 298, "a", "90 days"],
  ["_zendesk_authenticated", 298, "c", "Session"],
  ["_zendesk_cookie", 298, "c", "1 year"],
  ["_zendesk_nps_session", 298, "c", "Session"],
  ["_zendesk_session", 298, "c", "8 hours"],
  ["_zendesk_shared_session", 298, "c", "8 hours"],
  ["a0_users:sess", 190, "n", "session"],
  ["a0_users:sess.sig", 190, "n", "session"],
  ["a69k21bb", 324, "c", "Session"],
  ["aam_uuid", 17, "m", "1 month"],
  ["ab", 84, "m", "1 year"],
  ["ab._gd", 206, "c", "Unknown"],
  ["ab.optOut", 206, "c", "Unknown"],
  ["ab.storage.deviceId.", 206, "a*", "Unknown"],
  ["ab.storage.sessionId.", 206, "a*", "Session"],
  ["ab.storage.userId.", 206, "c*", "Unknown"],
  ["abLdr", 74, "a", "3 hours"],
  ["abMbl", 74, "a", "3 hours"],
  ["abiRedirect", 44, "c", "Session"],
  ["ablyft_exps", 283, "a", "1 year"],
  ["ablyft_queue", 283, "a", "1 year"],
  ["ablyft_tracking_consent", 283, "a", "1 year"],
  ["ablyft_uvs", 283, "a", "1 year"],
  ["aboutads_sessNNN", 6, "n", "30 minutes"],
  ["ac_L", 44, "c", "180 days"],
  ["ac_LD", 44, "c", "180 days"],
  ["ac_enable_tracking", 39, "m", "29 days"],
  ["acalltracker", 165, "m", "30 days"],
  ["acalltrackernumber", 165, "m", "30 minutes"],
  ["acalltrackerreferrer", 165, "a", "60 minutes"],
  ["acalltrackersession", 165, "c", "session"],
  ["activeView", 244, "c", "session"],
  ["active_template::", 194, "c*", "2 days"],
  ["ad-id", 47, "m", "190 days"],
  ["ad-privacy", 47, "m", "5 years"],
  ["ad2", 20, "m", "13 months"],
  ["adaptv_unique_user_cookie", 144, "m", "1 year"],
  ["adcloud", 86, "m", "1 year"],
  ["adform_uid", 227, "m", "7 days"],
  ["adformfrpid", 18, "m", "30 days"],
  ["adhese2", 227, "a", "30 days"],
  ["adheseCustomer", 227, "m", "7 days"],
  ["adrl", 49, "m", "4 months"],
  ["ads_prefs", 27, "m", "2 years"],
  ["adsrcvw1", 144, "m", "1 year"],
  ["adtrc", 18, "m", "7 days"],
  ["advst_uid_11", 79, "m", "6 months"],
  ["adx_ts", 113, "m", "1 year"],
  ["ahoy_visit", 189, "a", "239 days"],
  ["ahoy_visitor", 189, "a", "239 days"],
  ["ai_session", 23, "c", "Session"],
  ["ai_user", 23, "c", "1 year"],
  ["ajs_anonymous_id", 82, "a", "1 year"],
  ["ajs_group_id", 82, "a", "1 year"],
  ["ajs_user_id", 82, "a", "1 year"],
  ["ak_bmsc", 156, "c", "1 hour or longer"],
  ["aks", 19, "m", "30 days"],
  ["aksb", 19, "m", "30 minutes"],
  ["algoliasearch-client-js", 301, "c", "3650 days"],
  ["all_u_b", 44, "c", "21 days"],
  ["alohaEpt", 244, "c", "90 sec"],
  ["am-uid", 94, "m", "2 years"],
  ["am_tokens", 288, "m", "14 days"],
  ["am_tokens_invalidate-verizon-pushes", 288, "m", "14 days"],
  ["amplitude_cookie_test", 318, "a", "Session"],
  ["amplitude_id", 82, "m*", "1 year"],
  ["amplitude_id_", 318, "a*", "Session"],
  ["amplitude_test", 318, "a*", "Session"],
  ["aniC", 285, "m", "20 Days"],
  ["anj", 127, "m", "90 days"],
  ["apbct_", 184, "c*", "Session"],
  ["apbct_antibot", 184, "c", "session"],
  ["apbct_cookies_test", 184, "c", "Session"],
  ["apex__EmailAddress", 244, "m", "1 year"],
  ["apiDomain_", 223, "m*", "12 months"],
  ["api_token", 301, "c", "3652 days"],
  ["apnxs", 49, "m", "4 months"],
  ["appLang", 44, "c", "Session"],
  ["appName", 44, "c", "Session"],
  ["app_manifest_token", 317, "c", "5 minutes"],
  ["app_ts", 113, "m", "1 year"],
  ["appnexus_uid", 227, "m", "7 days"],
  ["ar_debug", 14, "m", "Persistent"],
  ["arcki2", 182, "m*", "14 days"],
  ["arcki2_adform", 182, "m", "14 days"],
  ["arcki2_ddp", 182, "m", "14 days"],
  ["at_check", 17, "c", "session"],
  ["atidvisitor", 191, "a", ""],
  ["attribution_user_id", 328, "m", "1 year"],
  ["atuserid", 191, "a", ""],
  ["audience", 142, "m", "1 year"],
  ["audit", 222, "m", "1 year"],
  ["audit_p", 222, "m", "1 year"],
  ["auid", 282, "m", "1 year"],
  ["aum", 282, "m", "1 year"],
  ["auraBrokenDefGraph", 244, "a", "1 week"],
  ["auth-token", 301, "c", "Session"],
  ["auth0", 190, "c", "session"],
  ["auth0-mf", 190, "c", "session"],
  ["auth0-mf_compat", 190, "c", "session"],
  ["auth0_compat", 190, "c", "session"],
  ["auth_token", 27, "m", "2 years"],
  ["autocomplete", 244, "c", "60 days"],
  ["avcid-", 236, "m*", "90 days"],
  ["aw_popup_viewed_page", 336, "c", "session"],
  ["aws-csds-token", 46, "c", "1 hour"],
  ["aws-priv", 46, "c", "1 Year"],
  ["aws-target-visitor-id", 46, "a", "1 Year"],
  ["aws_lang", 46, "c", "Session"],
  ["axeptio_all_vendors", 212, "c", "1 year"],
  ["axeptio_authorized_vendors", 212, "c", "1 year"],
  ["axeptio_cookies", 212, "c", "1 year"],
  ["axids", 144, "m", "1 year"],
  ["b925d32c", 324, "c", "Session"],
  ["bSession", 115, "c", "30 minutes"],
  ["barometric[cuid]", 260, "m", "1 year"],
  ["barometric[idfa]", 260, "m", "10 seconds"],
  ["bbcpsessionhash", 203, "c", "Session"],
  ["bblastactivity", 203, "c", "1 year"],
  ["bblastvisit", 203, "c", "1 year"],
  ["bbnp_notices_displayed", 203, "c", "1 year"],
  ["bbpassword", 203, "c", "Unknown"],
  ["bbsessionhash", 203, "c", "Session"],
  ["bbsitebuilder_active", 203, "c", "Unknown"],
  ["bbuserid", 203, "c", "Unknown"],
  ["bc_tstgrp", 176, "m", "1 year"],
  ["bcookie", 44, "m", "1 year"],
  ["bdswch", 49, "m", "3 months"],
  ["be_lastLoginProvider", 230, "c", "session"],
  ["be_typo_user", 230, "c", "session"],
  ["belco-anonymous-id", 174, "c", "1 year"],
  ["belco-cookies", 174, "c", "1 year"],
  ["betweendigital.com", 68, "m", "10 years"],
  ["bh", 243, "a", "1 Year"],
  ["bito", 280, "m", "1 year"],
  ["bitoIsSecure", 280, "m", "1 year"],
  ["bkdc", 85, "m", "179 days"],
  ["bkpa", 85, "m", "179 days"],
  ["bku", 85, "m", "179 days"],
  ["bm_sv", 156, "c", "1 hour or longer"],
  ["borlabs-cookie", 213, "c", "1 year"],
  ["bounceClientVisit", 292, "m", "Session"],
  ["brcap", 21, "c", "1 year"],
  ["browserupdateorg", 169, "c", "30 days"],
  ["brwsr", 44, "m", "2 years"],
  ["bscookie", 44, "m", "1 year"],
  ["buid", 22, "c", "1 month"],
  ["c", 222, "m", "1 month"],
  ["c-plan", 321, "a", "Session"],
  ["c-referrer", 321, "a", "Session"],
  ["c-signup", 321, "a", "Session"],
  ["cX_G", 257, "m", "13 months"],
  ["cX_P", 257, "a", "13 months"],
  ["c_user", 19, "m", "90 days"],
  ["caPanelState", 244, "c", "session"],
  ["calViewState", 244, "a", "session"],
  ["callback", 54, "m", "1 day"],
  ["camfreq_", 52, "m*", "30 days"],
  ["campaign_click_url", 19, "m", "30 days"],
  ["camptix_client_stats", 207, "a", "1 year"],
  ["cap", 227, "m*", "30 days"],
  ["car", 54, "m", "1 day"],
  ["card_update_verification_id", 116, "c", "20 minutes"],
  ["cart_currency", 116, "c", "14 days"],
  ["cart_sig", 116, "c", "14 days"],
  ["cart_ts", 116, "c", "14 days"],
  ["cart_ver", 116, "c", "2 weeks"],
  ["cb-currency", 1, "c", "Session"],
  ["cc-", 128, "c*", "session"],
  ["ccec_user", 31, "m", "1 year"],
  ["ccookie", 44, "c", "20 minutes"],
  ["cct", 67, "m", "session"],
  ["ce_login", 302, "c", "1 year"],
  ["ce_need_secure_cookie", 302, "a", "1 second"],
  ["ce_sid", 302, "c", "Session"],
  ["ce_signup_flow", 302, "c", "1 year"],
  ["ce_signup_partner", 302, "m", "1 year"],
  ["ce_successful_csp_check", 302, "a", "24 hours"],
  ["ceac", 302, "c", "1 year"],
  ["cean", 302, "c", "1 month"],
  ["cean_assoc", 302, "c", "1 month"],
  ["cebs", 302, "a", "Session"],
  ["cebsp_", 302, "a", "Session"],
  ["cecu", 302, "c", "Session"],
  ["ceft_variant_override", 302, "a", "Session"],
  ["cehc", 302, "c", "Session"],
  ["celi", 302, "c", "Session"],
  ["centralnotice_bucket", 281, "a", "session"],
  ["cf", 54, "m", "1 day"],
  ["cf_chl_2", 34, "c", "session"],
  ["cf_chl_rc_i", 35, "c", "session"],
  ["cf_chl_rc_m", 35, "c", "session"],
  ["cf_chl_rc_ni", 35, "c", "session"],
  ["cf_clearance", 34, "c", "session"],
  ["cf_ob_info", 35, "c", "session"],
  ["cf_use_ob", 35, "c", "session"],
  ["cfid", 64, "c", "1 day"],
  ["cftoken", 64, "c", "1 day"],
  ["cgq80xhu", 324, "c", "Session"],
  ["chat_rules_shown", 301, "c", "3650 days"],
  ["checkout_prefill", 116, "c", "5 minutes"],
  ["checkout_queue_token", 116, "c", "1 Year"],
  ["checkout_session_lookup", 116, "c", "3 weeks"],
  ["checkout_session_token", 116, "c*", "3 weeks"],
  ["checkout_session_token_", 116, "c*", "3 weeks"],
  ["checkout_token", 116, "c", "14 days"],
  ["checkout_worker_session", 116, "c", "3 days"],
  ["childinfo", 21, "m", "5 years"],
  ["chk", 52, "c", "3 months"],
  ["chkChromeAb67", 52, "c", "3 months"],
  ["chkChromeAb67Sec", 52, "c", "3 months"],
  ["chkSecSet", 52, "c", "3 months"],
  ["chp_token", 44, "c", "Session"],
  ["ci_session", 158, "c", "session"],
  ["cid", 18, "m", "60 days"],
  ["cioFT", 232, "m", "1 year"],
  ["cioLT", 232, "m", "1 year"],
  ["cip", 54, "m", "1 day"],
  ["cjae", 239, "m", "1 month"],
  ["ckid", 309, "m", "1 Year"],
  ["ckies_functional", 167, "c", "1 year"],
  ["ckies_marketing", 167, "c", "1 year"],
  ["ckies_necessary", 167, "c", "1 year"],
  ["ckies_performance", 167, "c", "1 year"],
  ["cky-action", 245, "c", "1 year"],
  ["cky-consent", 245, "c", "1 year"],
  ["clerk_", 345, "n*", "Varies"],
  ["cli_user_preference", 149, "c", "1 year"],
  ["client-session-bind", 115, "c", "session"],
  ["clientSrc", 244, "c", "session"],
  ["client_bslstaid", 272, "a", "540 days"],
  ["client_bslstmatch", 272, "a", "1 day"],
  ["client_bslstsid", 272, "a", "1 day"],
  ["client_bslstuid", 272, "a", "540 days"],
  ["cmp", 144, "m", "1 year"],
  ["cmplz_banner-status", 217, "c", "1 year"],
  ["cmplz_choice", 217, "c", "1 year"],
  ["cmplz_consented_services", 217, "c", "1 year"],
  ["cmplz_functional", 217, "c", "1 year"],
  ["cmplz_id", 217, "c", "1 year"],
  ["cmplz_marketing", 217, "c", "1 year"],
  ["cmplz_policy_id", 217, "c", "1 year"],
  ["cmplz_preferences", 217, "c", "1 year"],
  ["cmplz_saved_categories", 217, "c", "1 year"],
  ["cmplz_saved_services", 217, "c", "1 year"],
  ["cmplz_statistics", 217, "c", "1 year"],
  ["cmplz_stats", 217, "c", "1 year"],
  ["cmplz_user_data", 217, "c", "1 year"],
  ["cnac", 54, "m", "1 day"],
  ["cnfq", 70, "m", "360 minutes"],
  ["codepen_session", 312, "c", "29 days"],
  ["codepen_signup_referrer", 312, "c", "1 year"],
  ["codepen_signup_referrer_date", 312, "c", "1 year"],
  ["codexToken", 207, "c", "6 months"],
  ["codexUserId", 207, "c", "6 months"],
  ["codexUserName", 207, "c", "6 months"],
  ["cognito.organization", 321, "a", "Session"],
  ["cognito.services.a", 321, "a", "Session"],
  ["color_mode", 317, "c", "Session"],
  ["comment_author_", 207, "c*", "347 days"],
  ["comment_author_url_", 207, "c*", "347 days"],
  ["compass_sid", 295, "a", "Session"],
  ["compass_uid", 295, "a", "180 days"],
  ["complianz_consent_status", 217, "c", "1 year"],
  ["complianz_policy_id", 217, "c", "1 year"],
  ["componentStyle", 104, "c", "session"],
  ["componentType", 104, "c", "session"],
  ["connect.sid", 298, "c", "Session"],
  ["consent-policy", 115, "c", "12 months"],
  ["consentUUID", 1, "c", "1 year"],
  ["continuous_play_v3", 119, "c", "2 years"],
  ["cookie-consent-io", 31, "c", "1 year"],
  ["cookie-consent-io-gdpr", 31, "c", "1 year"],
  ["cookie-consent-io-timestamp", 31, "c*", "30 days"],
  ["cookie.policy.banner.eu", 44, "c", "365 days"],
  ["cookie.policy.banner.nl", 44, "c", "365 days"],
  ["cookieJartestCookie", 49, "m", "1 day"],
  ["cookiePreferences", 0, "c", "2 years"],
  ["cookieSettingVerified", 244, "c", "session"],
  ["cookie_notice_accepted", 218, "c", "3 months"],
  ["cookieconsent_level", 2, "c", "1 year"],
  ["cookieconsent_page", 214, "c", "session"],
  ["cookieconsent_seen", 2, "c", "1 year"],
  ["cookieconsent_status", 214, "c", "1 year"],
  ["cookieconsent_system", 2, "c", "1 year"],
  ["cookieconsent_variant", 2, "c", "1 year"],
  ["cookiefirst-consent", 208, "c", "1 year"],
  ["cookielawinfo-checkbox-advertisement", 149, "c", "11 months"],
  ["cookielawinfo-checkbox-analytics", 149, "c", "11 months"],
  ["cookielawinfo-checkbox-functional", 149, "c", "11 months"],
  ["cookielawinfo-checkbox-marketing", 149, "c", "11 months"],
  ["cookielawinfo-checkbox-necessary", 149, "c", "11 months"],
  ["cookielawinfo-checkbox-non-necessary", 149, "c", "11 months"],
  ["cookielawinfo-checkbox-others", 149, "c", "11 months"],
  ["cookielawinfo-checkbox-performance", 149, "c", "11 months"],
  ["cookielawinfo-checkbox-preferences", 149, "c", "1 year"],
  ["cookies-analytics", 338, "c", "1 year"],
  ["cookies-functional", 338, "c", "1 year"],
  ["cookies-marketing", 338, "c", "1 year"],
  ["cookies-preferences", 338, "c", "1 year"],
  ["cookies_accepted", 3, "m", "1 year"],
  ["cookieyes-advertisement", 245, "c", "1 year"],
  ["cookieyes-analytics", 245, "c", "1 year"],
  ["cookieyes-consent", 245, "c", "1 year"],
  ["cookieyes-functional", 245, "c", "1 year"],
  ["cookieyes-necessary", 245, "c", "1 year"],
  ["cookieyes-performance", 245, "c", "1 year"],
  ["cookieyesID", 245, "c", "1 year"],
  ["cookieyes_privacy_policy_generator_session", 245, "c", "2 hours"],
  ["cookieyes_session", 245, "c", "2 hours"],
  ["cordovaVersion", 244, "c", "session"],
  ["cqcid", 244, "c", "1 year"],
  ["cref", 147, "m", "13 months"],
  ["crisp-client/", 346, "c*", "6 months"],
  ["criteo", 49, "m", "1 months"],
  ["cs", 327, "m", "1 year"],
  ["csfq", 70, "m", "6 hours"],
  ["csm", 19, "m", "90 days"],
  ["csrf-canary", 82, "n", "session"],
  ["csrf_same_site", 27, "n", "2 years"],
  ["csrf_same_site_set", 27, "n", "2 years"],
  ["csssid", 244, "c", "session"],
  ["csssid_Client", 244, "c", "session"],
  ["csync", 70, "m", "1 day"],
  ["ct0", 27, "m", "2 years"],
  ["ct_", 184, "c*", "Session"],
  ["ct_check_js", 184, "c", "session"],
  ["ct_fkp_timestamp", 184, "c", "session"],
  ["ct_has_scrolled", 184, "c", "session"],
  ["ct_pointer_data", 184, "c", "session"],
  ["ct_ps_timestamp", 184, "c", "session"],
  ["ct_sfw_", 184, "c", "Session"],
  ["ct_timezone", 184, "c", "Session"],
  ["ctkgen", 29, "a", "1 day"],
  ["customer_account_locale", 116, "c", "1 year"],
  ["customer_account_new_login", 116, "c", "24 hours"],
  ["customer_account_preview", 116, "c", "7 days"],
  ["customer_payment_method", 116, "c", "1 hour"],
  ["customer_shop_pay_agreement", 116, "c", "1 hour"],
  ["d", 147, "m", "13 months"],
  ["data-", 237, "m*", "1 year"],
  ["datatricsDebugger", 108, "m", "undefined"],
  ["datatrics_customData", 108, "m", "undefined"],
  ["datatrics_optin", 108, "m", "undefined"],
  ["datr", 19, "m", "2 years"],
  ["dbln", 19, "m", "2 years"],
  ["dc", 172, "m", "10 years"],
  ["ddid", 19, "m", "28 days"],
  ["demdex", 17, "m", ""],
  ["denial-client-ip", 44, "c", "5 seconds"],
  ["denial-reason-code", 44, "c", "5 seconds"],
  ["deuxesse_uxid", 275, "m", "29 days"],
  ["devOverrideCsrfToken", 244, "n", "session"],
  ["devicePixelRatio", 207, "c", "1 year"],
  ["device_id", 301, "c", "3650 days"],
  ["dextp", 17, "m", ""],
  ["df_ts", 44, "a", "1 day"],
  ["dgzsdl08v4", 292, "m", "0 days"],
  ["dicbo_id", 49, "m", "1 day"],
  ["did", 190, "c", "session"],
  ["did_compat", 190, "c", "session"],
  ["didomi_token", 210, "c", "1 year"],
  ["digitalAudience", 137, "m", "Unlimited"],
  ["disco", 244, "c", "session"],
  ["discount_code", 116, "c", "Session"],
  ["django_language", 13, "c", "Session"],
  ["dm_last_page_view", 267, "a", "1 year"],
  ["dm_last_visit", 267, "a", "1 year"],
  ["dm_this_page_view", 267, "a", "1 year"],
  ["dm_timezone_offset", 267, "a", "15 days"],
  ["dm_total_visits", 267, "a", "1 year"],
  ["dnt", 27, "m", "2 years"],
  ["done_redirects", 201, "m*", "1 day"],
  ["dotcom_user", 317, "c", "1 Year"],
  ["dpm", 17, "m", "180 days"],
  ["drift_", 347, "c*", "2 years"],
  ["ds_user_id", 310, "m", "3 months"],
  ["dsps:", 101, "m*", "90 days"],
  ["dst", 17, "m", ""],
  ["dt", 300, "m", "1 year"],
  ["dtCookie", 324, "a*", "Session"],
  ["dtDisabled", 324, "a", "Session"],
  ["dtLatC", 324, "a*", "Session"],
  ["dtPC", 324, "a*", "Session"],
  ["dtSa", 324, "a", "Session"],
  ["dtValidationCookie", 324, "a", "Session"],
  ["dtm_gdpr_delete", 239, "m", "30 days"],
  ["dtm_gpc_optout", 239, "m", "30 days"],
  ["dtm_tcdata", 239, "m", "1 day"],
  ["dtm_tcdata_exp", 239, "m", "session"],
  ["dtm_token", 239, "m", "13 months"],
  ["dtm_token_exp", 239, "m", "session"],
  ["dtm_token_sc", 239, "m", "13 months"],
  ["dtm_user_id", 239, "m", "13 months"],
  ["dtm_user_id_sc", 239, "m", "13 months"],
  ["duid_update_time", 297, "m", "2 years"],
  ["dy_fs_page", 308, "c", "Session"],
  ["dynamic_checkout_shown_on_cart", 116, "c", "30 minutes"],
  ["dyncdn", 70, "c", "1 day"],
  ["easysize_button_loaded_for_user", 195, "c", "session"],
  ["edgebucket", 124, "m", "2 years"],
  ["edsid", 284, "m", "1 year"],
  ["enable-compact-scene-listing", 301, "c", "3650 days"],
  ["enforce_policy", 197, "c", "1 year"],
  ["enterprise_trial_redirect_to", 317, "c", "5 minutes"],
  ["ep", 276, "m", "1 year"],
  ["ep201", 248, "c", "30 minutes"],
  ["ep202", 248, "c", "1 year"],
  ["esctx", 22, "c", "session"],
  ["esctx-", 25, "c*", "session"],
  ["eu_cn", 27, "m", "2 years"],
  ["euconsent", 114, "m", "1 year"],
  ["euconsent", 221, "c*", "session"],
  ["euconsent-v2", 210, "c", "1 year"],
  ["europe", 49, "m", "1 hour"],
  ["ev_sync_ax", 86, "m", "1 year"],
  ["ev_sync_bk", 86, "m", "1 year"],
  ["ev_sync_dd", 86, "m", "1 year"],
  ["ev_sync_fs", 86, "m", "1 year"],
  ["ev_sync_ix", 86, "m", "1 year"],
  ["ev_sync_nx", 86, "m", "1 year"],
  ["ev_sync_ox", 86, "m", "1 year"],
  ["ev_sync_pm", 86, "m", "1 year"],
  ["ev_sync_rc", 86, "m", "1 year"],
  ["ev_sync_tm", 86, "m", "1 year"],
  ["ev_sync_yh", 86, "m", "1 year"],
  ["ev_tm", 86, "m", "2 years"],
  ["everest_g_v2", 86, "m", "2 years"],
  ["everest_session_v2", 86, "m", "session"],
  ["excludecalltracking", 165, "c", "session"],
  ["expid_", 244, "m*", "session"],
  ["external_no_cache", 100, "c", "session"],
  ["external_referer", 27, "m", "2 years"],
  ["ezds", 194, "c", "1 year"],
  ["ezoab_", 194, "c*", "2 hours"],
  ["ezoadgid_", 194, "a*", "30 minutes"],
  ["ezoawesome_", 194, "c*", "Unknown"],
  ["ezohw", 194, "c", "1 year"],
  ["ezopvc_", 194, "a*", "30 minutes"],
  ["ezoref_", 194, "a*", "2 hours"],
  ["ezostid_", 194, "c*", "Unknown"],
  ["ezosuibasgeneris-1", 194, "m", "1 year"],
  ["ezosuigeneris", 194, "m*", "1 year"],
  ["ezouid_", 194, "a*", "Unknown"],
  ["ezovid_", 194, "a*", "30 minutes"],
  ["ezovuuid_", 194, "a*", "30 minutes"],
  ["ezovuuidtime_", 194, "a*", "2 days"],
  ["ezux_et_", 194, "a*", "Unknown"],
  ["ezux_ifep_", 194, "a*", "Unknown"],
  ["ezux_lpl_", 194, "a*", "Unknown"],
  ["ezux_tos_", 194, "a*", "Unknown"],
  ["f5_cspm", 52, "a", "Session"],
  ["f_token", 44, "c", "3 minutes"],
  ["fastclick", 240, "c", "10 years"],
  ["fbm_", 310, "m*", "1 year"],
  ["fcookie", 44, "c", "7 days"],
  ["fe_typo_user", 230, "c", "session"],
  ["fedops.logger.sessionId", 115, "c", "12 months"],
  ["feed-sort", 44, "c", "1 day"],
  ["fid", 16, "a", "2 years"],
  ["fileTreeExpanded", 317, "c", "30 days"],
  ["first_snapshot_url", 302, "c", "1 year"],
  ["fl_inst", 20, "m", "7 days"],
  ["fonts-loaded", 76, "c", "30 days"],
  ["force-proxy-stream", 244, "c", "3 hours"],
  ["force-stream", 244, "c", "3 hours"],
  ["form_key", 100, "n", "session"],
  ["fpc", 22, "c", "session"],
  ["fpestid", 221, "c", "13 months"],
  ["fr", 19, "m", "90 days"],
  ["frontend", 100, "c", "session"],
  ["ftid", 284, "m", "1 year"],
  ["g", 315, "m", "364 days"],
  ["gTalkCollapsed", 244, "c", "1 year"],
  ["g_enabled_idps", 3, "c", "1 year"],
  ["gac", 3, "m", "90 days"],
  ["gac_", 223, "c*", "session"],
  ["gckp", 257, "m", "12 months"],
  ["gcl", 3, "m", "90 days"],
  ["gdpr", 54, "c", "1 day"],
  ["gdpr_status", 237, "m", "6 months"],
  ["ghcc", 317, "c", "180 days"],
  ["gid", 70, "m", "13 months"],
  ["gig3pc", 223, "c", "2 days"],
  ["gig3pctest", 223, "c", "session"],
  ["gig_bootstrap_", 223, "m*", "12 months"],
  ["gig_canary", 223, "c", "12 months"],
  ["gig_canary_3", 223, "c*", "12 months"],
  ["gig_canary_ver", 223, "c*", "12 months"],
  ["gig_hasGmid", 223, "m", "12 months"],
  ["gig_last_ver_", 223, "c*", "12 months"],
  ["gig_loginToken_", 223, "c*", "12 months"],
  ["gig_toggles", 223, "c", "session"],
  ["gist_oauth_csrf", 317, "n", ""],
  ["gist_user_session", 317, "c", "2 Weeks"],
  ["glnk", 223, "c", "session"],
  ["glt_", 223, "c*", "12 months"],
  ["gltexp_", 223, "c*", "session"],
  ["gmid", 223, "m", "12 months"],
  ["gpp", 54, "c", "Session"],
  ["gst", 223, "c", "30 Minutes"],
  ["gt", 27, "m", "1 year"],
  ["guest-view", 100, "c", "session"],
  ["guest_id", 27, "m", "2 years"],
  ["guest_id_ads", 27, "m", "2 years"],
  ["guest_id_marketing", 27, "m", "2 years"],
  ["guest_uuid_essential_", 244, "c*", "1 year"],
  ["hasGmid", 223, "m", "13 months"],
  ["has_js", 138, "c", "session"],
  ["has_recent_activity", 317, "c", "1 Hour"],
  ["hash", 309, "m", "1 Year"],
  ["help_center_data", 298, "c", "48 hours"],
  ["hideDevelopmentTools", 244, "c", "session"],
  ["hideFilesWarningModal", 244, "c", "50 years"],
  ["hideIdentityDialog", 244, "c", "1 year"],
  ["hide_shopify_pay_for_checkout", 116, "c", "Session"],
  ["hjViewportId", 38, "c", "Session"],
  ["hj_visitor", 38, "a", "Session"],
  ["hs", 115, "c", "session"],
  ["hs-membership-csrf", 117, "n", "session"],
  ["hs-messages-hide-welcome-message", 117, "c", "1 day"],
  ["hs-messages-is-open", 117, "c", "30 minutes"],
  ["hs_ab_test", 117, "c", "session"],
  ["hs_langswitcher_choice", 117, "c", "2 years"],
  ["html-classes", 76, "c", "30 days"],
  ["hu-consent", 216, "c", "1 month"],
  ["hubspotapi", 117, "m", "7 days"],
  ["hubspotapi-csrf", 117, "n", "1 year"],
  ["hubspotapi-prefs", 117, "c", "1 Year"],
  ["hubspotutk", 117, "m", "13 months"],
  ["i", 75, "m", "1 year"],
  ["i00", 254, "m", "1 year"],
  ["ick", 19, "m", "2 years"],
  ["icu", 127, "m", "90 days"],
  ["id5", 54, "m", "1 day"],
  ["id_adcloud", 86, "m", "91 days"],
  ["id_ts", 113, "m", "1 year"],
  ["idccsrf", 244, "n", "3 months"],
  ["ideaToggle", 244, "c", "session"],
  ["identity-state", 116, "c", "24 hours"],
  ["identity-state-", 116, "c*", "24 hours"],
  ["identity_customer_account_number", 116, "c", "12 weeks"],
  ["idp", 93, "m", "1 year"],
  ["idsync-bsw-uid-s", 200, "m", "6 days"],
  ["ig_cb", 310, "m", "9 years"],
  ["ig_did", 310, "m", "9 years"],
  ["igodigitalst_", 244, "m*", "1 hour"],
  ["igodigitalstdomain", 244, "m", "1 hour"],
  ["igodigitaltc2", 244, "m", "10 years"],
  ["improvedigital_uid", 227, "m", "7 days"],
  ["incap_ses_", 125, "c*", "session"],
  ["initref", 124, "m", "session"],
  ["inst", 244, "c", "session"],
  ["integration_type", 44, "c", "30 days"],
  ["intercom-device-id-", 269, "a*", "9 months"],
  ["intercom-id-", 269, "a*", "9 months"],
  ["intercom-session-", 269, "a*", "1 week"],
  ["interstitial_page_reg_oauth_url", 44, "a", "1 day"],
  ["iotcontextsplashdisable", 244, "c", "10 years"],
  ["ipc", 52, "c", "1 year"],
  ["isFirstSession", 25, "c*", "Session"],
  ["is_gdpr", 243, "a", "1 year"],
  ["is_gdpr_b", 243, "a", "1 year"],
  ["iu2g34bw", 324, "c", "Session"],
  ["iutk", 148, "m", "10 years"],
  ["ja_purity_ii_tpl", 192, "c", "355 days"],
  ["ja_purity_tpl", 192, "c", "355 days"],
  ["jasx_pool_id", 29, "a", "Session"],
  ["jetpackState", 207, "c", "session"],
  ["jpp_math_pass", 207, "c", "session"],
  ["jpxumaster", 51, "m", "1 month"],
  ["jpxumatched", 51, "m", "1 month"],
  ["js_ver", 19, "m", "7 days"],
  ["kcdob", 21, "m", "5 years"],
  ["kcrelid", 21, "m", "5 years"],
  ["kcru", 21, "m", "5 years"],
  ["kdt", 27, "m", "2 years"],
  ["keep_alive", 116, "c", "14 weeks"],
  ["khaos", 222, "m", "1 year"],
  ["khaos_p", 222, "m", "1 year"],
  ["ki_r", 116, "a", "2 years"],
  ["ki_s", 259, "m", "5 years"],
  ["ki_t", 116, "a", "2 years"],
  ["ki_u", 259, "m", "5 years"],
  ["kj76fg4h", 324, "c", "5 minutes"],
  ["koitk", 106, "m", "3 years"],
  ["l34kn6no", 324, "c", "Session"],
  ["l7_az", 197, "c", "1 day"],
  ["l_page", 44, "a", "6 months"],
  ["lang", 44, "c", "session"],
  ["lantern", 340, "m", "Awin"],
  ["laravel_session", 41, "c", "Session"],
  ["last_visited_store", 100, "c", "1 day"],
  ["lastlist", 244, "c", "session"],
  ["lc_", 349, "c*", "3 years"],
  ["lcsrc", 70, "m", "13 months"],
  ["lcsrd", 70, "m", "13 months"],
  ["lhc_ldep", 242, "c", "Unknown"],
  ["lhc_per", 242, "c", "180 days"],
  ["lhc_ses", 242, "c", "session"],
  ["li_a", 44, "c", "30 days"],
  ["li_alerts", 44, "c", "1 year"],
  ["li_apfcdc", 44, "c", "10 hours"],
  ["li_cc", 44, "a", "1 week"],
  ["li_cu", 44, "c", "15 minutes"],
  ["li_ec", 44, "c", "6 months"],
  ["li_ep_auth_context", 44, "c", "30 days"],
  ["li_fat_id", 44, "c", "30 days"],
  ["li_feed_xray", 44, "a", "Session"],
  ["li_gc", 44, "c", "2 years"],
  ["li_giant", 44, "c", "7 days"],
  ["li_gp", 44, "c", "1 year"],
  ["li_gpc", 44, "c", "1 hour"],
  ["li_mc", 44, "c", "6 months"],
  ["li_oatml", 44, "m", "30 days"],
  ["li_odapfcc", 44, "c", "2 Years"],
  ["li_referer", 44, "c", "15 minutes"],
  ["li_rm", 44, "c", "1 year"],
  ["li_sugr", 44, "m", "90 days"],
  ["li_theme", 44, "c", "6 months"],
  ["li_theme_set", 44, "c", "6 months"],
  ["liap", 44, "m", "90 days"],
  ["lidc", 44, "m", "1 day"],
  ["lidid", 72, "m", "2 years"],
  ["lihc_auth_", 44, "c", "Session"],
  ["lil-lang", 44, "c", "Session"],
  ["lissc", 44, "m", "1 year"],
  ["lists-state", 229, "c", "session"],
  ["liveagent_invite_rejected_", 244, "c", "session"],
  ["liveagent_sid", 244, "c", "session"],
  ["ljt_reader", 57, "m", "1 year"],
  ["ljtrtb", 95, "m", "1 year"],
  ["lkqdid", 264, "m", "1 year"],
  ["lkqdidts", 264, "m", "1 year"],
  ["lloopch_loid", 244, "c", "1 year"],
  ["lls-integration", 44, "c", "30 days"],
  ["lms_ads", 44, "m", "30 days"],
  ["lms_analytics", 44, "c", "30 days"],
  ["ln_or", 44, "a", "1 day"],
  ["local_storage_app_session_id", 301, "c", "3650 days"],
  ["locale", 19, "m", "7 days"],
  ["locale_bar_accepted", 116, "c", "session"],
  ["localization", 116, "c", "2 weeks"],
  ["logglytrackings\xADession", 332, "c", "session"],
  ["login", 244, "c", "60 Days"],
  ["login_redirect", 100, "c", "session"],
  ["login_with_shop_finalize", 116, "c", "5 minutes"],
  ["loginnotify_prevlogins", 281, "c", "180 days"],
  ["lss_bundle_viewer", 44, "a", "1 month"],
  ["lu", 19, "m", "2 year"],
  ["lz_last_visit", 77, "c", "1 Year"],
  ["lz_userid", 77, "c", "1 Year"],
  ["lz_visits", 77, "c", "1 Year"],
  ["m", 120, "c", "10 years"],
  ["m_user", 19, "m", "90 days"],
  ["mage-banners-cache-storage", 100, "c", "1 hour"],
  ["mage-cache-sessid", 100, "c", "session"],
  ["mage-cache-storage", 100, "c*", "session"],
  ["mage-cache-storage-section-invalidation", 100, "c*", "session"],
  ["mage-cache-timeout", 100, "c*", "session"],
  ["mage-messages", 100, "c", "1 year"],
  ["mage-translation-file-version", 100, "c", "session"],
  ["mage-translation-storage", 100, "c", "session"],
  ["mailmunch_second_pageview", 135, "m", "1 year"],
  ["marketplace_repository_ids", 317, "c", "1 Hour"],
  ["marketplace_suggested_target_id", 317, "c", "1 Hour"],
  ["master_device_id", 116, "c", "2 years"],
  ["matchadform", 180, "m", "29 days"],
  ["matomo_ignore", 107, "a", "30 years"],
  ["matomo_sessid", 107, "a", "14 days"],
  ["mbox", 17, "m", "2 years"],
  ["mc", 147, "m", "13 months"],
  ["mc_cid", 225, "a", "14 days"],
  ["mc_eid", 225, "a", "14 days"],
  ["mc_landing_site", 225, "a", "14 days"],
  ["mdfrc", 49, "m", "4 months"],
  ["messagesUtk", 117, "m", "13 months"],
  ["mics_lts", 286, "m", "1 year"],
  ["mics_uaid", 286, "m", "1 year"],
  ["mics_vid", 286, "m", "1 year"],
  ["mid", 310, "c", "9 years"],
  ["migrated2y", 144, "m", "1 year"],
  ["mnet_session_depth", 237, "m", "Session"],
  ["moove_gdpr_popup", 219, "c", "1 year"],
  ["mp_", 270, "a*", "1 year"],
  ["msToken", 188, "m", "9 days"],
  ["mt_misc", 87, "m", "30 days"],
  ["mt_mop", 87, "m", "30 days"],
  ["mtm_consent", 107, "a", "forever"],
  ["mtm_consent_removed", 107, "a", "forever"],
  ["mtm_cookie_consent", 107, "a", "forever"],
  ["muc_ads", 27, "m", "24 months"],
  ["muxData", 304, "c", "1 Year"],
  ["mv_tokens", 288, "m", "14 days"],
  ["mv_tokens_invalidate-verizon-pushes", 288, "m", "14 days"],
  ["n", 294, "m", "1 month"],
  ["n360-adform", 287, "m", "3 months"],
  ["n360-adnuntius", 287, "m", "3 months"],
  ["n360-adot", 287, "m", "3 months"],
  ["n360-adyoulike", 287, "m", "3 months"],
  ["n360-amx", 287, "m", "3 months"],
  ["n360-appnexus", 287, "m", "3 months"],
  ["n360-bliink", 287, "m", "3 months"],
  ["n360-connectad", 287, "m", "3 months"],
  ["n360-conversant", 287, "m", "3 months"],
  ["n360-cwire", 287, "m", "3 months"],
  ["n360-firstid", 287, "m", "3 months"],
  ["n360-freewheel", 287, "m", "3 months"],
  ["n360-fueldigital", 287, "m", "3 months"],
  ["n360-fueldigitalix", 287, "m", "3 months"],
  ["n360-fueldigitalmedia", 287, "m", "3 months"],
  ["n360-gingerad", 287, "m", "3 months"],
  ["n360-goodad", 287, "m", "3 months"],
  ["n360-gravity", 287, "m", "3 months"],
  ["n360-groupm", 287, "m", "3 months"],
  ["n360-improve", 287, "m", "3 months"],
  ["n360-ix", 287, "m", "3 months"],
  ["n360-mediagrid", 287, "m", "3 months"],
  ["n360-medianet", 287, "m", "3 months"],
  ["n360-moneytag", 287, "m", "3 months"],
  ["n360-nextmillennium", 287, "m", "3 months"],
  ["n360-onetag", 287, "m", "3 months"],
  ["n360-openx", 287, "m", "3 months"],
  ["n360-outbrain", 287, "m", "3 months"],
  ["n360-plista", 287, "m", "3 months"],
  ["n360-pubmatic", 287, "m", "3 months"],
  ["n360-pulsepoint", 287, "m", "3 months"],
  ["n360-quantum", 287, "m", "3 months"],
  ["n360-richaudience", 287, "m", "3 months"],
  ["n360-rtbhouse", 287, "m", "3 months"],
  ["n360-rubicon", 287, "m", "3 months"],
  ["n360-sharethrough", 287, "m", "3 months"],
  ["n360-smaato", 287, "m", "3 months"],
  ["n360-smartadserver", 287, "m", "3 months"],
  ["n360-smartyads", 287, "m", "3 months"],
  ["n360-smilewanted", 287, "m", "3 months"],
  ["n360-staila", 287, "m", "3 months"],
  ["n360-tappx", 287, "m", "3 months"],
  ["n360-thirtythreeacross", 287, "m", "3 months"],
  ["n360-traffective", 287, "m", "3 months"],
  ["n360-triplelift", 287, "m", "3 months"],
  ["n360-ttd", 287, "m", "3 months"],
  ["n360-vidoomy", 287, "m", "3 months"],
  ["n360-yahoo", 287, "m", "3 months"],
  ["n360-yieldlab", 287, "m", "3 months"],
  ["n360_adform", 287, "m", "3 months"],
  ["n360_adnuntius", 287, "m", "3 months"],
  ["n360_adot", 287, "m", "3 months"],
  ["n360_adyoulike", 287, "m", "3 months"],
  ["n360_amx", 287, "m", "3 months"],
  ["n360_appnexus", 287, "m", "3 months"],
  ["n360_bliink", 287, "m", "3 months"],
  ["n360_connectad", 287, "m", "3 months"],
  ["n360_conversant", 287, "m", "3 months"],
  ["n360_cwire", 287, "m", "3 months"],
  ["n360_firstid", 287, "m", "3 months"],
  ["n360_freewheel", 287, "m", "3 months"],
  ["n360_fueldigital", 287, "m", "3 months"],
  ["n360_fueldigitalix", 287, "m", "3 months"],
  ["n360_fueldigitalmedia", 287, "m", "3 months"],
  ["n360_gingerad", 287, "m", "3 months"],
  ["n360_goodad", 287, "m", "3 months"],
  ["n360_gravity", 287, "m", "3 months"],
  ["n360_groupm", 287, "m", "3 months"],
  ["n360_improve", 287, "m", "3 months"],
  ["n360_ix", 287, "m", "3 months"],
  ["n360_mediagrid", 287, "m", "3 months"],
  ["n360_medianet", 287, "m", "3 months"],
  ["n360_moneytag", 287, "m", "3 months"],
  ["n360_nextmillennium", 287, "m", "3 months"],
  ["n360_onetag", 287, "m", "3 months"],
  ["n360_openx", 287, "m", "3 months"],
  ["n360_outbrain", 287, "m", "3 months"],
  ["n360_plista", 287, "m", "3 months"],
  ["n360_pubmatic", 287, "m", "3 months"],
  ["n360_pulsepoint", 287, "m", "3 months"],
  ["n360_quantum", 287, "m", "3 months"],
  ["n360_richaudience", 287, "m", "3 months"],
  ["n360_rtbhouse", 287, "m", "3 months"],
  ["n360_rubicon", 287, "m", "3 months"],
  ["n360_sharethrough", 287, "m", "3 months"],
  ["n360_smaato", 287, "m", "3 months"],
  ["n360_smartadserver", 287, "m", "3 months"],
  ["n360_smartyads", 287, "m", "3 months"],
  ["n360_smilewanted", 287, "m", "3 months"],
  ["n360_staila", 287, "m", "3 months"],
  ["n360_tappx", 287, "m", "3 months"],
  ["n360_thirtythreeacross", 287, "m", "3 months"],
  ["n360_traffective", 287, "m", "3 months"],
  ["n360_triplelift", 287, "m", "3 months"],
  ["n360_ttd", 287, "m", "3 months"],
  ["n360_vidoomy", 287, "m", "3 months"],
  ["n360_yahoo", 287, "m", "3 months"],
  ["n360_yieldlab", 287, "m", "3 months"],
  ["nSGt-", 22, "c*", "session"],
  ["next-auth.", 337, "n*", "Session to 30 days"],
  ["nlbi_", 125, "c*", "session"],
  ["nmstat", 152, "a", "3 years"],
  ["nrid", 105, "c", "2 years"],
  ["nsid", 197, "c", "session"],
  ["obsessionid-", 49, "m*", "30 minutes"],
  ["obuid", 49, "m", "3 months"],
  ["oid", 244, "c", "2 years"],
  ["oinfo", 244, "m", "3 months"],
  ["oo", 19, "m", "5 years"],
  ["opout", 49, "m", "1 year"],
  ["opt_out", 262, "m", "1 year"],
  ["optimizelyDomainTestCookie", 111, "m", "6 months"],
  ["optimizelyEndUserId", 111, "m", "6 months"],
  ["optimizelyOptOut", 111, "m", "10 years"],
  ["optimizelyRedirectData", 111, "m", "5 seconds"],
  ["optout", 73, "m", "5 years"],
  ["org_transform_notice", 317, "c", "1 hour"],
  ["oribi_cookie_test", 45, "a", "Session"],
  ["oribi_user_guid", 45, "a", "1 year"],
  ["osano_consentmanager", 214, "c", "1 year"],
  ["osano_consentmanager_expdate", 214, "c", "1 year"],
  ["osano_consentmanager_uuid", 214, "c", "1 year"],
  ["otsid", 18, "m", "365 days"],
  ["outbrain_dicbo_id", 49, "m", "1 day"],
  ["ozone_uid", 224, "m", "90 days"],
  ["p23mn32t", 324, "c", "5 Years"],
  ["pa_google_ts", 134, "m", "2 years"],
  ["pa_openx_ts", 134, "m", "2 years"],
  ["pa_rubicon_ts", 134, "m", "2 years"],
  ["pa_twitter_ts", 134, "m", "2 years"],
  ["pa_uid", 134, "m", "2 years"],
  ["pa_user", 257, "a", "13 months"],
  ["pa_yahoo_ts", 134, "m", "2 years"],
  ["pagead/conv/%INTEGER%", 29, "a", "Session"],
  ["panoramaId", 83, "m", "session"],
  ["panoramaId_expiry", 83, "m", "session"],
  ["panoramaId_expiry_exp", 83, "m", "session"],
  ["partner-", 70, "m*", "13 months"],
  ["pay_update_intent_id", 116, "c", "20 minutes"],
  ["pbw", 70, "a", "13 months"],
  ["pc-unit", 244, "c", "1 year"],
  ["pcc2", 20, "m", "13 months"],
  ["pcfm", 21, "m", "5 years"],
  ["pctrk", 244, "a", "session"],
  ["pd", 75, "m", "15 days"],
  ["pdid", 236, "m", "1 month"],
  ["permutive-id", 326, "c", "1095 Days"],
  ["persistent_shopping_cart", 100, "c", "session"],
  ["personalization_id", 27, "m", "2 years"],
  ["pgid-org-", 128, "c*", "session"],
  ["phpMyAdmin", 228, "c", "session"],
  ["pi", 52, "m", "1 day"],
  ["pi_opt_in", 244, "a", "1 year"],
  ["picreel_new_price", 81, "a", "Unlimited"],
  ["picreel_tracker__first_visit", 81, "a", "Unlimited"],
  ["picreel_tracker__page_views", 81, "a", "Unlimited"],
  ["picreel_tracker__visited", 81, "a", "Unlimited"],
  ["pid", 70, "m", "13 months"],
  ["pid_short", 276, "m", "1 year"],
  ["pid_signature", 276, "m", "1 year"],
  ["pl", 19, "m", "90 days"],
  ["pl_user_id", 88, "m", "3 months"],
  ["plausible_", 350, "a*", "Varies"],
  ["plek-list-type", 229, "c", "session"],
  ["plesk-items-per-page", 229, "c", "session"],
  ["plesk-sort-dir", 229, "c", "session"],
  ["plesk-sort-field", 229, "c", "session"],
  ["pll_language", 168, "c", "1 year"],
  ["pluto", 240, "m", "13 months"],
  ["pluto2", 240, "m", "13 months"],
  ["pm_sess", 6, "c", "30 minutes"],
  ["pm_sess_NNN", 6, "c", "30 minutes"],
  ["pmaAuth-", 228, "c*", "session"],
  ["pmaUser-", 228, "c*", "30 days"],
  ["pma_lang", 228, "c", "30 days"],
  ["pnespsdk_pnespid", 257, "m", "12 months"],
  ["pnespsdk_push_subscription_added", 257, "a", "12 months"],
  ["pnespsdk_ssn", 257, "c", "session"],
  ["pnespsdk_visitor", 257, "a", "12 months"],
  ["pollN", 100, "c", "session"],
  ["pp", 52, "m", "3 months"],
  ["ppms_privacy_", 150, "a*", "12 months"],
  ["ppms_privacy_bar_", 150, "a*", "Session"],
  ["presence", 19, "c", "Session"],
  ["preview_theme", 116, "c", "Session"],
  ["previous_step", 116, "c", "1 year"],
  ["prism_", 39, "m*", "30 days"],
  ["privacypillar-cookie-consent", 333, "c", "1 year"],
  ["privacypillar-google-consent", 333, "c", "1 year"],
  ["private_content_version", 100, "c", "1 year"],
  ["private_mode_user_session", 317, "c", "2 Weeks"],
  ["product_data_storage", 100, "c*", "session"],
  ["profile_preview_token", 116, "c", "5 minutes"],
  ["promptTestMod", 244, "c", "30 days"],
  ["pses", 127, "a", "Session"],
  ["ptradtrt", 290, "m", "1 Year"],
  ["ptran", 290, "m", "1 Year"],
  ["ptrb", 290, "m", "1 Year"],
  ["ptrbsw", 290, "m", "1 Year"],
  ["ptrc", 290, "m", "1 Year"],
  ["ptrcriteo", 290, "m", "1 Year"],
  ["ptreps", 290, "m", "1 Year"],
  ["ptropenx", 290, "m", "1 Year"],
  ["ptrpp", 290, "m", "1 Year"],
  ["ptrpub", 290, "m", "1 Year"],
  ["ptrrc", 290, "m", "10 months"],
  ["ptrrhs", 290, "m", "1 Year"],
  ["ptrt", 290, "m", "1 Year"],
  ["pubconsent", 221, "c*", "13 months"],
  ["pubfreq_", 52, "m*", "30 days"],
  ["pubmatic_uid", 227, "m", "7 days"],
  ["pubsyncexp", 52, "c", "1 day"],
  ["pubtime_", 52, "c*", "1 day"],
  ["pushPermInfo", 44, "c", "365 days"],
  ["pushPermState", 44, "c", "30 days"],
  ["put_", 222, "m*", "1 month"],
  ["pvc2", 20, "m", "13 months"],
  ["pvc_visits[0]", 271, "a", "1 day"],
  ["pxcelAcc3PC", 221, "c", "1 day"],
  ["pxcelBcnLcy", 221, "a", "session"],
  ["pxcelPage", 221, "a*", "1 year"],
  ["pxid", 326, "c", "89 Days"],
  ["pxrc", 89, "m", "2 months"],
  ["queryString", 44, "a", "15 days"],
  ["rack.session", 256, "c", "session"],
  ["rai-pltn-pl-", 236, "m*", "1 day"],
  ["rc", 19, "m", "7 days"],
  ["rdtrk", 322, "m", "1 Year"],
  ["receive-cookie-deprecation", 3, "c", "180 days"],
  ["recent_history", 44, "c", "90 days"],
  ["recent_history_status", 44, "c", "10 years"],
  ["recently_compared_product", 100, "c*", "session"],
  ["recently_compared_product_previous", 100, "c*", "session"],
  ["recently_viewed_product", 100, "c*", "session"],
  ["recently_viewed_product_previous", 100, "c*", "session"],
  ["recs", 49, "m", "1 minute"],
  ["recs-", 49, "m*", "1 minute"],
  ["redirectFromM2MInviteAccept", 44, "c", "Session"],
  ["redirectFromM2MInviteSent", 44, "c", "Session"],
  ["redirectionWarning", 244, "c", "1 year"],
  ["ref-", 49, "m", "1 minute"],
  ["referrer_url", 301, "c", "3650 days"],
  ["rek_content", 58, "m", "6 days"],
  ["remember_checked_on", 27, "m", "2 years"],
  ["remember_me", 116, "c", "1 Year"],
  ["remember_user_token", 342, "c", "2 weeks"],
  ["renderCtx", 244, "c", "session"],
  ["renderid", 17, "c", "session"],
  ["rl_anonymous_id", 313, "a", "Session"],
  ["rl_auth_token", 313, "a", "Session"],
  ["rl_group_id", 313, "a", "Session"],
  ["rl_group_trait", 313, "a", "Session"],
  ["rl_page_init_referrer", 313, "a", "Session"],
  ["rl_page_init_referring_domain", 313, "a", "Session"],
  ["rl_session", 313, "a", "Session"],
  ["rl_trait", 313, "a", "Session"],
  ["rl_user_id", 313, "a", "Session"],
  ["rlas3", 89, "m", "1 year"],
  ["rpb", 222, "m", "1 month"],
  ["rpx", 222, "m", "1 month"],
  ["rsid", 244, "c", "session"],
  ["rsid2", 244, "c", "session"],
  ["rtbData0", 144, "m", "2 years"],
  ["rtbh", 300, "m", "1 year"],
  ["rtc", 44, "c", "120 seconds"],
  ["rts", 241, "m", "13 months"],
  ["rubicon_uid", 227, "m", "7 days"],
  ["rweb_optin", 27, "m", "2 years"],
  ["rxVisitor", 324, "a*", "Session"],
  ["rxvt", 324, "a", "Session"],
  ["rxx", 144, "m", "1 year"],
  ["s", 19, "m", "90 days"],
  ["s_cc", 16, "a", "End of session (browser)"],
  ["s_ecid", 16, "m", "2 years"],
  ["s_fid", 16, "a", "5 years"],
  ["s_ppv", 16, "a", "session"],
  ["s_sq", 16, "a", "End of session (browser)"],
  ["s_tp", 16, "a", "session"],
  ["s_vi", 16, "a*", "2 years"],
  ["sailthru_content", 252, "m", "1 year"],
  ["sailthru_pageviews", 252, "m", "30 minutes"],
  ["sailthru_visitor", 252, "m", "1 year"],
  ["saml_csrf_token", 317, "n", "Session"],
  ["saml_return_to", 317, "c", "Session"],
  ["saml_return_to_legacy", 317, "c", "Session"],
  ["sasd", 70, "m", "1 day"],
  ["sasd2", 70, "m", "1 day"],
  ["sat_track", 16, "c", "90 days"],
  ["sb", 19, "m", "2 years"],
  ["sb-", 344, "n*", "1 week to 1 year"],
  ["sbjs_current", 122, "a", "session"],
  ["sbjs_current_add", 122, "a", "session"],
  ["sbjs_first", 122, "a", "session"],
  ["sbjs_first_add", 122, "a", "session"],
  ["sbjs_migrations", 122, "a", "session"],
  ["sbjs_session", 122, "a", "30 minutes"],
  ["sbjs_udata", 122, "a", "session"],
  ["sc-a-nonce", 130, "m", "1 year"],
  ["sc_at", 130, "m", "1 year"],
  ["schgtclose", 244, "c", "session"],
  ["sd_client_id", 119, "a", "2 years"],
  ["sd_identity", 119, "a", "2 years"],
  ["sdsc", 44, "c", "Session"],
  ["searchReport-log", 100, "c", "1 year"],
  ["section_data_clean", 100, "c", "1 day"],
  ["section_data_ids", 100, "c", "session"],
  ["sentry_device_id", 301, "c", "3650 days"],
  ["server-session-bind", 115, "c", "session"],
  ["server_session_id", 301, "c", "Session"],
  ["sess", 127, "c", "Session"],
  ["sessionFunnelEventLogged", 97, "m", "1 day"],
  ["session_storage_last_visited_twitch_url", 301, "c", "3650 days"],
  ["session_unique_id", 301, "c", "Session"],
  ["sessionid", 310, "m", "1 year"],
  ["sfau", 19, "m", "1 day"],
  ["sfdc-stream", 244, "c", "3 hours"],
  ["sfdc_lv2", 244, "c", "1 year"],
  ["sharebox-suggestion", 44, "a", "Session"],
  ["sharing_", 302, "c*", "30 minutes"],
  ["shbid", 310, "m", "1 year"],
  ["shbts", 310, "m", "1 year"],
  ["shop_analytics", 116, "a", "30 minutes"],
  ["shop_pay_accelerated", 116, "c", "1 Year"],
  ["shopify-editor-unconfirmed-settings", 116, "c", "16 hours"],
  ["shopify_pay", 116, "c", "1 Year"],
  ["shopify_pay_redirect", 116, "c", ""],
  ["showComments", 207, "c", "10 years"],
  ["showNewBuilderWarningMessage", 244, "c", "100 years"],
  ["show_cookie_banner", 317, "c", "Session"],
  ["sid_Client", 244, "c", "session"],
  ["sidebarPinned", 244, "c", "10 years"],
  ["sites-active-list-state-collapsed", 229, "c", "session"],
  ["smSession", 115, "c", "2 weeks"],
  ["sm_ir", 249, "c", "Session"],
  ["sm_rec", 249, "c", "Session"],
  ["sp", 153, "a", "1 year"],
  ["sp_landing", 126, "c", "1 day"],
  ["sp_t", 126, "c", "2 months"],
  ["spbc_2fa_passed", 184, "c", "Session"],
  ["spbc_cookies_test", 184, "c", "Session"],
  ["spbc_firewall_pass_key", 184, "c", "Session"],
  ["spbc_is_logged_in", 184, "c", "Session"],
  ["spbc_log_id", 184, "c", "Session"],
  ["spbc_timer", 184, "c", "Session"],
  ["spectroscopyId", 44, "m", "session"],
  ["spx_ts", 113, "m", "1 year"],
  ["sqzl_abs", 173, "m", "1 month"],
  ["sqzl_consent", 173, "c", "1 year"],
  ["sqzl_session_id", 173, "m", "session"],
  ["sqzl_vw", 173, "m", "1 year"],
  ["sqzllocal", 173, "m", "1 year"],
  ["ss", 68, "c", "10 years"],
  ["ssid", 291, "m", "365 days"],
  ["ssoCSRFCookie", 324, "c", "Session"],
  ["sso_user", 249, "c", "90 days"],
  ["ssostartpage", 244, "c", "1 year"],
  ["sst", 291, "m", "365 days"],
  ["st_chc", 69, "m", "1 year"],
  ["st_cnt", 69, "m", "1 year"],
  ["st_cs", 69, "m", "1 year"],
  ["st_csd", 69, "m", "1 year"],
  ["st_optout", 221, "c", "10 years"],
  ["st_ssp", 69, "m", "1 year"],
  ["st_uid", 69, "m", "1 year"],
  ["stf", 100, "c", "session"],
  ["stg_externalReferrer", 150, "a", "session"],
  ["stg_fired__", 150, "a*", "Session"],
  ["stg_global_opt_out", 150, "a", "365 days"],
  ["stg_last_interaction", 150, "a", "365 days"],
  ["stg_pk_campaign", 150, "a", "Session"],
  ["stg_returning_visitor", 150, "a", "365 days"],
  ["stg_traffic_source_priority", 150, "a", "30 minutes"],
  ["stg_utm_campaign", 150, "a", "Session"],
  ["stnojs", 207, "c", "2 days"],
  ["stopMobileRedirect", 281, "c", "30 days"],
  ["store", 100, "c", "1 day"],
  ["store_notice", 122, "c*", "session"],
  ["storefront_digest", 116, "c", "2 years"],
  ["stsservicecookie", 22, "c", "session"],
  ["stx_user_id", 171, "m", "1 year"],
  ["svSession", 115, "m", "2 years"],
  ["svid", 241, "m", "13 months"],
  ["swym-cu_ct", 196, "c", "30 mins"],
  ["swym-email", 196, "c", "1 year"],
  ["swym-instrumentMap", 196, "c", "30 mins"],
  ["swym-o_s", 196, "c", "1 year"],
  ["swym-ol_ct", 196, "c", "30 mins"],
  ["swym-pid", 196, "c", "1 year"],
  ["swym-session-id", 196, "c", "30 mins"],
  ["swym-swymRegid", 196, "c", "1 year"],
  ["swym-tpermts", 196, "c", "1 year"],
  ["swym-u_pref", 196, "c", "1 year"],
  ["swym-v-ckd", 196, "c", "1 year"],
  ["swym-weml", 196, "c", "1 year"],
  ["sync", 73, "m", "3 months"],
  ["syndication_guest_id", 27, "m", "2 years"],
  ["t", 244, "c", "session"],
  ["tPHG-PS", 136, "m", "1 year"],
  ["t_gid", 74, "m", "13 months"],
  ["t_pt_gid", 74, "c", "1 Year"],
  ["taboola_fp_td_user_id", 74, "c", "1 year"],
  ["taboola_select", 74, "c", "1 year"],
  ["taboola_session_id", 74, "m", "Session"],
  ["tawkUUID", 170, "a", "10 years"],
  ["tawk_", 348, "c*", "6 months"],
  ["tb_click_param", 74, "a", "50 seconds"],
  ["tbla_id", 144, "m", "1 year"],
  ["tc_caids", 325, "c", "396 days"],
  ["tc_cj_ss", 325, "c", "396 days"],
  ["tc_cj_v2", 325, "m", "1 year"],
  ["tc_cj_v2_cmp.", 325, "m", "1 year"],
  ["tc_cj_v2_med", 325, "m", "1 year"],
  ["tc_sample_", 325, "c", "Session"],
  ["tc_ss", 325, "c*", "396 days"],
  ["tc_test_cookie", 325, "c", "1 year"],
  ["td", 0, "a", "session"],
  ["tearsheet", 144, "m", "30 minutes"],
  ["test", 311, "c", "Session"],
  ["test_cookie", 14, "c", "1 year"],
  ["test_rudder_cookie", 313, "a", "Session"],
  ["tf_respondent_cc", 328, "c", "6 months"],
  ["tfw_exp", 27, "m", "2 years"],
  ["tix_view_token", 207, "c", "2 days"],
  ["tk_ai", 123, "c", "session"],
  ["tk_lr", 207, "m", "1 year"],
  ["tk_or", 207, "m", "5 Years"],
  ["tk_qs", 207, "a", "30 minutes"],
  ["tk_r3d", 207, "a", "3 days"],
  ["tk_tc", 207, "a", "session"],
  ["tluid", 73, "m", "3 months"],
  ["tluidp", 73, "m", "3 months"],
  ["token", 18, "m", "End of session (browser)"],
  ["tp", 263, "m", "14 days"],
  ["tp", 294, "m*", "30 days"],
  ["trac_form_token", 207, "c", "session"],
  ["trac_session", 207, "c", "90 days"],
  ["tracked_start_checkout", 116, "a", "2 years"],
  ["trc", 20, "m", "13 months"],
  ["trc_cookie_storage", 144, "m", "1 year"],
  ["triplelift_uid", 227, "m", "7 days"],
  ["trk", 294, "m", "1 month"],
  ["trkCode", 44, "m", "1 year"],
  ["trkInfo", 44, "m", "1 year"],
  ["ts", 197, "c", "3 years"],
  ["ts_c", 197, "c", "3 years"],
  ["tsrce", 197, "c", "session"],
  ["tsrvid", 99, "c", "1 year"],
  ["tt_bluekai", 63, "m", "1 day"],
  ["tt_exelate", 63, "m", "1 day"],
  ["tt_liveramp", 63, "m", "1 day"],
  ["tt_neustar", 63, "m", "1 day"],
  ["tt_salesforce", 63, "m", "1 day"],
  ["tt_viewer", 63, "m", "1 year"],
  ["ttbprf", 294, "m", "1 month"],
  ["ttc", 294, "m", "1 day"],
  ["ttca", 294, "m", "30 days"],
  ["ttcsid", 188, "m*", "1 year"],
  ["ttd", 49, "m", "4 months"],
  ["ttgcm", 294, "m", "14 days"],
  ["ttnprf", 294, "m", "1 month"],
  ["ttwid", 188, "m", "1 year"],
  ["tu", 67, "m", "29 days"],
  ["tuuid", 20, "m", "13 months"],
  ["tuuid_lu", 66, "m", "3 months"],
  ["tv_U", 222, "m*", "30 days"],
  ["tv_spot_tracker", 30, "a", "End of session (browser)"],
  ["tvid", 222, "m", "1 year"],
  ["twid", 27, "m", "2 years"],
  ["twitch.lohp.countryCode", 301, "c", "3650 days"],
  ["tz", 317, "c", "Session"],
  ["u", 278, "m", "1 year"],
  ["ua_", 223, "c*", "1 day"],
  ["ucid", 223, "m", "13 months"],
  ["ud", 253, "m", "119 days"],
  ["udmts", 300, "m", "89 days"],
  ["udo", 253, "m", "119 days"],
  ["uesign", 132, "c", "1 month"],
  ["uh", 44, "c", "Session"],
  ["uid", 18, "m", "60 days"],
  ["uid-bp-", 92, "m*", "2 months"],
  ["uids", 33, "m", "3 months"],
  ["um", 59, "m", "90 days"],
  ["um2", 65, "m", "2 years"],
  ["umami.", 352, "a*", "Varies"],
  ["umeh", 59, "m", "90 days"],
  ["unifiedPixel", 49, "m", "Seesion"],
  ["unique_ad_source_impression", 144, "m", "30 days"],
  ["unique_id", 301, "c", "3652 days"],
  ["unique_id_durable", 301, "c", "3652 days"],
  ["univ_id", 75, "m", "3 days"],
  ["unruly_m", 71, "m*", "6 days"],
  ["usbls", 250, "m", "session"],
  ["useStandbyUrl", 244, "c", "session"],
  ["user_allowed_save_cookie", 100, "c", "session"],
  ["user_session", 317, "c", "2 Weeks"],
  ["userlang", 1, "c*", "1 year"],
  ["usersync", 127, "a", "90 days"],
  ["usida", 19, "m", "Session"],
  ["usprivacy", 221, "c*", "session"],
  ["usprivacy", 333, "c", "1 year"],
  ["usst", 243, "a", "1 year"],
  ["utm_key", 110, "c", "Session"],
  ["uu", 67, "m", "1 year"],
  ["uuid", 96, "m", "1 year"],
  ["uuid2", 127, "m", "90 days"],
  ["uuidc", 87, "m", "1 year"],
  ["v_usr", 199, "m", "13 days"],
  ["version", 285, "m", "Session"],
  ["vfThirdpartyCookiesEnabled", 293, "c", "Session"],
  ["vglnk.Agent.p", 274, "m", "1 year"],
  ["vglnk.PartnerRfsh.p", 274, "m", "1 year"],
  ["videoChat.notice_dismissed", 301, "c", "3650 days"],
  ["vidoomy-uids", 202, "m", "1 year"],
  ["viewed_cookie_policy", 149, "c", "11 months"],
  ["viewer", 113, "m", "1 year"],
  ["viewer_token", 204, "m", "31 days"],
  ["visid_incap_", 125, "c*", "1 year"],
  ["visitor", 262, "m", "1 year"],
  ["visitor-id", 237, "m", "1 year"],
  ["visitor_id", 244, "m*", "1 year"],
  ["vs", 70, "a", "session"],
  ["vst", 327, "m", "1 year"],
  ["vuid", 119, "a", "1 minute"],
  ["wa_lang_pref", 133, "c", "6 days"],
  ["wa_ul", 133, "c", "session"],
  ["waveUserPrefFinderLeftNav", 244, "c", "100 years"],
  ["waveUserPrefFinderListView", 244, "c", "100 years"],
  ["wd", 19, "c", "Session"],
  ["webact", 244, "c", "1 year"],
  ["welcome-", 207, "c*", "permanent"],
  ["wfivefivec", 180, "m", "13 months"],
  ["wires", 205, "c", "session"],
  ["wires_challenge", 205, "c", "30 days"],
  ["wistia", 304, "c", "Session"],
  ["wistia-http2-push-disabled", 304, "c", "2 Weeks"],
  ["wistia-video-progress-", 304, "c*", "Session"],
  ["wixLanguage", 115, "c", "12 months"],
  ["woocommerce_cart_hash", 122, "c", "session"],
  ["woocommerce_dismissed_suggestions__", 122, "c*", "1 month"],
  ["woocommerce_items_in_cart", 122, "c", "session"],
  ["woocommerce_recently_viewed", 122, "c", "session"],
  ["woocommerce_snooze_suggestions__", 122, "c*", "2 days"],
  ["wordpress_google_apps_login", 166, "c", "session"],
  ["wordpress_logged_in_", 207, "c*", "session"],
  ["wordpress_test_cookie", 103, "c", "session"],
  ["wp-postpass_", 207, "c*", "10 days"],
  ["wp-saving-post", 207, "c", "1 day"],
  ["wp-settings-", 207, "c*", "1 Year"],
  ["wp-settings-time-", 207, "c*", "1 year"],
  ["wp-wpml_current_language", 163, "c", "session"],
  ["wp_lang", 207, "c", "Session"],
  ["wp_woocommerce_session_", 122, "c*", "2 days"],
  ["wporg_locale", 207, "c", "1 year"],
  ["wporg_logged_in", 207, "c", ""],
  ["wporg_sec", 207, "c", ""],
  ["wwepo", 44, "c", "90 days"],
  ["wwwchannelme_z_sid", 112, "c", "session"],
  ["x-ms-cpim-admin", 22, "c", "Session"],
  ["x-ms-cpim-cache", 22, "c*", "Session"],
  ["x-ms-cpim-csrf", 22, "c", "Session"],
  ["x-ms-cpim-ctx", 22, "c", "Session"],
  ["x-ms-cpim-dc", 22, "c", "Session"],
  ["x-ms-cpim-geo", 22, "c", "1 hour"],
  ["x-ms-cpim-rc", 22, "c", "Session"],
  ["x-ms-cpim-rp", 22, "c", "Session"],
  ["x-ms-cpim-slice", 22, "c", "Session"],
  ["x-ms-cpim-sso", 22, "c*", "Session"],
  ["x-ms-cpim-trans", 22, "c", "Session"],
  ["x-ms-gateway-slice", 21, "c", "End of session (browser)"],
  ["x-ms-routing-name", 303, "c", "0 day"],
  ["x-pp-s", 197, "c", "session"],
  ["xbc", 257, "c", "2 years"],
  ["xf_consent", 251, "c", "1 year"],
  ["xf_csrf", 251, "n", "1 year"],
  ["xf_dbWriteForced", 251, "c", "1 year"],
  ["xf_emoji_usage", 251, "c", "session"],
  ["xf_from_search", 251, "c", "session"],
  ["xf_inline_mod_", 251, "c*", "1 year"],
  ["xf_language_id", 251, "c", "1 year"],
  ["xf_ls", 251, "c", "1 year"],
  ["xf_notice_dismiss", 251, "c", "1 year"],
  ["xf_push_notice_dismiss", 251, "c", "1 year"],
  ["xf_push_subscription_updated", 251, "c", "1 year"],
  ["xf_session", 251, "c", "session"],
  ["xf_style_id", 251, "c", "1 year"],
  ["xf_tfa_trust", 251, "c", "45 days"],
  ["xf_toggle", 251, "c", "1 year"],
  ["xf_user", 251, "c", "1 year"],
  ["xs", 19, "m", "90 days"],
  ["yabs-sid", 243, "a", "session"],
  ["yabs-vdrf", 243, "a", "5 days"],
  ["yandexuid", 243, "a", ""],
  ["yashr", 243, "a", "1 Year"],
  ["yieldmo_id", 290, "a", "1 Year"],
  ["yith_wcwl_session_", 143, "c", "29 days"],
  ["ymex", 243, "a", "1 year"],
  ["yuidss", 243, "a", ""],
  ["zc", 93, "m", "10 years"],
  ["zc_consent", 132, "c", "1 year"],
  ["zc_cu_exp", 132, "c", "1 year"],
  ["zc_loc", 132, "m", "session"],
  ["zc_show", 132, "m", "1 year"],
  ["zendesk_thirdparty_test", 298, "c", "8 hours"],
  ["zi", 93, "m", "1 year"],
  ["zsc", 93, "m", "1 day"],
  ["zte2095", 298, "c", "Session"],
  ["zuc", 93, "m", "1 year"]
];

const NECESSARY = [
  ["consent_gate", "consent-gate"],
  ["cc_cookie", "vanilla-cookieconsent"],
  ["CookieConsent", "Cookiebot"],
  ["OptanonConsent", "OneTrust"],
  ["OptanonAlertBoxClosed", "OneTrust"],
  ["euconsent-v2", "IAB TCF consent string"],
  ["didomi_token", "Didomi"],
  ["uc_settings", "Usercentrics"],
  ["klaro", "Klaro"],
  ["tarteaucitron", "tarteaucitron"],
  ["cookieyes-consent", "CookieYes"],
  ["cmplz_*", "Complianz"],
  ["borlabs-cookie", "Borlabs Cookie"],
  ["PHPSESSID", "PHP"],
  ["JSESSIONID", "Java servlet"],
  ["ASP.NET_SessionId", "ASP.NET"],
  ["connect.sid", "Express"],
  ["laravel_session", "Laravel"],
  ["XSRF-TOKEN", "CSRF protection"],
  ["csrftoken", "Django"],
  ["sessionid", "Django"],
  ["__cf_bm", "Cloudflare"],
  ["cf_clearance", "Cloudflare"],
  ["AWSALB*", "AWS load balancer"],
  ["__Host-*", "secure session"]
];
const TRACKER_HOSTS = [
  ["google-analytics.com", "Google Analytics", "analytics"],
  ["analytics.google.com", "Google Analytics", "analytics"],
  ["googletagmanager.com", "Google Tag Manager", "analytics"],
  ["doubleclick.net", "Google Ads (DoubleClick)", "ads"],
  ["googleadservices.com", "Google Ads", "ads"],
  ["googlesyndication.com", "Google AdSense", "ads"],
  ["connect.facebook.net", "Meta Pixel", "ads"],
  ["facebook.com", "Meta Pixel", "ads"],
  ["hotjar.com", "Hotjar", "analytics"],
  ["hotjar.io", "Hotjar", "analytics"],
  ["clarity.ms", "Microsoft Clarity", "analytics"],
  ["bat.bing.com", "Microsoft Advertising", "ads"],
  ["snap.licdn.com", "LinkedIn Insight", "ads"],
  ["px.ads.linkedin.com", "LinkedIn Insight", "ads"],
  ["analytics.tiktok.com", "TikTok Pixel", "ads"],
  ["mixpanel.com", "Mixpanel", "analytics"],
  ["mxpnl.com", "Mixpanel", "analytics"],
  ["posthog.com", "PostHog", "analytics"],
  ["segment.com", "Segment", "analytics"],
  ["segment.io", "Segment", "analytics"],
  ["amplitude.com", "Amplitude", "analytics"],
  ["heapanalytics.com", "Heap", "analytics"],
  ["fullstory.com", "FullStory", "analytics"],
  ["matomo.cloud", "Matomo Cloud", "analytics"],
  ["mc.yandex.ru", "Yandex Metrica", "analytics"],
  ["scorecardresearch.com", "Comscore", "analytics"],
  ["hs-analytics.net", "HubSpot", "analytics"],
  ["criteo.com", "Criteo", "ads"],
  ["criteo.net", "Criteo", "ads"],
  ["taboola.com", "Taboola", "ads"],
  ["outbrain.com", "Outbrain", "ads"],
  ["adnxs.com", "Xandr", "ads"],
  ["ads-twitter.com", "X (Twitter) Ads", "ads"],
  ["ct.pinterest.com", "Pinterest Tag", "ads"],
  ["sc-static.net", "Snap Pixel", "ads"],
  ["quantserve.com", "Quantcast", "ads"]
];
const CONSENT_TOOL_SCRIPTS = /consent-gate|cookieconsent|cookiebot|onetrust|cookielaw|usercentrics|didomi|quantcast\.mgr|iubenda|klaro|tarteaucitron|osano|termly|trustarc|consentmanager|cookieyes|complianz|borlabs/i;

const PURPOSE_OF_CODE = { a: "analytics", m: "ads", c: "customization", n: "necessary" };
function loadDatabase() {
  const exact = /* @__PURE__ */ new Map();
  const patterns = [];
  for (const [name, platform, code, retention] of COOKIES) {
    const result = { purpose: PURPOSE_OF_CODE[code[0]], platform: PLATFORMS[platform] || null, source: "database" };
    if (retention) result.retention = retention;
    const pattern = code.endsWith("*") ? name + "*" : name;
    if (pattern.includes("*")) patterns.push({ test: matcher(pattern), length: pattern.length, result });
    else if (!exact.has(name)) exact.set(name, result);
  }
  patterns.sort((a, b) => b.length - a.length);
  return { exact, patterns };
}
function createClassifier({
  declared = {},
  providers = /* @__PURE__ */ new Map(),
  consentCookie = "consent_gate"
} = {}) {
  const database = loadDatabase();
  const declarations = Object.entries(declared).flatMap(
    ([purpose, names]) => names.map((n) => ({ purpose, test: matcher(n), provider: providers.get(n) ?? null }))
  );
  const necessary = NECESSARY.map(([pattern, platform]) => ({ test: matcher(pattern), platform }));
  function declaredPurpose(name) {
    return declarations.find((d) => d.test(name))?.purpose ?? null;
  }
  function declaration(name) {
    return declarations.find((d) => d.test(name)) ?? null;
  }
  function classify(name) {
    if (name === consentCookie) return { purpose: "necessary", platform: "consent-gate", source: "consent-gate" };
    const own = declaration(name);
    if (own) return { purpose: own.purpose, platform: own.provider, source: "site" };
    const fromDatabase = database.exact.get(name) ?? database.patterns.find((p) => p.test(name))?.result;
    const known = necessary.find((n) => n.test(name));
    if (known) return { purpose: "necessary", platform: known.platform, source: "known" };
    if (fromDatabase) return { ...fromDatabase };
    return { purpose: "unknown", platform: null, source: null };
  }
  function trackerHost(host) {
    const h = host.toLowerCase();
    const hit = TRACKER_HOSTS.find(([domain]) => h === domain || h.endsWith("." + domain));
    return hit ? { platform: hit[1], purpose: hit[2] } : null;
  }
  return { classify, declaredPurpose, trackerHost };
}

const SECOND_LEVEL = /* @__PURE__ */ new Set([
  "co",
  "com",
  "net",
  "org",
  "gov",
  "edu",
  "ac",
  "or",
  "ne",
  "go",
  "gv",
  "ltd",
  "plc",
  "nhs",
  "sch",
  "gob",
  "nic"
]);
function registrableDomain(host) {
  const clean = host.toLowerCase().replace(/^\.+/, "").replace(/\.$/, "");
  if (/^\d+(\.\d+){3}$/.test(clean) || clean.includes(":") || !clean.includes(".")) return clean;
  const labels = clean.split(".");
  const take = labels.length >= 3 && labels[labels.length - 1].length === 2 && SECOND_LEVEL.has(labels[labels.length - 2]) ? 3 : 2;
  return labels.slice(-take).join(".");
}
function sameSite(host, siteHost) {
  return registrableDomain(host) === registrableDomain(siteHost);
}
function plainUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.origin + u.pathname : null;
  } catch {
    return null;
  }
}

const ORDER = { violation: 0, warning: 1, info: 2 };
function label(purpose, platform) {
  return [platform, purpose].filter(Boolean).join(", ");
}
function storedFindings(visit, kind, strict) {
  const when = kind === "before-consent" ? "before any consent" : "after Reject all";
  const out = [];
  const judge2 = (subject, name, item, by) => {
    if (item.purpose === "necessary") return;
    const unknown = item.purpose === "unknown";
    out.push({
      kind,
      severity: unknown ? "warning" : strict ? "violation" : "info",
      visit: visit.name,
      subject,
      name,
      purpose: item.purpose,
      platform: item.platform,
      message: `${subject === "cookie" ? "cookie" : "area" in item && item.area === "localStorage" ? "localStorage key" : "sessionStorage key"} ${name} (${label(item.purpose, item.platform) || "purpose unknown"}) ${when}${by}`
    });
  };
  for (const c of visit.cookies)
    judge2("cookie", c.name, c, `${c.party === "third" ? " on " + c.domain : ""}${c.setBy ? `, set by ${c.setBy.url}` : ""}`);
  for (const s of visit.storage) judge2("storage", s.key, s, s.setBy ? `, set by ${s.setBy.url}` : "");
  const hosts = /* @__PURE__ */ new Map();
  for (const r of visit.requests) {
    if (!r.platform) continue;
    const seen = hosts.get(r.host) ?? { count: 0, cookie: false, platform: r.platform, purpose: r.purpose };
    seen.count += r.count;
    seen.cookie || (seen.cookie = r.cookie);
    hosts.set(r.host, seen);
  }
  for (const [host, r] of hosts) {
    out.push({
      kind,
      severity: strict ? "violation" : "info",
      visit: visit.name,
      subject: "request",
      host,
      purpose: r.purpose,
      platform: r.platform,
      message: `${r.count} request${r.count > 1 ? "s" : ""} to ${host} (${label(r.purpose, r.platform)}) ${when}${r.cookie ? ", carrying cookies" : ""}`
    });
  }
  return out;
}
function untaggedFindings(scripts, siteHost, tool, classifier) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const src of scripts) {
    const url = plainUrl(src);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const host = new URL(url).hostname;
    if (sameSite(host, siteHost) || CONSENT_TOOL_SCRIPTS.test(url)) continue;
    const tracker = classifier.trackerHost(host);
    out.push({
      kind: "untagged-script",
      severity: tool.name === "consent-gate" ? "warning" : "info",
      visit: "first",
      subject: "script",
      name: url,
      host,
      purpose: tracker?.purpose ?? null,
      platform: tracker?.platform ?? null,
      message: `third-party script ${url}${tracker ? ` (${tracker.platform})` : ""} has no data-consent: it runs whatever the visitor decides`
    });
  }
  return out;
}
function declarationFindings(visits, tool) {
  if (tool.name !== "consent-gate") return [];
  const out = [];
  const names = /* @__PURE__ */ new Map();
  for (const v of visits) {
    for (const c of v.cookies) if (!names.has("cookie " + c.name)) names.set("cookie " + c.name, c);
    for (const s of v.storage) if (!names.has("storage " + s.key)) names.set("storage " + s.key, s);
  }
  for (const [key, item] of names) {
    if (item.source === "site" || item.source === "consent-gate") continue;
    const [subject, name] = [key.slice(0, key.indexOf(" ")), key.slice(key.indexOf(" ") + 1)];
    out.push({
      kind: "undeclared",
      severity: "warning",
      visit: null,
      subject,
      name,
      purpose: item.purpose,
      platform: item.platform,
      message: `${subject === "cookie" ? "cookie" : "storage key"} ${name} is not declared in the consent-gate config (seen as ${label(item.purpose, item.platform) || "purpose unknown"})`
    });
  }
  const seen = [...names.keys()].map((k) => k.slice(k.indexOf(" ") + 1));
  for (const [purpose, patterns] of Object.entries(tool.declared ?? {})) {
    for (const pattern of patterns) {
      const test = matcher(pattern);
      if (seen.some(test)) continue;
      out.push({
        kind: "declared-not-seen",
        severity: "info",
        visit: null,
        subject: "declaration",
        name: pattern,
        purpose,
        platform: null,
        message: `${pattern} is declared under ${purpose} but was not seen in any visit`
      });
    }
  }
  return out;
}
function judge(input) {
  const { visits, tool } = input;
  const optIn = tool.mode !== "opt-out";
  const first = visits.find((v) => v.name === "first");
  const reject = visits.find((v) => v.name === "reject");
  const findings = [
    ...first ? storedFindings(first, "before-consent", optIn) : [],
    ...reject && reject.action.method !== "none" ? storedFindings(reject, "after-reject", true) : [],
    ...untaggedFindings(input.untaggedScripts, input.siteHost, tool, input.classifier),
    ...declarationFindings(visits, tool)
  ];
  return findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

const ALL = ["all", "alle", "alles", "tout", "todo", "todas", "todos", "tutto", "tutti", "wszystkie", "tudo"];
const PARTIAL = [
  "selection",
  "selected",
  "save",
  "settings",
  "customize",
  "customise",
  "preferences",
  "manage",
  "options",
  "more",
  "auswahl",
  "speichern",
  "einstellungen",
  "anpassen",
  "s\xE9lection",
  "param\xE8tres",
  "personnaliser",
  "enregistrer",
  "selecci\xF3n",
  "configurar",
  "personalizar",
  "guardar",
  "selezione",
  "impostazioni",
  "personalizza",
  "salva",
  "selectie",
  "instellingen",
  "aanpassen",
  "opslaan",
  "wybrane",
  "ustawienia",
  "dostosuj",
  "zapisz",
  "sele\xE7\xE3o",
  "defini\xE7\xF5es",
  "gerir"
];
const REJECT = [
  "reject all",
  "reject",
  "decline all",
  "decline",
  "deny all",
  "deny",
  "refuse all",
  "refuse",
  "disagree",
  "do not accept",
  "don t accept",
  "no thanks",
  "only necessary",
  "necessary only",
  "only essential",
  "essential only",
  "accept necessary",
  "accept only necessary",
  "necessary cookies only",
  "allow necessary",
  "continue without accepting",
  "alle ablehnen",
  "ablehnen",
  "nur notwendige",
  "nur essenzielle",
  "nicht zustimmen",
  "verweigern",
  "tout refuser",
  "refuser",
  "continuer sans accepter",
  "je refuse",
  "rechazar todo",
  "rechazar",
  "denegar",
  "solo necesarias",
  "rifiuta tutto",
  "rifiuta",
  "rifiutare",
  "solo necessari",
  "alles weigeren",
  "weigeren",
  "afwijzen",
  "alleen noodzakelijke",
  "odrzu\u0107 wszystkie",
  "odrzu\u0107",
  "odrzucam",
  "tylko niezb\u0119dne",
  "rejeitar tudo",
  "rejeitar",
  "recusar",
  "apenas necess\xE1rios"
];
const ACCEPT = [
  "accept all",
  "accept",
  "allow all",
  "allow",
  "agree",
  "i agree",
  "i accept",
  "ok",
  "okay",
  "got it",
  "alle akzeptieren",
  "akzeptieren",
  "zustimmen",
  "alle zulassen",
  "einverstanden",
  "annehmen",
  "tout accepter",
  "accepter",
  "j accepte",
  "autoriser",
  "aceptar todo",
  "aceptar",
  "acepto",
  "permitir",
  "accetta tutto",
  "accetta",
  "accetto",
  "acconsento",
  "alles accepteren",
  "accepteren",
  "akkoord",
  "toestaan",
  "akceptuj wszystkie",
  "akceptuj",
  "zaakceptuj",
  "zgadzam si\u0119",
  "zezw\xF3l",
  "aceitar tudo",
  "aceitar",
  "aceito",
  "concordo"
];
const REJECT_WORDS = { phrases: REJECT, not: PARTIAL, all: ALL };
const ACCEPT_WORDS = { phrases: ACCEPT, not: [...PARTIAL, ...REJECT], all: ALL };

function findButton({ words, element }) {
  const norm = (s) => " " + s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim() + " ";
  const has = (name, list) => list.some((p) => name.includes(norm(p)));
  const labelOf = (el) => {
    const root = el.getRootNode();
    const aria = el.getAttribute("aria-label");
    if (aria?.trim()) return aria;
    const ids = (el.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean);
    const by = ids.map((id) => root.getElementById?.(id)?.textContent || "").join(" ");
    if (by.trim()) return by;
    const text = el.innerText || el.textContent || "";
    if (text.trim()) return text;
    return el.value || el.getAttribute("title") || "";
  };
  const visible = (el) => {
    const style = getComputedStyle(el);
    return el.getClientRects().length > 0 && style.visibility !== "hidden" && style.display !== "none" && !el.disabled;
  };
  const submits = (el) => {
    const control = el;
    return (el.tagName === "BUTTON" || el.tagName === "INPUT") && control.type === "submit" && !!control.form;
  };
  const bannerLike = (el) => {
    for (let n = el; n; n = n.parentNode || (n.host ?? null)) {
      if (n instanceof ShadowRoot) return true;
      if (!(n instanceof Element)) continue;
      const hint = [n.id, n.getAttribute("class"), n.getAttribute("aria-label"), n.getAttribute("role")].join(" ");
      if (/cookie|consent|gdpr|privacy|cmp|banner|dialog/i.test(hint)) return true;
    }
    return false;
  };
  let best = null;
  const visit = (root) => {
    for (const el of Array.from(root.querySelectorAll("*"))) {
      if (el.shadowRoot) visit(el.shadowRoot);
      if (!el.matches('button, [role="button"], a, input[type="button"], input[type="submit"]')) continue;
      const raw = labelOf(el).replace(/\s+/g, " ").trim();
      if (!raw || raw.length > 60) continue;
      const name = norm(raw);
      if (!has(name, words.phrases) || has(name, words.not) || submits(el) || !visible(el)) continue;
      const inBanner = bannerLike(el);
      if (!inBanner && raw.length > 30) continue;
      const score = 2 + (has(name, words.all) ? 1 : 0) + (inBanner ? 2 : 0) + (el.tagName === "BUTTON" ? 1 : 0);
      if (!best || score > best.score) best = { element: el, name: raw, score };
    }
  };
  visit(document);
  const found = best;
  if (!found) return null;
  return element ? found.element : { name: found.name, score: found.score };
}
function readConsentGate() {
  const api = window.consentGate;
  if (!api || typeof api.get !== "function") return null;
  const tag = document.querySelector('script[data-purposes], script[data-mode], script[src*="consent-gate"]');
  const configId = tag?.getAttribute("data-config") || "consent-gate-config";
  const config = document.getElementById(configId);
  let purposes = [];
  try {
    purposes = Object.keys(api.get().purposes || {});
  } catch {
    purposes = [];
  }
  return {
    mode: tag?.getAttribute("data-mode") ?? null,
    cookieName: tag?.getAttribute("data-cookie-name") ?? null,
    purposes,
    configText: config instanceof HTMLScriptElement && /json/i.test(config.type) ? config.textContent : null
  };
}
function answerConsentGate(wanted) {
  const api = window.consentGate;
  const call = api?.[wanted];
  if (typeof call !== "function") return false;
  call.call(api);
  return true;
}
function readTagged() {
  return Array.from(document.querySelectorAll("[data-consent]")).map((el) => {
    const tag = el.tagName.toLowerCase();
    const src = el.getAttribute("src") || el.getAttribute("data-src");
    const ran = tag === "script" ? !/^text\/plain$/i.test(el.getAttribute("type") || "") : el.hasAttribute("src") || el.hasAttribute("srcset");
    return { tag, consent: el.getAttribute("data-consent") || "", src: src ? new URL(src, location.href).href : null, ran };
  });
}
function readUntaggedScripts() {
  return Array.from(document.querySelectorAll("script[src]:not([data-consent])")).map((s) => s.src);
}
function readStorageKeys() {
  const keys = (area) => {
    try {
      const s = area();
      return Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k) => k !== null);
    } catch {
      return [];
    }
  };
  return { origin: location.origin, localStorage: keys(() => localStorage), sessionStorage: keys(() => sessionStorage) };
}
function readLinks() {
  const out = [];
  for (const a of Array.from(document.querySelectorAll("a[href]"))) {
    const url = new URL(a.href, location.href);
    url.hash = "";
    if ((url.protocol === "http:" || url.protocol === "https:") && !out.includes(url.href)) out.push(url.href);
  }
  return out;
}
function installSetterNotes() {
  const note = window.__consentGateAuditNote;
  if (typeof note !== "function") return;
  const scriptOf = () => {
    const urls = (new Error().stack || "").match(/https?:\/\/[^\s)]+?(?=:\d+:\d+)/g) || [];
    return urls[0] || "";
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, "cookie");
  if (cookie?.set && cookie.get) {
    const { get, set } = cookie;
    Object.defineProperty(Document.prototype, "cookie", {
      configurable: true,
      enumerable: cookie.enumerable,
      get() {
        return get.call(this);
      },
      set(value) {
        try {
          note("cookie", String(value).split(";")[0].split("=")[0].trim(), scriptOf());
        } catch {
        }
        set.call(this, value);
      }
    });
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function(key, value) {
    try {
      note(this === window.localStorage ? "localStorage" : "sessionStorage", String(key), scriptOf());
    } catch {
    }
    return setItem.call(this, key, value);
  };
}
function detectTool() {
  const w = window;
  const tools = [
    ["CookieConsent", "vanilla-cookieconsent"],
    ["Cookiebot", "Cookiebot"],
    ["OneTrust", "OneTrust"],
    ["Didomi", "Didomi"],
    ["UC_UI", "Usercentrics"],
    ["klaro", "Klaro"],
    ["tarteaucitron", "tarteaucitron"],
    ["Osano", "Osano"],
    ["__tcfapi", "IAB TCF consent tool"]
  ];
  const hit = tools.find(([global]) => w[global] !== void 0 && w[global] !== null);
  return hit ? hit[1] : null;
}

const CLICK_TIMEOUT = 5e3;
function sameOriginFrames(page) {
  const origin = new URL(page.url()).origin;
  return page.frames().filter((frame) => {
    if (frame === page.mainFrame()) return true;
    const url = frame.url();
    if (url === "about:blank" || url === "about:srcdoc") return true;
    try {
      return new URL(url).origin === origin;
    } catch {
      return false;
    }
  });
}
async function bestButton(page, wanted) {
  const words = wanted === "reject" ? REJECT_WORDS : ACCEPT_WORDS;
  let best = null;
  for (const frame of sameOriginFrames(page)) {
    const found = await frame.evaluate(findButton, { words, element: false }).catch(() => null);
    if (found && (!best || found.score > best.score)) best = { frame, name: found.name, score: found.score };
  }
  return best;
}
async function waitForButton(page, wanted, waitMs) {
  return (await waitForBanner(page, [wanted], waitMs))[wanted];
}
async function waitForBanner(page, wanted, waitMs) {
  const deadline = Date.now() + waitMs;
  for (; ; ) {
    const found = { reject: null, accept: null };
    for (const w of wanted) found[w] = (await bestButton(page, w))?.name ?? null;
    if (found.reject || found.accept || Date.now() >= deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
async function clickBest(page, wanted) {
  const best = await bestButton(page, wanted);
  if (!best) return null;
  const words = wanted === "reject" ? REJECT_WORDS : ACCEPT_WORDS;
  const el = (await best.frame.evaluateHandle(findButton, { words, element: true })).asElement();
  if (!el) return null;
  await el.click({ timeout: CLICK_TIMEOUT }).catch(() => el.evaluate((e) => e.click()));
  return best.name;
}
async function clickSelector(page, selector) {
  for (const frame of sameOriginFrames(page)) {
    const target = frame.locator(selector).first();
    if (await target.count().catch(() => 0) === 0) continue;
    await target.click({ timeout: CLICK_TIMEOUT });
    return true;
  }
  return false;
}
async function answerBanner(page, wanted, options) {
  if (options.selector) {
    const clicked = await clickSelector(page, options.selector);
    return clicked ? { wanted, method: "selector", name: options.selector } : { wanted, method: "none", note: `--${wanted} ${options.selector} matched nothing` };
  }
  const name = await clickBest(page, wanted);
  if (name) return { wanted, method: "button", name };
  if (options.consentGate && await page.evaluate(answerConsentGate, wanted).catch(() => false)) {
    return { wanted, method: "api", name: `consentGate.${wanted}()` };
  }
  return { wanted, method: "none", note: `no ${wanted === "reject" ? "Reject" : "Accept"} button found` };
}

function watchNetwork(context, siteHost) {
  const inFlight = /* @__PURE__ */ new Set();
  let lastChange = Date.now();
  let recorded = [];
  const setBy = /* @__PURE__ */ new Map();
  const done = (request) => {
    inFlight.delete(request);
    lastChange = Date.now();
  };
  context.on("request", (request) => {
    inFlight.add(request);
    lastChange = Date.now();
    const url = plainUrl(request.url());
    if (!url) return;
    const host = new URL(url).hostname;
    if (sameSite(host, siteHost)) return;
    recorded.push(
      request.allHeaders().then(
        (headers) => ({ host, url, type: request.resourceType(), cookie: !!headers.cookie }),
        () => ({ host, url, type: request.resourceType(), cookie: false })
      )
    );
  });
  context.on("requestfinished", done);
  context.on("requestfailed", done);
  context.on("response", (response) => {
    const url = plainUrl(response.url());
    if (!url) return;
    response.headersArray().then(
      (headers) => {
        for (const { name, value } of headers) {
          if (name.toLowerCase() !== "set-cookie") continue;
          for (const line of value.split("\n")) {
            const cookie = line.split(";")[0].split("=")[0].trim();
            if (cookie && !setBy.has(cookie)) setBy.set(cookie, { kind: "response", url });
          }
        }
      },
      () => void 0
    );
  });
  async function quiet(timeoutMs, idleMs = 500) {
    const deadline = Date.now() + timeoutMs;
    lastChange = Math.max(lastChange, Date.now());
    while (Date.now() < deadline) {
      if (inFlight.size === 0 && Date.now() - lastChange >= idleMs) return true;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return false;
  }
  return {
    quiet,
    restart: () => void (recorded = []),
    // A request still waiting for its headers after 2 s is counted without knowing its cookie.
    requests: async () => {
      const late = new Promise((resolve) => setTimeout(() => resolve(null), 2e3));
      const settled = await Promise.all(recorded.map((r) => Promise.race([r, late])));
      return settled.filter((r) => r !== null);
    },
    setBy
  };
}

const BANNER_WAIT_MS = 5e3;
async function load(page, watch, url, plan, notes) {
  const what = url ?? "reload";
  plan.progress(`${plan.name}: loading ${url ?? "the page again"}`);
  try {
    if (url) await page.goto(url, { waitUntil: "load", timeout: plan.timeoutMs });
    else await page.reload({ waitUntil: "load", timeout: plan.timeoutMs });
  } catch (error) {
    notes.push(`${what}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
  await settle(watch, plan, notes);
}
async function settle(watch, plan, notes) {
  plan.progress(`${plan.name}: waiting for the network to be quiet`);
  if (!await watch.quiet(Math.min(plan.timeoutMs, 15e3))) notes.push("the network was still busy when the page was recorded");
}
function shoot(page) {
  return page.screenshot({ type: "jpeg", quality: 60, timeout: 1e4 }).catch(() => null);
}
async function runVisit(browser, plan) {
  const started = Date.now();
  const siteHost = new URL(plan.url).hostname;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "block" });
  const notes = [];
  const scriptSet = /* @__PURE__ */ new Map();
  await context.exposeBinding("__consentGateAuditNote", (_source, kind, name, script) => {
    const url = plainUrl(script);
    if (url && !scriptSet.has(kind + ":" + name)) scriptSet.set(kind + ":" + name, { kind: "script", url });
  });
  await context.addInitScript(installSetterNotes);
  const watch = watchNetwork(context, siteHost);
  const shots = [];
  try {
    const page = await context.newPage();
    await load(page, watch, plan.url, plan, notes);
    const consentGate = await page.evaluate(readConsentGate).catch(() => null);
    let action = { wanted: "none", method: "none" };
    const banner = { reject: null, accept: null, tool: null };
    if (plan.name === "first") {
      plan.progress("first: looking for a consent banner");
      Object.assign(banner, await waitForBanner(page, ["reject", "accept"], BANNER_WAIT_MS));
      banner.tool = await page.evaluate(detectTool).catch(() => null);
    } else {
      plan.progress(
        `${plan.name}: ${plan.selector ? "clicking " + plan.selector : `looking for the ${plan.name === "reject" ? "Reject" : "Accept"} button`}`
      );
      if (!plan.selector) await waitForButton(page, plan.name, BANNER_WAIT_MS);
    }
    const before = plan.screenshots ? await shoot(page) : null;
    if (before) shots.push({ label: plan.name === "first" ? "on arrival" : "with the notice", jpeg: before });
    const links = Array.isArray(plan.pages) ? [] : await page.evaluate(readLinks).catch(() => []);
    const untaggedScripts = plan.name === "first" ? await page.evaluate(readUntaggedScripts).catch(() => []) : [];
    if (plan.name !== "first") {
      action = await answerBanner(page, plan.name, { selector: plan.selector, consentGate: !!consentGate, waitMs: 0 });
      plan.progress(`${plan.name}: ${action.method === "none" ? action.note : `answered (${action.name})`}`);
      if (action.method !== "none") {
        await settle(watch, plan, notes);
        watch.restart();
        await load(page, watch, null, plan, notes);
        const after = plan.screenshots ? await shoot(page) : null;
        if (after) shots.push({ label: "after the decision and a reload", jpeg: after });
      }
    }
    const tagged = await page.evaluate(readTagged).catch(() => []);
    const storage = /* @__PURE__ */ new Map();
    const readStorage = async () => {
      const keys = await page.evaluate(readStorageKeys).catch(() => null);
      if (!keys) return;
      for (const area of ["localStorage", "sessionStorage"]) {
        for (const key of keys[area]) {
          storage.set(`${keys.origin} ${area} ${key}`, { area, key, origin: keys.origin, setBy: scriptSet.get(area + ":" + key) ?? null });
        }
      }
    };
    await readStorage();
    const visited = [page.url()];
    const start = page.url();
    const more = Array.isArray(plan.pages) ? plan.pages : links.filter((link) => sameSite(new URL(link).hostname, siteHost) && link !== start && link !== plan.url).slice(0, plan.pages.follow);
    for (const url of more) {
      await load(page, watch, url, plan, notes);
      visited.push(page.url());
      await readStorage();
    }
    const cookies = (await context.cookies()).map((c) => ({
      name: c.name,
      domain: c.domain,
      path: c.path,
      expires: c.expires > 0 ? new Date(c.expires * 1e3).toISOString() : null,
      secure: c.secure,
      httpOnly: c.httpOnly,
      sameSite: c.sameSite,
      party: sameSite(c.domain, siteHost) ? "first" : "third",
      setBy: watch.setBy.get(c.name) ?? scriptSet.get("cookie:" + c.name) ?? null
    }));
    const requests = await watch.requests();
    return {
      name: plan.name,
      action,
      pages: visited,
      cookies,
      storage: [...storage.values()],
      requests,
      tagged,
      durationMs: Date.now() - started,
      notes,
      shots,
      consentGate,
      links,
      untaggedScripts,
      banner
    };
  } finally {
    await context.close();
  }
}

function toolOf(first, notes, providers) {
  const cg = first.consentGate;
  if (!cg) return { name: first.banner.reject || first.banner.accept ? first.banner.tool ?? "unknown" : first.banner.tool };
  const clean = cleanJsonConfig(
    parseJsonText(cg.configText, (m) => notes.push(`consent-gate config: ${m}`)),
    (m) => notes.push(`consent-gate config: ${m}`)
  );
  const declared = {};
  for (const [purpose, info] of Object.entries(clean.purposes)) {
    if (info.cookies.length) declared[purpose] = info.cookies.map((c) => c.name);
    for (const c of info.cookies) if (c.provider) providers.set(c.name, c.provider);
  }
  return { name: "consent-gate", mode: cg.mode === "opt-out" ? "opt-out" : "opt-in", purposes: cg.purposes, declared };
}
function classifyItem(name, setBy, classifier) {
  const found = classifier.classify(name);
  if (found.purpose !== "unknown" || !setBy) return found;
  const tracker = classifier.trackerHost(new URL(setBy.url).hostname);
  return tracker ? { purpose: tracker.purpose, platform: tracker.platform, source: "tracker-host" } : found;
}
function classifyVisit(raw, classifier) {
  const requests = /* @__PURE__ */ new Map();
  for (const r of raw.requests) {
    const key = `${r.type} ${r.url}`;
    const seen = requests.get(key);
    if (seen) {
      seen.count++;
      seen.cookie || (seen.cookie = r.cookie);
      continue;
    }
    const tracker = classifier.trackerHost(r.host);
    requests.set(key, { ...r, platform: tracker?.platform ?? null, purpose: tracker?.purpose ?? null, count: 1 });
  }
  return {
    name: raw.name,
    action: raw.action,
    pages: raw.pages,
    cookies: raw.cookies.map((c) => ({ ...c, ...classifyItem(c.name, c.setBy, classifier) })),
    storage: raw.storage.map((s) => ({ ...s, ...classifyItem(s.key, s.setBy, classifier) })),
    requests: [...requests.values()],
    tagged: raw.tagged,
    durationMs: raw.durationMs,
    notes: raw.notes
  };
}
async function runAudit(browser, options) {
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const base = { url: options.url, timeoutMs: options.timeoutMs, screenshots: options.screenshots, progress: options.progress };
  const follow = { follow: options.pages - 1 };
  const [first, reject, accept] = await Promise.all([
    runVisit(browser, { ...base, name: "first", pages: follow }),
    runVisit(browser, { ...base, name: "reject", pages: follow, selector: options.reject }),
    runVisit(browser, { ...base, name: "accept", pages: follow, selector: options.accept })
  ]);
  const notes = [];
  const providers = /* @__PURE__ */ new Map();
  const tool = toolOf(first, notes, providers);
  first.notes.push(...notes);
  if (!tool.name && !options.reject && !options.accept) options.progress("no consent banner found: every visit was a first visit");
  const classifier = createClassifier({
    declared: tool.declared,
    providers,
    consentCookie: first.consentGate?.cookieName ?? "consent_gate"
  });
  const visits = [first, reject, accept].map((v) => classifyVisit(v, classifier));
  const findings = judge({ visits, tool, untaggedScripts: first.untaggedScripts, siteHost: new URL(options.url).hostname, classifier });
  const count = (s) => findings.filter((f) => f.severity === s).length;
  return {
    record: {
      url: options.url,
      startedAt,
      durationMs: Date.now() - started,
      browser: `Chromium ${browser.version()}`,
      tool,
      visits,
      findings,
      summary: { violations: count("violation"), warnings: count("warning"), infos: count("info") }
    },
    shots: { first: first.shots, reject: reject.shots, accept: accept.shots }
  };
}

const WHAT = {
  necessary: "needed for the site to work or to remember the consent choice",
  analytics: "counts visits and how the site is used",
  ads: "tracks visitors for advertising and measures which ads lead to sales",
  customization: "remembers choices that change what the site shows",
  login: "remembers sign-in details for faster checkout",
  unknown: "purpose not known: move this entry under the purpose it serves"
};
function lifetime(expires, from) {
  if (!expires) return "session";
  const days = Math.round((Date.parse(expires) - Date.parse(from)) / 864e5);
  if (days < 1) return "less than a day";
  if (days < 60) return `${days} day${days === 1 ? "" : "s"}`;
  if (days < 365) return `${Math.round(days / 30)} months`;
  const years = Math.round(days / 365);
  return `${years} year${years === 1 ? "" : "s"}`;
}
function describe(item, kind) {
  const what = WHAT[item.purpose] ?? `used for ${item.purpose}`;
  const who = item.platform ? ` of ${item.platform}` : "";
  return `${kind}${who}: ${what}.`;
}
function buildConfig(record) {
  const purposes = {};
  const seen = /* @__PURE__ */ new Set();
  const add = (purpose, entry) => {
    if (seen.has(entry.name)) return;
    seen.add(entry.name);
    (purposes[purpose] ?? (purposes[purpose] = { cookies: [] })).cookies.push(entry);
  };
  for (const visit of record.visits) {
    for (const c of visit.cookies) {
      if (c.source === "consent-gate") continue;
      add(c.purpose, {
        name: c.name,
        provider: c.platform ?? (c.party === "first" ? "this site" : c.domain.replace(/^\./, "")),
        duration: lifetime(c.expires, record.startedAt),
        description: describe(c, c.party === "first" ? "Cookie" : `Third-party cookie on ${c.domain.replace(/^\./, "")}`)
      });
    }
    for (const s of visit.storage) {
      add(s.purpose, {
        name: s.key,
        provider: s.platform ?? "this site",
        duration: s.area === "localStorage" ? "until cleared" : "until the tab is closed",
        description: describe(s, s.area === "localStorage" ? "Local storage key" : "Session storage key")
      });
    }
  }
  const observed = [...seen];
  for (const [purpose, patterns] of Object.entries(record.tool.declared ?? {})) {
    for (const pattern of patterns) {
      if (seen.has(pattern) || observed.some(matcher(pattern))) continue;
      add(purpose, {
        name: pattern,
        provider: "this site",
        duration: "unknown",
        description: "Declared by the site; not seen in the audit."
      });
    }
  }
  return { purposes };
}

const AUDIT_HELP = `Usage: consent-gate audit <url> [options]

Visits <url> three times in fresh browser contexts (first visit, Reject all,
Accept all) and reports what the site stores and sends before consent and
after Reject all. Exit status 1 when a violation is found.

Options:
  --json FILE          write the whole record as JSON (docs/audit.md)
  --html FILE          write a self-contained HTML report with screenshots
  --config FILE        write a consent-gate JSON config declaring every cookie and key seen
  --reject SELECTOR    CSS selector of the banner's reject button (default: found by its name)
  --accept SELECTOR    CSS selector of the banner's accept button (default: found by its name)
  --pages N            visit up to N pages of the site: the start page and same-site links (default 1)
  --timeout SECONDS    how long a page may take to load (default 30)
  --fail-on LEVEL      violation (default) or warning: the lowest severity that exits with 1
  --browser PATH       Chrome or Chromium to use (else CHROMIUM_PATH, the system's, Playwright's)
  --browser-arg ARG    an extra browser switch, repeatable (e.g. --host-resolver-rules=...)
  -h, --help           this help
`;
const VALUED = /* @__PURE__ */ new Set(["json", "html", "config", "reject", "accept", "pages", "timeout", "fail-on", "browser", "browser-arg"]);
function parseAuditArgs(args) {
  const values = /* @__PURE__ */ new Map();
  const browserArgs = [];
  const positional = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "-h" || arg === "--help") return { ok: false, help: true };
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq < 0 ? void 0 : eq);
    if (!VALUED.has(name)) return { ok: false, help: false, error: `unknown option ${arg.slice(0, eq < 0 ? void 0 : eq)}` };
    const value = eq < 0 ? args[++i] : arg.slice(eq + 1);
    if (value === void 0 || value === "") return { ok: false, help: false, error: `--${name} needs a value` };
    if (name === "browser-arg") browserArgs.push(value);
    else values.set(name, value);
  }
  if (positional.length !== 1)
    return { ok: false, help: false, error: positional.length ? `one URL, not ${positional.length}` : "a URL is needed" };
  let url;
  try {
    url = new URL(positional[0]);
  } catch {
    return { ok: false, help: false, error: `not a URL: ${positional[0]}` };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return { ok: false, help: false, error: "the URL must start with http:// or https://" };
  const pages = Number(values.get("pages") ?? 1);
  if (!Number.isInteger(pages) || pages < 1 || pages > 50)
    return { ok: false, help: false, error: "--pages must be a whole number from 1 to 50" };
  const timeout = Number(values.get("timeout") ?? 30);
  if (!Number.isFinite(timeout) || timeout < 1 || timeout > 600)
    return { ok: false, help: false, error: "--timeout must be seconds from 1 to 600" };
  const failOn = values.get("fail-on") ?? "violation";
  if (failOn !== "violation" && failOn !== "warning") return { ok: false, help: false, error: "--fail-on must be violation or warning" };
  const options = { url: url.href, pages, timeoutMs: Math.round(timeout * 1e3), failOn, browserArgs };
  for (const key of ["json", "html", "config", "reject", "accept", "browser"]) {
    const value = values.get(key);
    if (value !== void 0) options[key] = value;
  }
  return { ok: true, options };
}

function esc(value) {
  return String(value ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function table(head, rows, empty, wide = [0]) {
  if (!rows.length) return `<p class="empty">${esc(empty)}</p>`;
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join("");
  const tr = rows.map((r) => `<tr>${r.map((c, i) => `<td${wide.includes(i) ? "" : ' class="nowrap"'}>${esc(c)}</td>`).join("")}</tr>`).join("\n");
  return `<div class="scroll"><table><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table></div>`;
}
const STYLE = `
:root{color-scheme:light;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;background:#f6f7f9}
body{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:1.6rem;margin:0 0 4px}h2{font-size:1.25rem;margin:32px 0 8px}h3{font-size:1.05rem;margin:20px 0 6px}
.meta{color:#4a5563;margin:0}
.result{display:inline-block;padding:6px 12px;border-radius:6px;font-weight:600;margin:12px 0}
.fail{background:#fde2e1;color:#8a1c17}.ok{background:#dff3e4;color:#14532d}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.9rem}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #e3e6ea;vertical-align:top;overflow-wrap:anywhere}
th{background:#eef0f3;white-space:nowrap}
.nowrap{white-space:nowrap;overflow-wrap:normal}
.sev-violation{color:#8a1c17;font-weight:600}.sev-warning{color:#7a4b00;font-weight:600}.sev-info{color:#4a5563}
.visit{background:#fff;border:1px solid #e3e6ea;border-radius:8px;padding:4px 16px 16px;margin:16px 0}
.shots{display:flex;flex-wrap:wrap;gap:12px}
figure{margin:0;flex:0 1 500px}figure img{width:100%;height:auto;border:1px solid #c9ced6;border-radius:4px}
figcaption{font-size:.85rem;color:#4a5563}
.empty{color:#4a5563;font-style:italic}
`;
function renderHtml(record, shots) {
  const { violations, warnings, infos } = record.summary;
  const failed = violations > 0;
  const findings = record.findings.length ? `<div class="scroll"><table><thead><tr><th scope="col">Severity</th><th scope="col">Kind</th><th scope="col">Visit</th><th scope="col">Finding</th></tr></thead><tbody>${record.findings.map(
    (f) => `<tr><td class="nowrap sev-${esc(f.severity)}">${esc(f.severity)}</td><td class="nowrap">${esc(f.kind)}</td><td class="nowrap">${esc(f.visit ?? "")}</td><td>${esc(f.message)}</td></tr>`
  ).join("\n")}</tbody></table></div>` : '<p class="empty">No findings.</p>';
  const visits = record.visits.map((v) => {
    const action = v.action.wanted === "none" ? "No click: the page as a first-time visitor sees it." : v.action.method === "none" ? `Wanted ${v.action.wanted === "reject" ? "Reject all" : "Accept all"}: ${v.action.note ?? "nothing clicked"}.` : `${v.action.method === "api" ? "Called" : "Clicked"} ${v.action.name}, then reloaded.`;
    const figures = (shots[v.name] ?? []).map(
      (s) => `<figure><img alt="${esc(`${v.name} visit, ${s.label}`)}" src="data:image/jpeg;base64,${s.jpeg.toString("base64")}"><figcaption>${esc(s.label)}</figcaption></figure>`
    ).join("");
    return `<section class="visit" aria-labelledby="visit-${esc(v.name)}">
<h2 id="visit-${esc(v.name)}">Visit: ${esc(v.name)}</h2>
<p>${esc(action)} Pages: ${esc(v.pages.join(", "))}. Took ${esc((v.durationMs / 1e3).toFixed(1))} s.</p>
${v.notes.map((n) => `<p class="meta">Note: ${esc(n)}</p>`).join("")}
<div class="shots">${figures}</div>
<h3>Cookies</h3>
${table(
      ["Name", "Domain", "Party", "Purpose", "Platform", "Expires", "Flags", "Set by"],
      v.cookies.map((c) => [
        c.name,
        c.domain,
        c.party,
        c.purpose,
        c.platform ?? "",
        c.expires ?? "session",
        [c.secure && "Secure", c.httpOnly && "HttpOnly", `SameSite=${c.sameSite}`].filter(Boolean).join(" "),
        c.setBy ? `${c.setBy.kind} ${c.setBy.url}` : ""
      ]),
      "No cookies.",
      [0, 1, 7]
    )}
<h3>Storage keys</h3>
${table(
      ["Key", "Area", "Origin", "Purpose", "Platform", "Set by"],
      v.storage.map((s) => [s.key, s.area, s.origin, s.purpose, s.platform ?? "", s.setBy ? s.setBy.url : ""]),
      "No storage keys.",
      [0, 2, 5]
    )}
<h3>Third-party requests</h3>
${table(
      ["Host", "URL", "Type", "Count", "Cookie sent", "Tracker"],
      v.requests.map((r) => [r.host, r.url, r.type, r.count, r.cookie ? "yes" : "no", r.platform ?? ""]),
      "No third-party requests.",
      [0, 1]
    )}
${v.tagged.length ? `<h3>Tagged elements</h3>${table(
      ["Element", "data-consent", "Source", "Ran"],
      v.tagged.map((t) => [t.tag, t.consent, t.src ?? "(inline)", t.ran ? "yes" : "no"]),
      "",
      [2]
    )}` : ""}
</section>`;
  }).join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Consent audit: ${esc(record.url)}</title><style>${STYLE}</style></head>
<body><main>
<h1>Consent audit of ${esc(record.url)}</h1>
<p class="meta">${esc(new Date(record.startedAt).toUTCString())} \xB7 ${esc(record.browser)} \xB7 consent tool: ${esc(record.tool.name ?? "none found")}${record.tool.mode ? ` (${esc(record.tool.mode)})` : ""}</p>
<p class="result ${failed ? "fail" : "ok"}">${failed ? `${violations} violation${violations === 1 ? "" : "s"}` : "No violation"} \xB7 ${warnings} warning${warnings === 1 ? "" : "s"} \xB7 ${infos} info</p>
<h2>Findings</h2>
${findings}
${visits}
<p class="meta">Made by consent-gate audit. Cookie facts in part from the Open Cookie Database (Apache-2.0).</p>
</main></body></html>
`;
}

function pad(text, width) {
  return text.length >= width ? text + " " : text + " ".repeat(width - text.length);
}
function actionText(visit) {
  const a = visit.action;
  if (a.wanted === "none") return "no click";
  if (a.method === "button") return `clicked "${a.name}"`;
  if (a.method === "selector") return `clicked ${a.name}`;
  if (a.method === "api") return `called ${a.name}`;
  return a.note ?? "nothing to click";
}
function observations(visits) {
  const rows = /* @__PURE__ */ new Map();
  const add = (key, name, kind, purpose, visit) => {
    const row = rows.get(key) ?? { name, kind, purpose, visits: [] };
    if (!row.visits.includes(visit)) row.visits.push(visit);
    rows.set(key, row);
  };
  for (const v of visits) {
    for (const c of v.cookies)
      add(
        `c ${c.name} ${c.domain}`,
        c.name,
        c.party === "third" ? `cookie (${c.domain})` : "cookie",
        [c.purpose, c.platform].filter(Boolean).join(", "),
        v.name
      );
    for (const s of v.storage) add(`s ${s.area} ${s.key}`, s.key, s.area, [s.purpose, s.platform].filter(Boolean).join(", "), v.name);
  }
  return [...rows.values()];
}
function formatSummary(record, failOn) {
  const lines = [];
  const tool = record.tool;
  lines.push(`consent-gate audit of ${record.url}`);
  lines.push(
    `Consent tool: ${tool.name ?? "none found"}` + (tool.name === "consent-gate" ? ` (${tool.mode}; purposes: ${(tool.purposes ?? []).join(", ") || "none"})` : "")
  );
  lines.push("");
  lines.push(pad("Visit", 8) + pad("Action", 34) + pad("Cookies", 9) + pad("Storage", 9) + pad("3rd-party hosts", 17) + "Time");
  for (const v of record.visits) {
    const hosts2 = new Set(v.requests.map((r) => r.host)).size;
    lines.push(
      pad(v.name, 8) + pad(actionText(v), 34) + pad(String(v.cookies.length), 9) + pad(String(v.storage.length), 9) + pad(String(hosts2), 17) + (v.durationMs / 1e3).toFixed(1) + " s"
    );
    for (const note of v.notes) lines.push(`        note: ${note}`);
  }
  const seen = observations(record.visits);
  if (seen.length) {
    lines.push("", "Cookies and storage keys");
    const purposeWidth = Math.max(...seen.map((r) => r.purpose.length)) + 2;
    const kindWidth = Math.max(...seen.map((r) => r.kind.length)) + 2;
    for (const r of seen) lines.push("  " + pad(r.purpose, purposeWidth) + pad(r.kind, kindWidth) + pad(r.visits.join(", "), 23) + r.name);
  }
  const hosts = [...new Set(record.visits.flatMap((v) => v.requests.map((r) => r.host)))];
  if (hosts.length) lines.push("", `Third-party hosts: ${hosts.join(", ")}`);
  const { violations, warnings, infos } = record.summary;
  lines.push(
    "",
    `Findings: ${violations} violation${violations === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${infos} info`
  );
  for (const f of record.findings) lines.push(`  ${pad(f.severity, 10)}${pad(f.kind, 19)}${f.message}`);
  const failed = violations > 0 || failOn === "warning" && warnings > 0;
  lines.push(
    "",
    failed ? `FAIL: ${violations ? `${violations} violation${violations === 1 ? "" : "s"}` : `${warnings} warning${warnings === 1 ? "" : "s"} (--fail-on warning)`} (exit 1)` : `OK: no ${failOn === "warning" ? "violation or warning" : "violation"} (exit 0)`
  );
  lines.push(`Audited in ${(record.durationMs / 1e3).toFixed(1)} s with ${record.browser}.`);
  return lines.join("\n") + "\n";
}

const PROCESS_IO = { out: (t) => void process.stdout.write(t), err: (t) => void process.stderr.write(t) };
async function loadPlaywright() {
  try {
    return await import('playwright-core');
  } catch {
    return null;
  }
}
async function run(args, io = PROCESS_IO) {
  const parsed = parseAuditArgs(args);
  if (!parsed.ok) {
    if (parsed.help) {
      io.out(AUDIT_HELP);
      return 0;
    }
    io.err(`consent-gate audit: ${parsed.error}

${AUDIT_HELP}`);
    return 2;
  }
  const options = parsed.options;
  const playwright = await loadPlaywright();
  if (!playwright) {
    io.err("consent-gate audit needs playwright-core, an optional dependency: npm install --save-dev playwright-core\n");
    return 1;
  }
  const executablePath = findBrowser({ explicit: options.browser });
  if (!executablePath) {
    io.err(BROWSER_HELP + "\n");
    return 1;
  }
  const browser = await playwright.chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...options.browserArgs], headless: true });
  try {
    io.err(`Auditing ${options.url} with ${executablePath}
`);
    const started = Date.now();
    const { record, shots } = await runAudit(browser, {
      url: options.url,
      pages: options.pages,
      reject: options.reject,
      accept: options.accept,
      timeoutMs: options.timeoutMs,
      screenshots: !!options.html,
      progress: (text) => io.err(`  ${((Date.now() - started) / 1e3).toFixed(1).padStart(5)} s  ${text}
`)
    });
    io.out(formatSummary(record, options.failOn));
    if (options.json) write(options.json, JSON.stringify(record, null, 2) + "\n", io);
    if (options.html) write(options.html, renderHtml(record, shots), io);
    if (options.config) write(options.config, JSON.stringify(buildConfig(record), null, 2) + "\n", io);
    const { violations, warnings } = record.summary;
    return violations > 0 || options.failOn === "warning" && warnings > 0 ? 1 : 0;
  } finally {
    await browser.close();
  }
}
function write(path, text, io) {
  writeFileSync(path, text);
  io.err(`Wrote ${path}
`);
}

export { run };
