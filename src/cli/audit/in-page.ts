/**
 * Functions that run inside the audited page (Playwright serialises them, so
 * each one is self-contained: no imports, no outer names). They only read; the
 * one exception is the button click the command asks for.
 */
import type { ButtonWords } from './banner-words';

/**
 * Finds the best button named by `words` in a document and its open shadow roots.
 * Skips hidden and disabled controls and those that would submit a form (the
 * audit never submits forms). Returns its name and score, or with `element: true`
 * the element itself, for the caller to click.
 */
export function findButton({ words, element }: { words: ButtonWords; element: boolean }): { name: string; score: number } | Element | null {
  const norm = (s: string) =>
    ' ' +
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim() +
    ' ';
  const has = (name: string, list: string[]) => list.some((p) => name.includes(norm(p)));
  const labelOf = (el: Element): string => {
    const root = el.getRootNode() as Document | ShadowRoot;
    const aria = el.getAttribute('aria-label');
    if (aria?.trim()) return aria;
    const ids = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
    const by = ids.map((id) => root.getElementById?.(id)?.textContent || '').join(' ');
    if (by.trim()) return by;
    // biome-ignore lint/performance/useDomNodeTextContent: a button's name is its rendered text, as a visitor reads it
    const text = (el as HTMLElement).innerText || el.textContent || '';
    if (text.trim()) return text;
    return (el as HTMLInputElement).value || el.getAttribute('title') || '';
  };
  const visible = (el: Element) => {
    const style = getComputedStyle(el);
    return (
      el.getClientRects().length > 0 && style.visibility !== 'hidden' && style.display !== 'none' && !(el as HTMLButtonElement).disabled
    );
  };
  const submits = (el: Element) => {
    const control = el as HTMLButtonElement;
    return (el.tagName === 'BUTTON' || el.tagName === 'INPUT') && control.type === 'submit' && !!control.form;
  };
  const bannerLike = (el: Element) => {
    for (let n: Node | null = el; n; n = (n as Element).parentNode || ((n as ShadowRoot).host ?? null)) {
      if (n instanceof ShadowRoot) return true;
      if (!(n instanceof Element)) continue;
      const hint = [n.id, n.getAttribute('class'), n.getAttribute('aria-label'), n.getAttribute('role')].join(' ');
      if (/cookie|consent|gdpr|privacy|cmp|banner|dialog/i.test(hint)) return true;
    }
    return false;
  };
  let best: { element: Element; name: string; score: number } | null = null;
  const visit = (root: Document | ShadowRoot) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el.shadowRoot) visit(el.shadowRoot);
      if (!el.matches('button, [role="button"], a, input[type="button"], input[type="submit"]')) continue;
      const raw = labelOf(el).replace(/\s+/g, ' ').trim();
      if (!raw || raw.length > 60) continue;
      const name = norm(raw);
      if (!has(name, words.phrases) || has(name, words.not) || submits(el) || !visible(el)) continue;
      const inBanner = bannerLike(el);
      if (!inBanner && raw.length > 30) continue;
      const score = 2 + (has(name, words.all) ? 1 : 0) + (inBanner ? 2 : 0) + (el.tagName === 'BUTTON' ? 1 : 0);
      if (!best || score > best.score) best = { element: el, name: raw, score };
    }
  };
  visit(document);
  const found = best as { element: Element; name: string; score: number } | null;
  if (!found) return null;
  return element ? found.element : { name: found.name, score: found.score };
}

/** What consent-gate tells about itself on this page, or `null` when it is not there. */
export function readConsentGate(): {
  mode: string | null;
  cookieName: string | null;
  purposes: string[];
  configText: string | null;
} | null {
  const api = (window as unknown as { consentGate?: { get?: () => { purposes?: Record<string, boolean> } } }).consentGate;
  if (!api || typeof api.get !== 'function') return null;
  const tag = document.querySelector('script[data-purposes], script[data-mode], script[src*="consent-gate"]');
  const configId = tag?.getAttribute('data-config') || 'consent-gate-config';
  const config = document.getElementById(configId);
  let purposes: string[] = [];
  try {
    purposes = Object.keys(api.get().purposes || {});
  } catch {
    purposes = [];
  }
  return {
    mode: tag?.getAttribute('data-mode') ?? null,
    cookieName: tag?.getAttribute('data-cookie-name') ?? null,
    purposes,
    configText: config instanceof HTMLScriptElement && /json/i.test(config.type) ? config.textContent : null,
  };
}

