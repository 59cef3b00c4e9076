/**
 * In-page probe for "notice visible": active only on URLs with `?probe`, so
 * the timing passes that measure main-thread cost never carry it. It checks on
 * every DOM mutation (shadow roots included) and every animation frame whether
 * the candidate's notice element is laid out in the viewport, displayed, not
 * hidden and not fully transparent, and records `performance.now()` (ms since
 * navigation start) the first time it is.
 */
export function probeScript(noticeExpression) {
  return `(() => {
  if (!location.search.includes('probe')) return;
  const find = () => { try { return ${noticeExpression}; } catch { return null; } };
  const shown = (el) => {
    if (!el || !el.isConnected) return false;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1 || r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) return false;
    for (let e = el; e; e = e.parentElement || (e.getRootNode() && e.getRootNode().host) || null) {
      const s = getComputedStyle(e);
      if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) === 0) return false;
    }
    return true;
  };
  const options = { subtree: true, childList: true, attributes: true };
  const check = () => {
    if (window.__noticeAt !== undefined || !shown(find())) return;
    window.__noticeAt = performance.now();
    observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, options);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (window.__noticeAt === undefined) observer.observe(root, options);
    return root;
  };
  const frame = () => { check(); if (window.__noticeAt === undefined) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
})();`;
}
