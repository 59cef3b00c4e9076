/**
 * Shipped bytes: every file a site owner includes for a candidate (JS, CSS,
 * language files), each compressed on its own as a server would send it, then
 * summed: raw, gzip -9 and brotli (quality 11), all with node:zlib.
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = new URL('..', import.meta.url);

export function sizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
    }).length,
  };
}

export function shippedBytes(files) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const s = sizes(readFileSync(new URL(file, ROOT)));
    for (const k of Object.keys(total)) total[k] += s[k];
  }
  return total;
}
