import { queryAll } from '../util/dom';
/**
 * The nonce a script the gate inserts must carry: the page's, but only where
 * a Content Security Policy exists that could require it ('' otherwise).
 *
 * Under `'strict-dynamic'` the browser trusts whatever our (nonced) script
 * inserts, so a tagged script without the page's nonce would run although
 * the parser refused it: markup injected into the page (a script gadget).
 * Without any policy a nonce protects nothing (an injected script runs by
 * itself), and requiring it only breaks pages whose templates add nonces
 * anyway. A policy exists when:
 * - one came in a header (enforced or report-only): browsers then hide the
 *   nonce content attribute of every element (`getAttribute('nonce') === ''`
 *   while the `nonce` property keeps the value; HTML "nonce attributes");
 * - a `<meta http-equiv="Content-Security-Policy">` is in the document.
 * Neither can be faked away by injected markup: it can only add a policy
 * signal, which makes the rule stricter.
 *
 * @example
 * requiredNonce(document, ownScript.nonce) // 'r4nd0m' under a policy, '' without one
 */
export function requiredNonce(doc: Document, ownNonce: string | undefined): string {
  const policy =
    queryAll(doc, 'meta[http-equiv="content-security-policy" i]').length > 0 ||
    queryAll(doc, '[nonce]').some((el) => el.getAttribute('nonce') === '' && !!(el as HTMLElement).nonce);
  if (!policy) return '';
  // Our own tag's nonce is the page's. Without it (the ESM build, a tag without nonce) the first
  // `<script nonce>`: markup injected ahead of every real script can forge that one, hence
  // docs/tagging.md#nonces-the-rule-applies-only-under-a-policy: give the consent-gate tag the page's nonce.
  return ownNonce || ((queryAll(doc, 'script[nonce]')[0] as HTMLScriptElement | undefined)?.nonce ?? '');
}
