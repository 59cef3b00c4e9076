/*
 * "Stored receipt of the last decision": after each decision made in this tab,
 * reads the receipt back from the receipts service (through the demo server,
 * which holds the reading token) and shows what was stored. Texts are set as
 * text, never as HTML.
 */
(function () {
  'use strict';

  var status = document.getElementById('receipt-status');
  var list = document.getElementById('receipt-state');
  var wanted = null;

  function row(name, value) {
    var term = document.createElement('dt');
    term.textContent = name;
    var detail = document.createElement('dd');
    detail.textContent = value;
    list.append(term, detail);
  }

  function show(receipt) {
    list.textContent = '';
    status.textContent = 'Stored by the receipts service (SQLite), read back:';
    var granted = [];
    var refused = [];
    Object.keys(receipt.purposes).forEach(function (p) {
      (receipt.purposes[p] ? granted : refused).push(p);
    });
    row('Consent id', receipt.consentId);
    row('Replaces', receipt.previousId || 'nothing (first decision)');
    row('Decided at (browser)', receipt.decidedAt);
    row('Received at (server)', receipt.receivedAt);
    row('How', receipt.method);
    row('Granted', granted.join(', ') || 'none');
    row('Refused', refused.join(', ') || 'none');
    row('Mode, revision, language', receipt.mode + ', ' + receipt.revision + ', ' + receipt.lang);
    row('SHA-256 of what was shown', receipt.shown);
    row('Page', receipt.origin + receipt.path);
    row('consent-gate', receipt.version);
    row('IP address, user agent', 'not kept');
  }

  /** The beacon may land a moment after the change event: ask a few times, then say so. */
  function load(id, tries) {
    if (id !== wanted) return;
    fetch('/demo/receipts/' + id, { cache: 'no-store' })
      .then(function (response) {
        if (response.status === 503) return 'off';
        return response.ok ? response.json() : null;
      })
      .then(function (body) {
        if (id !== wanted) return;
        if (body === 'off') {
          status.textContent = 'The receipts service is off in this demo run (see the terminal).';
          return;
        }
        var mine = body?.receipts.filter(function (r) {
          return r.consentId === id;
        })[0];
        if (mine) show(mine);
        else if (tries > 0)
          setTimeout(function () {
            load(id, tries - 1);
          }, 250);
        else status.textContent = 'No receipt stored for ' + id + ' (yet).';
      })
      .catch(function () {
        status.textContent = 'Could not reach the demo server.';
      });
  }

  // A page opened (or reloaded after a withdrawal) with a decision: show its receipt too.
  (window.consentGateQueue = window.consentGateQueue || []).push(function (api) {
    var id = api.get().id;
    if (!id || id === wanted) return;
    wanted = id;
    load(id, 20);
  });

  document.addEventListener('consent-gate:change', function (event) {
    var id = event.detail.id;
    if (!id || id === wanted) return;
    wanted = id;
    status.textContent = 'Reading the stored receipt of ' + id + '…';
    load(id, 20);
  });
})();
