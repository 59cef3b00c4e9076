/**
 * Receipts per minute per client address, as a token bucket: a client may
 * send a burst of up to `perMinute`, refilled evenly over the minute. Buckets
 * of clients gone quiet are dropped, so memory stays bounded by the clients of
 * the last minute. `perMinute: 0` turns limiting off.
 *
 * @example
 * const limit = createRateLimit({ perMinute: 60, now: Date.now });
 * limit('203.0.113.7') // true while under the limit
 */
export function createRateLimit({ perMinute, now }: { perMinute: number; now: () => number }): (client: string) => boolean {
  if (!(perMinute > 0)) return () => true;
  const buckets = new Map<string, { tokens: number; at: number }>();
  const perMs = perMinute / 60_000;
  let swept = now();
  return (client) => {
    const t = now();
    if (t - swept > 60_000) {
      // A bucket untouched for a minute is full again: forgetting it changes nothing.
      for (const [key, b] of buckets) if (t - b.at > 60_000) buckets.delete(key);
      swept = t;
    }
    const b = buckets.get(client) ?? { tokens: perMinute, at: t };
    b.tokens = Math.min(perMinute, b.tokens + (t - b.at) * perMs);
    b.at = t;
    buckets.set(client, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  };
}
