/**
 * Facts of our own that the cookie database lacks or that this command needs to
 * judge fairly: consent tools' own cookies and session cookies are necessary (the
 * database files them under Functional), and the hosts of well-known trackers.
 */
import type { Purpose } from './types';

/** Cookies and keys a visitor's session or consent choice needs: [name or prefix*, platform]. */
export const NECESSARY: ReadonlyArray<readonly [string, string]> = [
  ['consent_gate', 'consent-gate'],
  ['cc_cookie', 'vanilla-cookieconsent'],
  ['CookieConsent', 'Cookiebot'],
  ['OptanonConsent', 'OneTrust'],
  ['OptanonAlertBoxClosed', 'OneTrust'],
  ['euconsent-v2', 'IAB TCF consent string'],
  ['didomi_token', 'Didomi'],
  ['uc_settings', 'Usercentrics'],
  ['klaro', 'Klaro'],
  ['tarteaucitron', 'tarteaucitron'],
  ['cookieyes-consent', 'CookieYes'],
  ['cmplz_*', 'Complianz'],
  ['borlabs-cookie', 'Borlabs Cookie'],
  ['PHPSESSID', 'PHP'],
  ['JSESSIONID', 'Java servlet'],
  ['ASP.NET_SessionId', 'ASP.NET'],
  ['connect.sid', 'Express'],
  ['laravel_session', 'Laravel'],
  ['XSRF-TOKEN', 'CSRF protection'],
  ['csrftoken', 'Django'],
  ['sessionid', 'Django'],
  ['__cf_bm', 'Cloudflare'],
  ['cf_clearance', 'Cloudflare'],
  ['AWSALB*', 'AWS load balancer'],
  ['__Host-*', 'secure session'],
];

/** Hosts of well-known trackers (a request to the domain or a subdomain): [domain, platform, purpose]. */
export const TRACKER_HOSTS: ReadonlyArray<readonly [string, string, Purpose]> = [
  ['google-analytics.com', 'Google Analytics', 'analytics'],
  ['analytics.google.com', 'Google Analytics', 'analytics'],
  ['googletagmanager.com', 'Google Tag Manager', 'analytics'],
  ['doubleclick.net', 'Google Ads (DoubleClick)', 'ads'],
  ['googleadservices.com', 'Google Ads', 'ads'],
  ['googlesyndication.com', 'Google AdSense', 'ads'],
  ['connect.facebook.net', 'Meta Pixel', 'ads'],
  ['facebook.com', 'Meta Pixel', 'ads'],
  ['hotjar.com', 'Hotjar', 'analytics'],
  ['hotjar.io', 'Hotjar', 'analytics'],
  ['clarity.ms', 'Microsoft Clarity', 'analytics'],
  ['bat.bing.com', 'Microsoft Advertising', 'ads'],
  ['snap.licdn.com', 'LinkedIn Insight', 'ads'],
  ['px.ads.linkedin.com', 'LinkedIn Insight', 'ads'],
  ['analytics.tiktok.com', 'TikTok Pixel', 'ads'],
  ['mixpanel.com', 'Mixpanel', 'analytics'],
  ['mxpnl.com', 'Mixpanel', 'analytics'],
  ['posthog.com', 'PostHog', 'analytics'],
  ['segment.com', 'Segment', 'analytics'],
  ['segment.io', 'Segment', 'analytics'],
  ['amplitude.com', 'Amplitude', 'analytics'],
  ['heapanalytics.com', 'Heap', 'analytics'],
  ['fullstory.com', 'FullStory', 'analytics'],
  ['matomo.cloud', 'Matomo Cloud', 'analytics'],
  ['mc.yandex.ru', 'Yandex Metrica', 'analytics'],
  ['scorecardresearch.com', 'Comscore', 'analytics'],
  ['hs-analytics.net', 'HubSpot', 'analytics'],
  ['criteo.com', 'Criteo', 'ads'],
  ['criteo.net', 'Criteo', 'ads'],
  ['taboola.com', 'Taboola', 'ads'],
  ['outbrain.com', 'Outbrain', 'ads'],
  ['adnxs.com', 'Xandr', 'ads'],
  ['ads-twitter.com', 'X (Twitter) Ads', 'ads'],
  ['ct.pinterest.com', 'Pinterest Tag', 'ads'],
  ['sc-static.net', 'Snap Pixel', 'ads'],
  ['quantserve.com', 'Quantcast', 'ads'],
];

/** URL fragments of consent tools' own scripts: an untagged script of the consent tool is expected. */
export const CONSENT_TOOL_SCRIPTS =
  /consent-gate|cookieconsent|cookiebot|onetrust|cookielaw|usercentrics|didomi|quantcast\.mgr|iubenda|klaro|tarteaucitron|osano|termly|trustarc|consentmanager|cookieyes|complianz|borlabs/i;
