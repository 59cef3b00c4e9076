import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeDecision } from '../../../src/consent/cookie-format';
import { parseConsentCookie } from '../../../src/consent/parse-consent-cookie';
import type { Decision } from '../../../src/types';

const NOW = Date.UTC(2026, 10, 22);
const decision = (over: Partial<Decision> = {}): Decision => ({
  revision: '3',
  timestamp: NOW - 86_400_000,
  id: '0123456789abcdef',
  choices: { analytics: true, ads: false },
  ...over,
});

/** Any valid decision, timestamps on whole seconds within a year before NOW. */
const decisions = fc.record({
  revision: fc.stringMatching(/^[A-Za-z0-9_.-]{1,32}$/),
  timestamp: fc.integer({ min: 0, max: 365 * 86_400 }).map((s) => NOW - s * 1000),
  id: fc.stringMatching(/^[0-9a-f]{16}$/),
  choices: fc.dictionary(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,31}$/), fc.boolean(), { maxKeys: 20 }),
});

describe('parseConsentCookie', () => {
  it('never throws, whatever the input and options', () => {
    fc.assert(
      fc.property(fc.anything(), fc.oneof(fc.constant(undefined), fc.constant(null), fc.anything()), (input, options) => {
        parseConsentCookie(input, options as never);
      }),
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (header) => void parseConsentCookie(header)));
  });

  it('round-trips encodeDecision, as a bare value and inside a Cookie header', () => {
    fc.assert(
      fc.property(decisions, fc.string({ maxLength: 20 }).filter((s) => !/[;=]/.test(s)), (d, junk) => {
        const value = encodeDecision(d);
        expect(parseConsentCookie(value, { now: NOW })).toEqual(d);
        const header = `a${junk}=1; consent_gate=${value}; z=${junk}`;
        expect(parseConsentCookie(header, { now: NOW, revision: d.revision })?.id).toBe(d.id);
        expect(parseConsentCookie(header, { now: NOW, revision: d.revision + 'x' })).toBeNull();
      }),
    );
  });

  it('finds the cookie by the given name among others in a whole header', () => {
    const value = encodeDecision(decision());
    const header = `theme=dark; other_gate=junk; site_consent=${value}; last=1`;
    expect(parseConsentCookie(header, { name: 'site_consent', now: NOW })?.choices).toEqual({ analytics: true, ads: false });
    expect(parseConsentCookie(header, { now: NOW })).toBeNull();
  });

  it('accepts a revision given as a number, like data-revision="3"', () => {
    expect(parseConsentCookie(encodeDecision(decision()), { revision: 3, now: NOW })?.revision).toBe('3');
  });

  it('refuses decisions older than maxAgeDays or dated in the future', () => {
    const value = encodeDecision(decision({ timestamp: NOW - 10 * 86_400_000 }));
    expect(parseConsentCookie(value, { maxAgeDays: 30, now: NOW })).not.toBeNull();
    expect(parseConsentCookie(value, { maxAgeDays: 9, now: NOW })).toBeNull();
    expect(parseConsentCookie(encodeDecision(decision({ timestamp: NOW + 2 * 86_400_000 })), { now: NOW })).toBeNull();
  });

  it('takes the newest valid value when the header holds the cookie twice', () => {
    const older = encodeDecision(decision({ id: 'a'.repeat(16), timestamp: NOW - 5000_000 }));
    const newer = encodeDecision(decision({ id: 'b'.repeat(16), timestamp: NOW - 1000_000 }));
    expect(parseConsentCookie(`consent_gate=${newer}; consent_gate=${older}`, { now: NOW })?.id).toBe('b'.repeat(16));
    expect(parseConsentCookie(`consent_gate=${older}; consent_gate=garbage`, { now: NOW })?.id).toBe('a'.repeat(16));
  });

  it('reads a quoted or percent-encoded value, and refuses tampered ones', () => {
    const value = encodeDecision(decision());
    expect(parseConsentCookie(`"${value}"`, { now: NOW })?.id).toBe('0123456789abcdef');
    expect(parseConsentCookie(encodeURIComponent(value).replace(/~/g, '%7E'), { now: NOW })?.id).toBe('0123456789abcdef');
    for (const bad of ['', '2~3~x~0123456789abcdef~analytics', value.replace('analytics', 'analytics.analytics'), value + '~', 'consent_gate=%E0%A4%A'])
      expect(parseConsentCookie(bad, { now: NOW })).toBeNull();
    expect(parseConsentCookie(undefined)).toBeNull();
  });
});
