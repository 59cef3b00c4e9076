/** Shared by the ui-*.test.ts files: what has focus, and a JSON config block. */
import type { Page } from 'playwright-core';

/** The element that really has focus, through open shadow roots: its accessible-ish name. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return '';
    const label = el.getAttribute('aria-label') ?? (el.id && el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).querySelector(`label[for="${el.id}"]`)?.textContent : null);
    return `${el.localName}:${label ?? el.getAttribute('role') ?? el.textContent?.trim().slice(0, 40) ?? ''}`;
  });
}

/** The inline JSON config element (docs/attributes.md#the-json-config). */
export const jsonConfig = (value: unknown) =>
  `<script type="application/json" id="consent-gate-config">${JSON.stringify(value)}</script>`;

/** The consent cookie's value in the page's context. */
export async function consentCookie(page: Page): Promise<string | undefined> {
  return (await page.context().cookies()).find((c) => c.name === 'consent_gate')?.value;
}
