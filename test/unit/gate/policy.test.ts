import { afterEach, describe, expect, it } from 'vitest';
import { requiredNonce } from '../../../src/gate/policy';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

/** A script as a browser shows it under a header policy: the attribute hidden, the property kept. */
function hiddenNonce(value: string) {
  const script = document.createElement('script');
  script.setAttribute('nonce', '');
  // jsdom reflects the property to the attribute; a browser keeps them apart.
  Object.defineProperty(script, 'nonce', { value });
  document.head.append(script);
}

describe('requiredNonce', () => {
  it("is '' without any policy, whatever nonces the page's scripts carry", () => {
    document.head.innerHTML = '<script nonce="abc"></script>';
    expect(requiredNonce(document, 'abc')).toBe('');
    expect(requiredNonce(document, undefined)).toBe('');
  });

  it("is our own tag's nonce under a header policy (nonce attributes hidden)", () => {
    hiddenNonce('page');
    expect(requiredNonce(document, 'own')).toBe('own');
  });

  it('falls back to the first nonced script under a policy when our tag has none', () => {
    hiddenNonce('page');
    expect(requiredNonce(document, undefined)).toBe('page');
  });

  it('counts a <meta http-equiv="Content-Security-Policy"> in any letter case as a policy', () => {
    document.head.innerHTML = `<meta http-equiv="content-SECURITY-policy" content="script-src 'nonce-abc'"><script nonce="abc"></script>`;
    expect(requiredNonce(document, 'abc')).toBe('abc');
  });

  it('is not fooled by an empty nonce attribute without a value behind it (markup cannot fake a header policy)', () => {
    document.body.innerHTML = '<script nonce=""></script><img nonce="">';
    expect(requiredNonce(document, 'abc')).toBe('');
  });
});
