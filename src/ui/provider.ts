/** Names what a blocked iframe shows when the page gave it no `title`. */

/** Products named like their host: `YouTube` embeds come from youtube.com (and its subdomains). */
const DOT_COM = ['YouTube', 'Vimeo', 'Spotify', 'SoundCloud', 'Instagram', 'Facebook', 'TikTok', 'Calendly'];

/** Hosts (and the host's registrable tail) whose embeds visitors know by a product name. */
const PROVIDERS: ReadonlyArray<readonly [host: string, name: string, path?: RegExp]> = [
  ['google.com', 'Google Maps', /^\/maps\b/],
  ['maps.google.com', 'Google Maps'],
  ['youtube-nocookie.com', 'YouTube'],
  ['youtu.be', 'YouTube'],
  ['twitter.com', 'X (Twitter)'],
  ['x.com', 'X (Twitter)'],
  ['openstreetmap.org', 'OpenStreetMap'],
  ...DOT_COM.map((name) => [name.toLowerCase() + '.com', name] as const),
];

/**
 * The provider's name from an embed URL: a known product name for the big
 * embed hosts ("Google Maps" for google.com/maps, "YouTube"), else the host
 * without `www.`. Never throws; `''` when the URL has no http(s) host
 * (relative to the page's own origin it is the page's host, named as such).
 *
 * @example
 * providerName('https://www.google.com/maps/embed?pb=x', 'https://shop.example/') // 'Google Maps'
 * providerName('https://player.example-video.net/v/1', 'https://shop.example/') // 'player.example-video.net'
 */
export function providerName(src: string, base: string): string {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return '';
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname) return '';
  // The URL parser already lowercased an http(s) host (WHATWG URL, host parsing); a trailing dot it keeps.
  const host = url.hostname.replace(/\.$/, '');
  for (const [domain, name, path] of PROVIDERS) {
    if ((host === domain || host.endsWith('.' + domain)) && (!path || path.test(url.pathname))) return name;
  }
  return host.replace(/^www\./, '');
}
