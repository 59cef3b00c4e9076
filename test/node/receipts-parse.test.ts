import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { truncateIp } from '../../src/receipts/client-address';
import { MAX_BODY_BYTES, parseReceipt, type ReceiptBody } from '../../src/receipts/receipt';
import { canonicalJson, shownDigest } from '../../src/receipts/shown-digest';

const encode = (s: string) => new TextEncoder().encode(s);
const valid: ReceiptBody = {
  id: '0123456789abcdef',
  previous: null,
  timestamp: 1_767_225_600_000,
  revision: '3',
  mode: 'opt-in',
  purposes: { ads: false, analytics: true },
  method: 'notice',
  lang: 'de-AT',
  shown: 'a'.repeat(64),
  url: 'https://www.example.com/shop/cart',
  version: '0.1.0',
};
const hex = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: n, maxLength: n });

/** Every valid receipt: each field drawn from its whole allowed shape. */
const receipts = fc
  .record({
    id: hex(16),
    previous: fc.option(hex(16), { nil: null }),
    timestamp: fc.integer({ min: 946_684_800_000, max: 4_102_444_800_000 }),
    revision: fc.stringMatching(/^[A-Za-z0-9_.-]{1,32}$/),
    mode: fc.constantFrom('opt-in' as const, 'opt-out' as const),
    purposes: fc.dictionary(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,31}$/), fc.boolean(), { minKeys: 1, maxKeys: 20 }),
    method: fc.constantFrom('notice' as const, 'dialog' as const, 'placeholder' as const, 'api' as const, 'gpc' as const),
    lang: fc.stringMatching(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/),
    shown: fc.option(hex(64), { nil: null }),
    url: fc.webUrl({ withQueryParameters: false, withFragments: false }).map((u) => {
      const url = new URL(u);
      return url.origin + url.pathname;
    }),
    version: fc.constantFrom('0.1.0', '1.20.3', '2.0.0-beta.1'),
  })
  .filter((r) => r.previous !== r.id && r.url.length <= 2048 && JSON.stringify(r).length <= MAX_BODY_BYTES);

describe('the receipt body parser', () => {
  it('accepts every well-formed receipt and returns exactly its fields', () => {
    fc.assert(
      fc.property(receipts, (r) => {
        const parsed = parseReceipt(encode(JSON.stringify(r)));
        expect(parsed).toEqual({ ok: true, receipt: r });
      }),
    );
  });

  it('never throws on any bytes, and answers with a reason or a receipt that re-parses to itself', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (bytes) => {
        const parsed = parseReceipt(bytes);
        if (parsed.ok) expect(parseReceipt(encode(JSON.stringify(parsed.receipt)))).toEqual(parsed);
        else expect(parsed.reason.length).toBeLessThan(120);
      }),
    );
  });

  it('refuses any JSON value that is not a receipt, whatever its shape', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseReceipt(encode(JSON.stringify(value)));
        expect(parsed.ok).toBe(false);
      }),
    );
  });

  it('refuses a receipt with any one field replaced by a value of another type, or an extra field', () => {
    const fields = Object.keys(valid) as Array<keyof ReceiptBody>;
    fc.assert(
      fc.property(
        receipts,
        fc.constantFrom(...fields),
        fc.oneof(fc.integer(), fc.constant(''), fc.constant([]), fc.object()),
        (r, field, wrong) => {
          fc.pre(!(field === 'previous' && wrong === null));
          expect(parseReceipt(encode(JSON.stringify({ ...r, [field]: wrong }))).ok).toBe(false);
        },
      ),
    );
    fc.assert(
      fc.property(
        receipts,
        fc.string({ minLength: 1 }).filter((k) => !fields.includes(k as keyof ReceiptBody)),
        fc.jsonValue(),
        (r, key, value) => {
          expect(parseReceipt(encode(JSON.stringify({ ...r, [key]: value })))).toMatchObject({ ok: false });
        },
      ),
    );
  });

  it('refuses a page address with a query, a fragment, another scheme or credentials', () => {
    for (const url of [
      'https://www.example.com/cart?email=a%40b.c',
      'https://www.example.com/cart#top',
      'javascript:alert(1)',
      'https://user:pw@www.example.com/',
      'https://www.example.com',
      'ftp://www.example.com/',
    ]) {
      expect(parseReceipt(encode(JSON.stringify({ ...valid, url })))).toMatchObject({ ok: false });
    }
  });

  it('refuses bodies that are not UTF-8, too large, or use prototype keys as purposes', () => {
    expect(parseReceipt(Uint8Array.of(0x7b, 0xff, 0x7d))).toEqual({ ok: false, reason: 'body is not UTF-8' });
    expect(parseReceipt(new Uint8Array(MAX_BODY_BYTES + 1))).toMatchObject({ ok: false });
    const proto = JSON.stringify(valid).replace('"ads":false', '"__proto__":true');
    expect(parseReceipt(encode(proto))).toMatchObject({ ok: false });
  });
});

