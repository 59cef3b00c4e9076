/**
 * Renders the demo page for one set of switcher choices. Every query value is
 * checked against a fixed list and only the list's own entry is written into
 * the HTML: the visitor's raw query text never reaches the page.
 */
import { readFileSync } from 'node:fs';

const TEMPLATE = readFileSync(new URL('./page.html', import.meta.url), 'utf8');

/** Each switcher field: its choices (the first is the default) and how the form labels them. */
export const CHOICES = {
  position: { label: 'Position', options: ['bottom', 'top', 'center'] },
  theme: { label: 'Theme', options: ['auto', 'light', 'dark'] },
  lang: { label: 'Language', options: ['auto', 'en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl'] },
  mode: { label: 'Mode', options: ['opt-in', 'opt-out'] },
};

/** The switcher's settings from a URL's query: unknown or invalid values fall back to the defaults. */
export function readChoices(searchParams) {
  const chosen = {};
  for (const [name, { options }] of Object.entries(CHOICES)) {
    const asked = searchParams.get(name);
    chosen[name] = options.find((option) => option === asked) ?? options[0];
  }
  chosen.gpc = searchParams.get('gpc') === 'on';
  return chosen;
}

/** Escapes text for HTML; our values come from fixed lists, this keeps it safe if one ever changes. */
function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function consentGateTag(chosen, logUrl) {
  return [
    // The core; it loads /consent-gate-ui.<lang>.min.js from next to itself when the notice is needed.
    `<script defer src="/consent-gate.min.js"`,
    ...(logUrl ? [`        data-log-url="${escapeHtml(logUrl)}"`] : []),
    `        data-purposes="analytics ads customization login"`,
    `        data-mode="${escapeHtml(chosen.mode)}"`,
    `        data-position="${escapeHtml(chosen.position)}"`,
    `        data-theme="${escapeHtml(chosen.theme)}"`,
    `        data-lang="${escapeHtml(chosen.lang)}"`,
    `        data-policy-url="/privacy"></script>`,
  ].join('\n');
}

/**
 * Simulates a browser that sends Global Privacy Control. It must run before
 * consent-gate reads the signal, so it sits before the script tag.
 */
const GPC_SIMULATION = `<script>
  Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });
</script>`;

function switcherFields(chosen) {
  const selects = Object.entries(CHOICES).map(([name, { label, options }]) => {
    const items = options
      .map((o) => `<option value="${escapeHtml(o)}"${o === chosen[name] ? ' selected' : ''}>${escapeHtml(o)}</option>`)
      .join('');
    return `<label class="field"><span>${escapeHtml(label)}</span><select name="${name}">${items}</select></label>`;
  });
  const gpc = `<label class="check"><input type="checkbox" name="gpc" value="on"${chosen.gpc ? ' checked' : ''}> Simulate Global Privacy Control</label>`;
  return [...selects, gpc].join('\n');
}

/** The full demo page for these choices; with `logUrl`, every decision's receipt goes there. */
export function renderPage(chosen, { logUrl = null } = {}) {
  const tag = consentGateTag(chosen, logUrl);
  const parts = {
    'gpc-simulation': chosen.gpc ? GPC_SIMULATION : '',
    'consent-gate-tag': tag,
    'consent-gate-tag-text': escapeHtml(tag.replace(/\n\s+/g, '\n  ')),
    'switcher-fields': switcherFields(chosen),
  };
  return TEMPLATE.replace(/<!--\s*slot:([a-z-]+)\s*-->/g, (match, name) => parts[name] ?? match);
}
