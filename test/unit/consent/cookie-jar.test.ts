import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { cookieString, createCookieJar } from '../../../src/consent/cookie-jar';
import { cookiePairs } from '../../../src/consent/cookie-pairs';
import { pathsOf, placesOf } from '../../../src/consent/cookie-places';

afterEach(() => {
  for (const name of document.cookie.split(/;\s*/).map((p) => p.split('=')[0]!)) document.cookie = `${name}=; Max-Age=0; Path=/`;
});

describe('createCookieJar', () => {
  it('deletes a cookie by the exact name the browser shows, %40 and ( ) : [ ] included', () => {
    const jar = createCookieJar(document);
    for (const name of ['AMCV_1234%40AdobeOrg', 'odd(1):[x]', 'keep']) document.cookie = `${name}=v; Path=/`;
    expect(jar.names().sort()).toEqual(['AMCV_1234%40AdobeOrg', 'keep', 'odd(1):[x]']);
    jar.remove('AMCV_1234%40AdobeOrg', { domain: null, path: '/' });
    jar.remove('odd(1):[x]', { domain: null });
    expect(jar.names()).toEqual(['keep']);
  });

  it('writes the value as given and reads it back unchanged', () => {
    const jar = createCookieJar(document);
    expect(jar.set('consent_gate', '1~1~sm4q2k~5f0c9a7e12b4d6e8~analytics.!ads', { days: 1, domain: null })).toBe(true);
    expect(jar.getAll('consent_gate')).toEqual(['1~1~sm4q2k~5f0c9a7e12b4d6e8~analytics.!ads']);
  });

  it('reads the cookie string through Document.prototype, past an element named cookie', () => {
    document.cookie = 'a=1; Path=/';
    const img = document.createElement('img');
    img.setAttribute('name', 'cookie');
    document.body.append(img);
    try {
      expect(createCookieJar(document).getAll('a')).toEqual(['1']);
    } finally {
      img.remove();
    }
  });
});

describe('cookieString', () => {
  it('writes the attributes of RFC 6265 4.1.1 and a past Expires when deleting', () => {
    expect(cookieString('n', 'v', '/', '.example.com', 86_400, true)).toBe(
      'n=v; Path=/; SameSite=Lax; Max-Age=86400; Domain=.example.com; Secure',
    );
    expect(cookieString('n', '', '/a', null, 0, false)).toBe('n=; Path=/a; SameSite=Lax; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  });
});

describe('cookiePairs', () => {
  it('keeps names and values exactly, trimming only spaces and tabs around them', () => {
    expect(cookiePairs(' a = "1" ; b=%40;c;d=e=f')).toEqual([
      ['a', '"1"'],
      ['b', '%40'],
      ['', 'c'],
      ['d', 'e=f'],
    ]);
  });

  it('never throws and never yields a name holding ";"', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) =>
        cookiePairs(s).every(([n, v]) => !n.includes(';') && !v.includes(';')),
      ),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('places a cookie the page sees can sit', () => {
  it('every path visible at a page, with and without the trailing slash', () => {
    expect(pathsOf('/a/b/c.html')).toEqual(['/', '/a', '/a/', '/a/b', '/a/b/', '/a/b/c.html']);
    expect(pathsOf('/')).toEqual(['/']);
    expect(pathsOf('/shop/')).toEqual(['/', '/shop', '/shop/']);
  });

  it('every domain (host-only, parents, the cookie domain) on every path', () => {
    const places = placesOf('www.shop.example', '/a', 'shop.example');
    expect(places).toContainEqual({ domain: null, path: '/a' });
    expect(places).toContainEqual({ domain: '.shop.example', path: '/' });
    expect(places).toContainEqual({ domain: '.www.shop.example', path: '/a' });
    expect(places).not.toContainEqual({ domain: '.example', path: '/' });
    expect(places).toContainEqual({ domain: 'shop.example', path: '/' });
    expect(placesOf('127.0.0.1', '/', null)).toEqual([{ domain: null, path: '/' }]);
  });
});

describe('cookiePairs on a hostile header', () => {
  it('reads 64 KB of spaces in linear time (no regex backtracking)', () => {
    const header = 'a=' + ' '.repeat(65_000) + 'x; consent_gate=' + ' '.repeat(65_000);
    expect(cookiePairs(header)).toEqual([
      ['a', 'x'],
      ['consent_gate', ''],
    ]);
  });
});
