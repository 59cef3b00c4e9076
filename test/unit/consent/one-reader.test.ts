import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createSettings } from '../../../src/config/settings';
import { encodeDecision } from '../../../src/consent/cookie-format';
import { createCookieJar } from '../../../src/consent/cookie-jar';
import { parseConsentCookie } from '../../../src/consent/parse-consent-cookie';
import { createStore } from '../../../src/consent/store';

const NOW = Date.UTC(2026, 10, 22, 12);
const PURPOSES = ['analytics', 'ads', 'customization', 'login'];

/** A document whose cookie string is exactly `header`, as a browser would show it to the page. */
function documentWith(header: string): Document {
  const proto = {
    get cookie() {
      return header;
    },
    set cookie(_: string) {},
    get defaultView() {
      return { location: { protocol: 'https:', hostname: 'www.example.com', pathname: '/' } };
    },
  };
  return Object.create(proto) as Document;
}

function browserReads(doc: Document, site: { mode: 'opt-in' | 'opt-out'; revision: string; expires: number }) {
  const settings = createSettings(
    { mode: site.mode, revision: site.revision, expires: site.expires },
    { host: 'www.example.com', warn: () => {} },
  );
  return createStore({
    settings,
    jar: createCookieJar(doc),
    warn: () => {},
    now: () => NOW,
    crypto: globalThis.crypto,
    signalRefused: [],
  }).get();
}
const serverReads = (header: string, site: { mode: 'opt-in' | 'opt-out'; revision: string; expires: number }) =>
  parseConsentCookie(header, { mode: site.mode, revision: site.revision, maxAgeDays: site.expires, now: NOW });

const site = fc.record({
  mode: fc.constantFrom('opt-in' as const, 'opt-out' as const),
  revision: fc.constantFrom('1', '2'),
  expires: fc.constantFrom(1, 182),
});
const choices = fc.dictionary(fc.constantFrom(...PURPOSES, 'video', 'constructor', '__proto__'), fc.boolean(), { maxKeys: 6 });
const valid = fc
  .record({
    revision: fc.constantFrom('1', '2'),
    ago: fc.integer({ min: -3600, max: 400 * 86_400 }),
    id: fc.stringMatching(/^[0-9a-f]{16}$/),
    choices,
  })
  .map((d) => encodeDecision({ revision: d.revision, timestamp: NOW - d.ago * 1000, id: d.id, choices: d.choices }));
/** What a hostile or broken client might put in a value: quotes, percent-encoding, spaces, truncation, junk. */
const hostile = valid.chain((v) =>
  fc.constantFrom(
    v,
    `"${v}"`,
    v.replace(/~/g, '%7E'),
    v.replace(/\./g, '%2E'),
    ` ${v} `,
    v.slice(0, -1),
    v + '~',
    v.toUpperCase(),
    '',
    'garbage',
    v + '=x',
  ),
);
const pair = fc.oneof(
  hostile.map((v) => `consent_gate=${v}`),
  hostile.map((v) => ` consent_gate =${v}`),
  hostile.map((v) => v),
  fc.string({ maxLength: 12 }).map((s) => `other=${s}`),
  fc.string({ maxLength: 30 }),
);
const headers = fc.array(pair, { maxLength: 5 }).chain((pairs) => fc.constantFrom(pairs.join('; '), pairs.join(';'), pairs.join(' ;  ')));

describe('one reader: the browser store and the server parser', () => {
  it('reach the same decision for any cookie string', () => {
    fc.assert(
      fc.property(headers, site, (header, s) => {
        expect(serverReads(header, s)).toEqual(browserReads(documentWith(header), s));
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('reach the same decision for any string at all, binary included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), site, (header, s) => {
        expect(serverReads(header, s)).toEqual(browserReads(documentWith(header), s));
      }),
    );
  }, 60_000);

  describe('over hostile cookie headers (differential, with the decision both must reach)', () => {
    const refuse = encodeDecision({
      revision: '1',
      timestamp: NOW - 3_600_000,
      id: 'a'.repeat(16),
      choices: { analytics: false, ads: false, customization: false, login: false },
    });
    const grant = encodeDecision({
      revision: '1',
      timestamp: NOW - 60_000,
      id: 'b'.repeat(16),
      choices: { analytics: true, ads: true, customization: true, login: true },
    });
    const future = encodeDecision({
      revision: '1',
      timestamp: NOW + 3 * 3_600_000,
      id: 'c'.repeat(16),
      choices: { analytics: true, ads: true, customization: true, login: true },
    });
    const optIn = { mode: 'opt-in' as const, revision: '1', expires: 182 };
    it.each([
      ['a quoted newer grant beside a plain refusal', `consent_gate="${grant}"; consent_gate=${refuse}`, false],
      ['a percent-encoded newer grant beside a plain refusal', `consent_gate=${grant.replace(/~/g, '%7E')}; consent_gate=${refuse}`, false],
      ['a newer grant (another path) beside a refusal', `consent_gate=${grant}; consent_gate=${refuse}`, false],
      ['a grant dated hours ahead', `consent_gate=${future}`, false],
      ['a grant dated hours ahead beside a refusal', `consent_gate=${future}; consent_gate=${refuse}`, false],
      ['a quoted grant alone', `consent_gate="${grant}"`, false],
      ['a nameless grant', grant, false],
      ['a grant under a look-alike name', `consent_gate_=${grant}; Consent_gate=${grant}`, false],
      ['a grant followed by a stray character', `consent_gate=${grant}!`, false],
      ['a plain grant, spaced', `  consent_gate =  ${grant}  ;x=1`, true],
    ])('%s', (_, header, analytics) => {
      const server = serverReads(header, optIn);
      expect(server).toEqual(browserReads(documentWith(header), optIn));
      expect(server.purposes.analytics).toBe(analytics);
    });
  });
});

describe("with jsdom's own cookie jar", () => {
  afterEach(() => {
    for (const name of document.cookie.split(/;\s*/).map((p) => p.split('=')[0]!)) document.cookie = `${name}=; Max-Age=0; Path=/`;
  });

  it('the store over document.cookie and the server over the same string agree', () => {
    const optIn = { mode: 'opt-in' as const, revision: '1', expires: 182 };
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('/', '/a'), hostile), { maxLength: 3 }), (writes) => {
        for (const name of document.cookie.split(/;\s*/).map((p) => p.split('=')[0]!)) document.cookie = `${name}=; Max-Age=0; Path=/`;
        for (const [path, value] of writes) document.cookie = `consent_gate=${value}; Path=${path}`;
        expect(serverReads(document.cookie, optIn)).toEqual(browserReads(document, optIn));
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
