/**
 * SHA-256 (FIPS 180-4) over bytes, synchronous and dependency-free, so the
 * same function runs in any browser (also on plain http pages, where
 * `crypto.subtle` is missing) and on the server. Receipts hash a few KB once
 * per decision; speed does not matter here, size and determinism do.
 *
 * @example
 * sha256Hex(new TextEncoder().encode('abc')) // 'ba7816bf…f20015ad'
 */
export function sha256Hex(data: Uint8Array): string {
  const k = new Uint32Array(64);
  // The round constants: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
  for (let n = 2, i = 0; i < 64; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) if (n % d === 0) prime = false;
    if (prime) k[i++] = (Math.cbrt(n) % 1) * 2 ** 32;
  }
  const h = Uint32Array.of(0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19);
  const length = ((data.length + 9 + 63) >> 6) << 6;
  const padded = new Uint8Array(length);
  padded.set(data);
  padded[data.length] = 0x80;
  const view = new DataView(padded.buffer);
  // Bit length as a 64-bit big-endian number; receipts never come near 2^32 bits, but be exact.
  view.setUint32(length - 8, Math.floor(data.length / 2 ** 29));
  view.setUint32(length - 4, (data.length << 3) >>> 0);
  const w = new Uint32Array(64);
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
  for (let offset = 0; offset < length; offset += 64) {
    for (let t = 0; t < 16; t++) w[t] = view.getUint32(offset + t * 4);
    for (let t = 16; t < 64; t++) {
      const a = w[t - 15]!;
      const b = w[t - 2]!;
      w[t] = w[t - 16]! + (rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3)) + w[t - 7]! + (rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10));
    }
    let [a, b, c, d, e, f, g, hh] = h as unknown as number[];
    for (let t = 0; t < 64; t++) {
      const t1 = (hh! + (rotr(e!, 6) ^ rotr(e!, 11) ^ rotr(e!, 25)) + ((e! & f!) ^ (~e! & g!)) + k[t]! + w[t]!) | 0;
      const t2 = ((rotr(a!, 2) ^ rotr(a!, 13) ^ rotr(a!, 22)) + ((a! & b!) ^ (a! & c!) ^ (b! & c!))) | 0;
      [hh, g, f, e, d, c, b, a] = [g, f, e, (d! + t1) | 0, c, b, a, (t1 + t2) | 0];
    }
    const next = [a, b, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i++) h[i] = h[i]! + next[i]!;
  }
  return Array.from(h, (x) => x.toString(16).padStart(8, '0')).join('');
}
