/**
 * The visitor's address cut to its network, when a site owner keeps it at
 * all: IPv4 to /24 (`203.0.113.77` -> `203.0.113.0`), IPv6 to /48
 * (`2001:db8:1234:5678::1` -> `2001:db8:1234::`). An IPv4-mapped IPv6 address
 * is cut as IPv4. Anything that is not an address gives `null`.
 *
 * @example
 * truncateIp('203.0.113.77') // '203.0.113.0'
 */
export function truncateIp(address: string): string | null {
  const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/i.exec(address);
  if (v4) {
    const parts = v4.slice(1).map(Number);
    return parts.every((n) => n <= 255) ? `${parts[0]}.${parts[1]}.${parts[2]}.0` : null;
  }
  const groups = expandIpv6(address.replace(/%.*$/, ''));
  if (!groups) return null;
  return `${groups[0]}:${groups[1]}:${groups[2]}::`;
}

/** Eight hex groups without leading zeros, or null. */
function expandIpv6(address: string): string[] | null {
  if (!/^[0-9a-f:]{2,39}$/i.test(address)) return null;
  const halves = address.toLowerCase().split('::');
  if (halves.length > 2) return null;
  const split = (s: string) => (s ? s.split(':') : []);
  const head = split(halves[0]!);
  const tail = halves.length === 2 ? split(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => g.replace(/^0+(?=.)/, ''));
}