describe('the digest of what the visitor was shown', () => {
  const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

  it('is the SHA-256 of the canonical JSON, whatever the texts hold', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string(), fc.string()), fc.option(fc.webUrl(), { nil: null }), async (texts, policyUrl) => {
        const content = { texts, purposes: [], policyUrl };
        expect(await shownDigest(content)).toBe(sha256(canonicalJson(content)));
      }),
      { numRuns: 50 },
    );
  });

  it('does not depend on key order, and changes with any text, purpose, cookie or policy address', async () => {
    const base = {
      texts: { title: 'Cookies', body: 'We use them' },
      purposes: [{ id: 'ads', label: 'Ads', description: 'Ads', cookies: ['_fbp', { name: '_gcl', provider: 'Google' }] }],
      policyUrl: '/privacy',
    };
    const reordered = { policyUrl: '/privacy', purposes: base.purposes, texts: { body: 'We use them', title: 'Cookies' } };
    expect(await shownDigest(reordered)).toBe(await shownDigest(base));
    expect(canonicalJson(base)).toBe(
      '{"policyUrl":"/privacy","purposes":[{"cookies":["_fbp",{"name":"_gcl","provider":"Google"}],"description":"Ads","id":"ads","label":"Ads"}],"texts":{"body":"We use them","title":"Cookies"}}',
    );
    const changed = [
      { ...base, texts: { ...base.texts, body: 'We use them.' } },
      { ...base, policyUrl: '/privacy-v2' },
      { ...base, purposes: [{ ...base.purposes[0]!, cookies: ['_fbp'] }] },
      { ...base, purposes: [{ ...base.purposes[0]!, label: 'Advertising' }] },
    ];
    for (const c of changed) expect(await shownDigest(c)).not.toBe(await shownDigest(base));
  });
});

describe('truncateIp', () => {
  it('keeps the /24 of IPv4 and the /48 of IPv6, and nothing for what is no address', () => {
    expect(truncateIp('203.0.113.77')).toBe('203.0.113.0');
    expect(truncateIp('::ffff:198.51.100.9')).toBe('198.51.100.0');
    expect(truncateIp('2001:db8:1234:5678::1')).toBe('2001:db8:1234::');
    expect(truncateIp('2001:0db8:0000:ffff:1:2:3:4')).toBe('2001:db8:0::');
    expect(truncateIp('::1')).toBe('0:0:0::');
    for (const bad of ['', 'localhost', '1.2.3', '256.1.1.1', '1::2::3', '12345::', 'g::1']) expect(truncateIp(bad)).toBeNull();
  });
});

describe('the schema', () => {
  it('names as latest version the newest migration', async () => {
    const { LATEST_VERSION, migrations } = await import('../../src/receipts/schema');
    expect(migrations().map((m) => m.version)).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1));
  });
});
