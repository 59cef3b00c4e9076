/** A cookie declared for a purpose, as the dialog lists it. */
export type ShownCookie = string | { name: string; provider?: string; duration?: string; description?: string };

/** Exactly what the visitor could read before deciding. */
export interface ShownContent {
  /** Every text of the chosen language (notice, dialog, buttons), by key. */
  texts: Readonly<Record<string, string>>;
  /** The purposes in the order shown, with their label, description and declared cookies. */
  purposes: ReadonlyArray<{ id: string; label: string; description: string; cookies: readonly ShownCookie[] }>;
  policyUrl: string | null;
}

/** JSON with object keys sorted at every level: one byte sequence for one content, on every engine. */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );

/**
 * The SHA-256 (hex) of what the visitor was shown: the canonical JSON of
 * `{ texts, purposes, policyUrl }`, UTF-8 encoded, hashed with Web Crypto. Pure
 * (same input, same digest, on every engine), so the page computes it for the
 * receipt and a site owner recomputes it on a server from a kept copy of the
 * configuration, to show which texts a receipt's `shown` stands for (see
 * docs/receipts.md). Rejects where `crypto.subtle` is missing: browsers give
 * it to secure contexts only (https, localhost).
 *
 * @example
 * await shownDigest({ texts: { title: 'Cookies' }, purposes: [], policyUrl: null }) // 64 hex digits
 */
export async function shownDigest(
  { texts, purposes, policyUrl }: ShownContent,
  subtle: SubtleCrypto = globalThis.crypto.subtle,
): Promise<string> {
  const content = {
    texts,
    purposes: purposes.map(({ id, label, description, cookies }) => ({ id, label, description, cookies })),
    policyUrl,
  };
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(content)));
  return Array.from(new Uint8Array(digest), (b) => (256 + b).toString(16).slice(1)).join('');
}

/** What a consent receipt says of a mounted UI: its language, and the digest of what it shows (`null` without Web Crypto). */
export interface ShownReceipt {
  lang: string;
  digest: Promise<string | null>;
}

/**
 * The mounted UI's answer to `Ui.shown()`: its {@link ShownReceipt}, with the
 * digest computed on the first call (the first decision a receipt is sent
 * for) and kept, as what the UI shows does not change while it is mounted.
 * On the UI's side: the core, loaded on every page view, carries no hashing
 * code. Where `crypto.subtle` is missing (a page on plain http is no secure
 * context) the digest is `null`: the receipt says `shown: null` rather than nothing.
 *
 * @example
 * const shown = shownOnce(model); // model: ShownContent & { lang }
 * await shown().digest // 64 hex digits
 */
export function shownOnce(content: ShownContent & { lang: string }): () => ShownReceipt {
  let receipt: ShownReceipt | undefined;
  return () => (receipt ??= { lang: content.lang, digest: shownDigest(content).catch(() => null) });
}
