/*
 * "Consent now": shows consentGate.get() and follows every consent-gate:change.
 * Also the "Forget my choice" button. Texts are set as text, never as HTML.
 */
(function () {
  'use strict';

  function row(list, name, value, state) {
    var term = document.createElement('dt');
    term.textContent = name;
    var detail = document.createElement('dd');
    detail.textContent = value;
    if (state) detail.setAttribute('data-state', state);
    list.append(term, detail);
  }

  function describe(granted, decided) {
    if (granted) return ['granted', 'on'];
    return decided ? ['refused', 'off'] : ['not decided yet', 'waiting'];
  }

  function render(state) {
    var list = document.getElementById('consent-state');
    list.textContent = '';
    row(list, 'Decision', state.decided ? 'made' : 'not made yet', state.decided ? 'on' : 'waiting');
    Object.keys(state.purposes).forEach(function (purpose) {
      var shown = describe(state.purposes[purpose], state.decided);
      row(list, purpose, shown[0], shown[1]);
    });
    if (state.timestamp !== null) row(list, 'Decided at', new Date(state.timestamp).toLocaleString('en-GB'));
    if (state.id !== null) row(list, 'Decision id', state.id);
    if (navigator.globalPrivacyControl === true) row(list, 'GPC signal', 'sent by this browser', 'off');
  }

  document.addEventListener('consent-gate:change', function (event) {
    render(event.detail);
  });

  // The queue works whether or not consent-gate has started yet (docs/api.md#calling-before-the-script-runs).
  (window.consentGateQueue = window.consentGateQueue || []).push(function (api) {
    render(api.get());
    document.getElementById('forget').addEventListener('click', function () {
      api.reset();
    });
  });
})();
