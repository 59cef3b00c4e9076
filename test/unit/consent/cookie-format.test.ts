import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDecision, encodeDecision, isCurrent, randomId } from '../../../src/consent/cookie-format';
import type { Decision } from '../../../src/types';

const PURPOSE = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,31}$/);
const NOW = Date.UTC(2026, 10, 22);

/** Any decision the store can make: valid revision, whole seconds, 16 hex digits, up to 64 choices. */
const decision: fc.Arbitrary<Decision> = fc.record({
  revision: fc.stringMatching(/^[A-Za-z0-9_.-]{1,32}$/),
  timestamp: fc.integer({ min: 0, max: 32_503_680_000 }).map((s) => s * 1000),
  id: fc.stringMatching(/^[0-9a-f]{16}$/),
  choices: fc.dictionary(PURPOSE, fc.boolean(), { maxKeys: 64 }),
});

/** Strings near the format: right and wrong pieces in the right and wrong places. */
const TOKENS = [
  'analytics',
  '!analytics',
  'ads',
  '!ads',
  'login',
  'constructor',
  'toString',
  '__proto__',
  'hasOwnProperty',
  '!!ads',
  'ads ',
  ' ads',
  'ANALYTICS',
  'ads=1',
  '',
  'a%2Eb',
  'ads%00',
];
const nearly = fc
  .tuple(
    fc.constantFrom('1', '2', '0', '01', '', ' 1', '1 ', 'v1'),
    fc.constantFrom('1', '2', 'x', '', 'a~b', '1'.repeat(33)),
    fc.oneof(fc.constantFrom('t5w0rk', 'T5W0RK', '', '-1', '1'.repeat(10), 'zzzzzzzzz'), fc.string({ maxLength: 10 })),
    fc.oneof(fc.constantFrom('5f0c9a7e12b4d6e8', '5F0C9A7E12B4D6E8', '5f0c9a7e12b4d6e', '5f0c9a7e12b4d6e8a'), fc.string({ maxLength: 17 })),
    fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 })), { maxLength: 8 }).map((t) => t.join('.')),
    fc.constantFrom('~', '~', '~', '%7E', '~~', '.', ';', ''),
  )
  .map(([v, r, t, id, list, sep]) => [v, r, t, id, list].join(sep));
const anyString = fc.oneof(nearly, fc.string(), fc.string({ unit: 'binary' }), fc.string({ minLength: 2040, maxLength: 5000 }));

describe('decodeDecision', () => {
  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), anyString), (value) => {
        const result = decodeDecision(value);
        expect(result === null || typeof result === 'object').toBe(true);
      }),
      { numRuns: 2000 },
    );
  }, 30_000);

  it('reads back exactly what encodeDecision wrote', () => {
    fc.assert(
      fc.property(decision, (d) => {
        const decoded = decodeDecision(encodeDecision(d));
        expect(decoded).not.toBeNull();
        expect({ ...decoded!, choices: { ...decoded!.choices } }).toEqual({ ...d, choices: { ...d.choices } });
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('writes only RFC 6265 cookie-octets, so the value needs no encoding', () => {
    fc.assert(
      fc.property(decision, (d) => {
        expect(encodeDecision(d)).toMatch(/^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]+$/);
      }),
    );
  });

  it('grants only what the string literally grants', () => {
    fc.assert(
      fc.property(anyString, (value) => {
        const d = decodeDecision(value);
        if (!d) return;
        const listed = value.split('~')[4]!.split('.');
        for (const [p, granted] of Object.entries(d.choices)) expect(listed).toContain(granted ? p : '!' + p);
        expect(Object.getPrototypeOf(d.choices)).toBeNull();
      }),
      { numRuns: 3000 },
    );
  }, 30_000);

  it.each([
    ['empty', ''],
    ['truncated', '1~1~t5w0rk~5f0c9a7e12b4d6e8'],
    ['truncated inside the id', '1~1~t5w0rk~5f0c9a7'],
    ['percent-encoded separators', '1%7E1%7Et5w0rk%7E5f0c9a7e12b4d6e8%7Eanalytics'],
    ['broken percent-encoding', '1~1~t5w0rk~5f0c9a7e12b4d6e8~analytics%E0%A4%A'],
    ['another format version', '2~1~t5w0rk~5f0c9a7e12b4d6e8~analytics'],
    ['a purpose listed twice', '1~1~t5w0rk~5f0c9a7e12b4d6e8~!analytics.analytics'],
    ['an uppercase id', '1~1~t5w0rk~5F0C9A7E12B4D6E8~analytics'],
    ['JSON', '{"analytics":true}'],
    [
      '4 KB long',
      '1~1~t5w0rk~5f0c9a7e12b4d6e8~' +
        Array.from({ length: 400 }, (_, i) => 'p' + i)
          .join('.')
          .padEnd(4096, 'x'),
    ],
    ['65 choices', '1~1~t5w0rk~5f0c9a7e12b4d6e8~' + Array.from({ length: 65 }, (_, i) => 'p' + i).join('.')],
    ['a double refusal', '1~1~t5w0rk~5f0c9a7e12b4d6e8~!!analytics'],
    ['a quoted value', '"1~1~t5w0rk~5f0c9a7e12b4d6e8~analytics"'],
  ])('refuses %s', (_, value) => {
    expect(decodeDecision(value)).toBeNull();
  });

  it('accepts an empty choice list (a decision about no purpose)', () => {
    expect(decodeDecision('1~1~t5w0rk~5f0c9a7e12b4d6e8~')?.choices).toEqual({});
  });
});

describe('encodeDecision', () => {
  it('leaves out purpose ids that are not valid instead of writing them', () => {
    const value = encodeDecision({
      revision: '1',
      timestamp: NOW,
      id: '5f0c9a7e12b4d6e8',
      choices: { ok: true, 'a~b': true, 'x.y': true, '!ads': true, '': true },
    });
    expect(value.split('~')[4]).toBe('ok');
  });
});

describe('isCurrent', () => {
  const d = (timestamp: number, revision = '1'): Decision => ({ revision, timestamp, id: '5f0c9a7e12b4d6e8', choices: {} });
  it('counts another revision, an old decision and a far-future date as no decision', () => {
    expect(isCurrent(d(NOW), '1', 182, NOW)).toBe(true);
    expect(isCurrent(d(NOW, '2'), '1', 182, NOW)).toBe(false);
    expect(isCurrent(d(NOW - 183 * 86_400_000), '1', 182, NOW)).toBe(false);
    expect(isCurrent(d(NOW + 2 * 86_400_000), '1', 182, NOW)).toBe(false);
    expect(isCurrent(d(NOW + 3_600_000), '1', 182, NOW)).toBe(true);
  });
});

describe('randomId', () => {
  it('gives 16 lowercase hex digits, zero-padded', () => {
    expect(randomId({ getRandomValues: <T extends ArrayBufferView | null>(a: T) => a })).toBe('0000000000000000');
    expect(randomId(globalThis.crypto)).toMatch(/^[0-9a-f]{16}$/);
  });
});
