/** Shared by the ui-*.test.ts files: what has focus, and a JSON config block. */
import type { Page } from 'playwright-core';

/** The element that really has focus, through open shadow roots: its accessible-ish name. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return '';
    const label =
      el.getAttribute('aria-label') ??
      (el.id && el.getRootNode() instanceof ShadowRoot
        ? (el.getRootNode() as ShadowRoot).querySelector(`label[for="${el.id}"]`)?.textContent
        : null);
    return `${el.localName}:${label ?? el.getAttribute('role') ?? el.textContent?.trim().slice(0, 40) ?? ''}`;
  });
}

/** The inline JSON config element (docs/attributes.md#the-json-config). */
export const jsonConfig = (value: unknown) => `<script type="application/json" id="consent-gate-config">${JSON.stringify(value)}</script>`;

/** The consent cookie's value in the page's context. */
export async function consentCookie(page: Page): Promise<string | undefined> {
  return (await page.context().cookies()).find((c) => c.name === 'consent_gate')?.value;
}

/**
 * The colours the visitor sees at viewport points: a screenshot, decoded by
 * the page's own canvas (no PNG decoder needed), read back as [r, g, b].
 */
export async function pixels(page: Page, points: Array<{ x: number; y: number }>): Promise<Array<[number, number, number]>> {
  const png = await page.screenshot();
  return page.evaluate(
    async ({ data, points }) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + data;
      await img.decode();
      const canvas = new OffscreenCanvas(img.width, img.height);
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      ctx.drawImage(img, 0, 0);
      return points.map(
        (p) => Array.from(ctx.getImageData(Math.floor(p.x), Math.floor(p.y), 1, 1).data.slice(0, 3)) as [number, number, number],
      );
    },
    { data: png.toString('base64'), points },
  );
}

/** WCAG 2 contrast ratio of two sRGB colours. */
export function contrast(a: readonly number[], b: readonly number[]): number {
  const lum = (c: readonly number[]) => {
    const [r, g, bl] = c.map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Names of the nodes in Chromium's accessibility tree that assistive technology is given (not ignored). */
export async function accessibleNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ ignored: boolean; name?: { value?: string } }> };
  await cdp.detach();
  return nodes.filter((n) => !n.ignored && n.name?.value).map((n) => n.name!.value!);
}

/** The notice's shadow root element matching `selector`: its box in the viewport. */
export function boxOf(page: Page, selector: string) {
  return page.evaluate(
    (sel) => document.querySelector('consent-gate')!.shadowRoot!.querySelector(sel)!.getBoundingClientRect().toJSON() as DOMRect,
    selector,
  );
}