/** Answers through `window.consentGate` when no button could be clicked. */
export function answerConsentGate(wanted: 'reject' | 'accept'): boolean {
  const api = (window as unknown as { consentGate?: { reject?: () => void; accept?: () => void } }).consentGate;
  const call = api?.[wanted];
  if (typeof call !== 'function') return false;
  call.call(api);
  return true;
}

/** Elements tagged with data-consent and whether they ran (a live script type, a real src). */
export function readTagged(): Array<{ tag: string; consent: string; src: string | null; ran: boolean }> {
  return Array.from(document.querySelectorAll('[data-consent]')).map((el) => {
    const tag = el.tagName.toLowerCase();
    const src = el.getAttribute('src') || el.getAttribute('data-src');
    const ran =
      tag === 'script' ? !/^text\/plain$/i.test(el.getAttribute('type') || '') : el.hasAttribute('src') || el.hasAttribute('srcset');
    return { tag, consent: el.getAttribute('data-consent') || '', src: src ? new URL(src, location.href).href : null, ran };
  });
}

/** External scripts without data-consent, resolved to absolute URLs. */
export function readUntaggedScripts(): string[] {
  return Array.from(document.querySelectorAll('script[src]:not([data-consent])')).map((s) => (s as HTMLScriptElement).src);
}

/** Keys of both storage areas of this document's origin (values are not read). */
export function readStorageKeys(): { origin: string; localStorage: string[]; sessionStorage: string[] } {
  const keys = (area: () => Storage) => {
    try {
      const s = area();
      return Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k): k is string => k !== null);
    } catch {
      return [];
    }
  };
  return { origin: location.origin, localStorage: keys(() => localStorage), sessionStorage: keys(() => sessionStorage) };
}

/** Same-origin links of the page, in document order, without fragments. */
export function readLinks(): string[] {
  const out: string[] = [];
  for (const a of Array.from(document.querySelectorAll('a[href]'))) {
    const url = new URL((a as HTMLAnchorElement).href, location.href);
    url.hash = '';
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !out.includes(url.href)) out.push(url.href);
  }
  return out;
}

/** Which script set a cookie or a storage key, from the stack of the call (installed before any page script). */
export function installSetterNotes(): void {
  const note = (window as unknown as { __consentGateAuditNote?: (kind: string, name: string, script: string) => void })
    .__consentGateAuditNote;
  if (typeof note !== 'function') return;
  const scriptOf = () => {
    const urls = (new Error().stack || '').match(/https?:\/\/[^\s)]+?(?=:\d+:\d+)/g) || [];
    return urls[0] || '';
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie?.set && cookie.get) {
    const { get, set } = cookie;
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: cookie.enumerable,
      get() {
        return get.call(this);
      },
      set(value: string) {
        try {
          note('cookie', String(value).split(';')[0].split('=')[0].trim(), scriptOf());
        } catch {
          /* noting must never break the page */
        }
        set.call(this, value);
      },
    });
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key: string, value: string) {
    try {
      note(this === window.localStorage ? 'localStorage' : 'sessionStorage', String(key), scriptOf());
    } catch {
      /* as above */
    }
    return setItem.call(this, key, value);
  };
}

/** The consent tool behind a banner, recognised by the global it defines, or `null`. */
export function detectTool(): string | null {
  const w = window as unknown as Record<string, unknown>;
  const tools: Array<[string, string]> = [
    ['CookieConsent', 'vanilla-cookieconsent'],
    ['Cookiebot', 'Cookiebot'],
    ['OneTrust', 'OneTrust'],
    ['Didomi', 'Didomi'],
    ['UC_UI', 'Usercentrics'],
    ['klaro', 'Klaro'],
    ['tarteaucitron', 'tarteaucitron'],
    ['Osano', 'Osano'],
    ['__tcfapi', 'IAB TCF consent tool'],
  ];
  const hit = tools.find(([global]) => w[global] !== undefined && w[global] !== null);
  return hit ? hit[1] : null;
}
