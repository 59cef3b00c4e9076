const canonicalJson = (value) => JSON.stringify(
  value,
  (_, v) => v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a < b ? -1 : 1)) : v
);
async function shownDigest({ texts, purposes, policyUrl }, subtle = globalThis.crypto.subtle) {
  const content = {
    texts,
    purposes: purposes.map(({ id, label, description, cookies }) => ({ id, label, description, cookies })),
    policyUrl
  };
  const digest = await subtle.digest("SHA-256", new TextEncoder().encode(canonicalJson(content)));
  return Array.from(new Uint8Array(digest), (b) => (256 + b).toString(16).slice(1)).join("");
}
function shownOnce(content) {
  let receipt;
  return () => receipt ?? (receipt = { lang: content.lang, digest: shownDigest(content).catch(() => null) });
}

export { shownOnce as a, canonicalJson as c, shownDigest as s };
