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
  choices: { analytics: true, ads: false, customization: true, login: false },
  ...over,
});
const header = (...values: string[]) => values.map((v) => `consent_gate=${v}`).join('; ');
const site = { revision: '3', now: NOW };

/** Any valid decision, timestamps on whole seconds within a year before NOW. */
const decisions = fc.record({
  revision: fc.stringMatching(/^[A-Za-z0-9_.-]{1,32}$/),
  timestamp: fc.integer({ min: 0, max: 180 * 86_400 }).map((s) => NOW - s * 1000),
  id: fc.stringMatching(/^[0-9a-f]{16}$/),
  choices: fc.dictionary(fc.constantFrom('analytics', 'ads', 'customization', 'login', 'video'), fc.boolean()),
});

describe('parseConsentCookie', () => {
  it('never throws, whatever the input and options', () => {
    fc.assert(
      fc.property(fc.anything(), fc.oneof(fc.constant(undefined), fc.constant(null), fc.anything()), (input, options) => {
        parseConsentCookie(input, options as never);
      }),
      { numRuns: 300 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (h) => void parseConsentCookie(h)));
  }, 60_000);

  it('answers the shape of consentGate.get(): decided, purposes, revision, timestamp, id', () => {
    expect(parseConsentCookie(header(encodeDecision(decision())), site)).toEqual({
      decided: true,
      purposes: { analytics: true, ads: false, customization: true, login: false },
      revision: '3',
      timestamp: NOW - 86_400_000,
      id: '0123456789abcdef',
    });
    expect(parseConsentCookie(undefined, site)).toEqual({
      decided: false,
      purposes: { analytics: false, ads: false, customization: false, login: false },
      revision: '3',
      timestamp: null,
      id: null,
    });
  });

  it("round-trips encodeDecision inside a Cookie header, for the site's revision only", () => {
    fc.assert(
      fc.property(
        decisions,
        fc.string({ maxLength: 20 }).filter((s) => !/[;=]/.test(s)),
        (d, junk) => {
          const h = `a${junk}=1; consent_gate=${encodeDecision(d)}; z=${junk}`;
          const state = parseConsentCookie(h, {
            now: NOW,
            revision: d.revision,
            purposes: Object.keys(d.choices).length ? Object.keys(d.choices) : undefined,
          });
          if (Object.keys(d.choices).length) expect(state.purposes).toEqual(Object.fromEntries(Object.entries(d.choices)));
          expect(state.id).toBe(d.id);
          expect(parseConsentCookie(h, { now: NOW, revision: d.revision + 'x' }).id).toBeNull();
        },
      ),
    );
  });

  it('finds the cookie by the given name among others', () => {
    const h = `theme=dark; other_gate=junk; site_consent=${encodeDecision(decision())}; last=1`;
    expect(parseConsentCookie(h, { ...site, name: 'site_consent' }).purposes.analytics).toBe(true);
    expect(parseConsentCookie(h, site).decided).toBe(false);
  });

  it('reads the purposes the site configures, and a revision given as a number', () => {
    const h = header(encodeDecision(decision({ choices: { analytics: true, video: true } })));
    expect(parseConsentCookie(h, { ...site, purposes: 'analytics video' })).toMatchObject({
      decided: true,
      purposes: { analytics: true, video: true },
    });
    expect(parseConsentCookie(h, { revision: 3, now: NOW, purposes: ['video'] }).purposes).toEqual({ video: true });
  });

  it("defaults to the browser's defaults: revision 1, 182 days, opt-in", () => {
    const h = header(encodeDecision(decision({ revision: '1', timestamp: NOW - 100 * 86_400_000 })));
    expect(parseConsentCookie(h, { now: NOW }).decided).toBe(true);
    expect(
      parseConsentCookie(header(encodeDecision(decision({ revision: '1', timestamp: NOW - 183 * 86_400_000 }))), { now: NOW }).decided,
    ).toBe(false);
  });

  it('refuses decisions older than maxAgeDays or dated more than five minutes ahead', () => {
    const h = header(encodeDecision(decision({ timestamp: NOW - 10 * 86_400_000 })));
    expect(parseConsentCookie(h, { ...site, maxAgeDays: 30 }).decided).toBe(true);
    expect(parseConsentCookie(h, { ...site, maxAgeDays: 9 }).decided).toBe(false);
    expect(parseConsentCookie(header(encodeDecision(decision({ timestamp: NOW + 6 * 60_000 }))), site).decided).toBe(false);
    expect(parseConsentCookie(header(encodeDecision(decision({ timestamp: NOW + 4 * 60_000 }))), site).decided).toBe(true);
  });

  it('lets a refusal in any copy win when the header holds the cookie twice', () => {
    const grant = encodeDecision(
      decision({
        id: 'b'.repeat(16),
        timestamp: NOW - 1000_000,
        choices: { analytics: true, ads: true, customization: true, login: true },
      }),
    );
    const refusal = encodeDecision(
      decision({
        id: 'a'.repeat(16),
        timestamp: NOW - 5000_000,
        choices: { analytics: false, ads: false, customization: false, login: false },
      }),
    );
    for (const h of [header(grant, refusal), header(refusal, grant)])
      expect(parseConsentCookie(h, site)).toMatchObject({ decided: true, id: 'b'.repeat(16), purposes: { analytics: false, ads: false } });
  });

  it('reads neither a quoted nor a percent-encoded value, as the browser does not', () => {
    const value = encodeDecision(decision());
    for (const bad of [
      `"${value}"`,
      value.replace(/~/g, '%7E'),
      value.replace(/\./g, '%2E'),
      value.replace('analytics', 'analytics.analytics'),
      value + '~',
      '%E0%A4%A',
    ])
      expect(parseConsentCookie(header(bad), site)).toMatchObject({ decided: false, purposes: { analytics: false } });
  });

  it('in opt-out mode, grants what is not refused and keeps a refusal past its revision', () => {
    expect(parseConsentCookie(undefined, { mode: 'opt-out' }).purposes).toEqual({
      analytics: true,
      ads: true,
      customization: true,
      login: true,
    });
    const old = header(encodeDecision(decision({ revision: '2' })));
    expect(parseConsentCookie(old, { ...site, mode: 'opt-out' })).toMatchObject({
      decided: false,
      purposes: { analytics: true, ads: false, login: false },
    });
    expect(parseConsentCookie(header('damaged'), { mode: 'opt-out' }).purposes).toEqual({
      analytics: false,
      ads: false,
      customization: false,
      login: false,
    });
  });

  it('reads only own options: a polluted Object.prototype neither switches to opt-out nor renames the cookie', () => {
    const proto = Object.prototype as Record<string, unknown>;
    try {
      Object.assign(proto, { mode: 'opt-out', name: 'x', revision: '9', purposes: ['evil'], maxAgeDays: 1e9 });
      expect(parseConsentCookie(header(encodeDecision(decision({ revision: '1' }))), { now: NOW })).toMatchObject({
        decided: true,
        purposes: { analytics: true, ads: false, customization: true, login: false },
      });
      expect(parseConsentCookie(undefined, {}).purposes.analytics).toBe(false);
    } finally {
      for (const key of ['mode', 'name', 'revision', 'purposes', 'maxAgeDays']) delete proto[key];
    }
  });
});
