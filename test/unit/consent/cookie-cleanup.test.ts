// @vitest-environment-options {"url": "http://www.shop.example.com/page"}
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createSettings } from '../../../src/config/settings';
import { clearRefused, domainsOf, matcher } from '../../../src/consent/cookie-cleanup';
import { createCookieJar } from '../../../src/consent/cookie-jar';
import type { ConsentGateOptions } from '../../../src/types';

const DOMAINS = ['', '; domain=.shop.example.com', '; domain=.example.com'];
afterEach(() => {
  for (const pair of document.cookie.split(/;\s*/).filter(Boolean))
    for (const domain of DOMAINS) document.cookie = pair.split('=')[0] + '=; Max-Age=0; path=/' + domain;
  localStorage.clear();
  sessionStorage.clear();
});

const settings = (options: ConsentGateOptions = {}) =>
  createSettings(
    {
      config: {
        purposes: { analytics: { cookies: [{ name: '_stat_id' }, '_stat_*'] }, ads: { cookies: ['_ad'] }, login: { cookies: ['*'] } },
      },
      ...options,
    },
    { host: location.hostname, warn: () => {} },
  );
const names = () =>
  document.cookie
    .split(/;\s*/)
    .filter(Boolean)
    .map((p) => p.split('=')[0])
    .sort();

describe('matcher', () => {
  it('matches a plain name exactly and treats only * as a wildcard', () => {
    expect(['_stat_id', '_stat_idx', 'x_stat_id'].map(matcher('_stat_id'))).toEqual([true, false, false]);
    expect(['_ga', '_ga_X1', 'a_ga_', '_gb'].map(matcher('_ga*'))).toEqual([true, true, false, false]);
    expect(['a.b', 'axb'].map(matcher('a.*'))).toEqual([true, false]);
    expect(['a.b', 'axb'].map(matcher('a.b'))).toEqual([true, false]);
  });

  it('never throws and matches every name for which it was written, whatever characters it holds', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (prefix, rest) => {
        expect(matcher(prefix)(prefix)).toBe(true);
        expect(matcher(prefix + '*')(prefix + rest)).toBe(true);
      }),
    );
  });
});

describe('domainsOf', () => {
  it('lists the host, each parent domain but no top-level domain, and the cookie domain', () => {
    expect(domainsOf('a.b.example.com', null)).toEqual([null, '.a.b.example.com', '.b.example.com', '.example.com']);
    expect(domainsOf('shop.example.co', '.other.co')).toEqual([null, '.shop.example.co', '.example.co', '.other.co']);
  });

  it('has no parent domains for an IP address or a bare host', () => {
    expect(domainsOf('127.0.0.1', null)).toEqual([null]);
    expect(domainsOf('[::1]', null)).toEqual([null]);
    expect(domainsOf('localhost', null)).toEqual([null]);
  });
});

describe('clearRefused', () => {
  const write = () => {
    for (const domain of DOMAINS) document.cookie = '_stat_id=1; path=/' + domain;
    for (const name of ['_stat_visit', '_ad', 'keep', 'consent_gate']) document.cookie = `${name}=1; path=/`;
    localStorage.setItem('_stat_ls', '1');
    localStorage.setItem('keep', '1');
    sessionStorage.setItem('_ad', '1');
  };

  it('deletes the declarations of refused purposes on the host and every parent domain, and in both storages', () => {
    write();
    clearRefused(settings(), { analytics: false, ads: false, customization: true, login: undefined }, createCookieJar(document), window);
    expect(names()).toEqual(['consent_gate', 'keep']);
    expect(Object.keys(localStorage)).toEqual(['keep']);
    expect(sessionStorage.length).toBe(0);
  });

  it('leaves granted and undecided purposes alone, and never deletes the consent cookie even for "*"', () => {
    write();
    clearRefused(settings(), { analytics: true, ads: undefined, login: false }, createCookieJar(document), window);
    expect(names()).toEqual(['consent_gate']);
    write();
    clearRefused(settings({ cookieName: 'keep' }), { analytics: true, login: false }, createCookieJar(document), window);
    expect(names()).toContain('keep');
  });

  it('copes with storage that throws (sandboxed frames, privacy modes)', () => {
    write();
    const win = Object.create(window, {
      localStorage: {
        get: () => {
          throw new Error('denied');
        },
      },
    }) as Window;
    clearRefused(settings(), { analytics: false }, createCookieJar(document), win);
    expect(names()).not.toContain('_stat_id');
    expect(Object.keys(sessionStorage)).toEqual(['_ad']);
  });
});
