// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { providerName } from '../../../src/ui/provider';

const BASE = 'https://shop.example/page';

describe('providerName', () => {
  it.each([
    ['https://www.google.com/maps/embed?pb=!1m18', 'Google Maps'],
    ['https://maps.google.com/maps?q=bakery&output=embed', 'Google Maps'],
    ['https://www.google.com/recaptcha/api', 'google.com'],
    ['https://www.youtube.com/embed/abc', 'YouTube'],
    ['https://www.youtube-nocookie.com/embed/abc', 'YouTube'],
    ['https://player.vimeo.com/video/1', 'Vimeo'],
    ['https://open.spotify.com/embed/track/1', 'Spotify'],
    ['https://widgets.example-reviews.net/box', 'widgets.example-reviews.net'],
    ['https://www.example.org/x', 'example.org'],
    ['//cdn.example.net/frame', 'cdn.example.net'],
    ['/local/frame.html', 'shop.example'],
    ['https://notyoutube.com/embed', 'notyoutube.com'],
  ])('%s -> %s', (src, name) => {
    expect(providerName(src, BASE)).toBe(name);
  });

  it.each([
    ['maps.google.com', 'Google Maps'],
    ['youtube.com', 'YouTube'],
    ['youtube-nocookie.com', 'YouTube'],
    ['youtu.be', 'YouTube'],
    ['vimeo.com', 'Vimeo'],
    ['spotify.com', 'Spotify'],
    ['soundcloud.com', 'SoundCloud'],
    ['twitter.com', 'X (Twitter)'],
    ['x.com', 'X (Twitter)'],
    ['instagram.com', 'Instagram'],
    ['facebook.com', 'Facebook'],
    ['tiktok.com', 'TikTok'],
    ['openstreetmap.org', 'OpenStreetMap'],
    ['calendly.com', 'Calendly'],
  ])('names every known host: %s and its subdomains, in any case, with a trailing dot -> %s', (host, name) => {
    for (const h of [host, 'www.' + host, 'EMBED.' + host.toUpperCase() + '.']) expect(providerName(`https://${h}/x`, BASE)).toBe(name);
    expect(providerName(`https://not${host}/x`, BASE)).toBe(`not${host}`);
  });

  it('names nothing for URLs that are not http(s)', () => {
    for (const src of ['javascript:alert(1)', 'data:text/html,x', 'about:blank', 'http://[bad']) expect(providerName(src, BASE)).toBe('');
  });

  it('never throws and answers a plain string for any input', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.string(), fc.oneof(fc.constant(BASE), fc.string()), (src, base) => {
        expect(typeof providerName(src, base)).toBe('string');
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.webUrl(), (src) => {
        expect(providerName(src, BASE)).not.toBe('');
      }),
      { numRuns: 200 },
    );
  });
});
