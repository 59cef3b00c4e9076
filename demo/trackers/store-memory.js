/*
 * Content customization: remembers the pick-up store in localStorage.
 * Tagged data-consent="customization".
 */
(function () {
  'use strict';
  demo.whenReady(function () {
    var select = document.getElementById('store');
    var saved = localStorage.getItem('pref_store');
    if (
      saved &&
      Array.prototype.some.call(select.options, function (o) {
        return o.value === saved;
      })
    )
      select.value = saved;
    function label() {
      return select.options[select.selectedIndex].text;
    }
    demo.log('Store memory', saved ? 'restored your store: ' + label() : 'ready to remember your store (pref_store)');
    demo.show(
      'store-status',
      saved ? 'Remembered from your last visit: ' + label() + '.' : 'We will remember the store you pick on this device.',
    );
    select.addEventListener('change', function () {
      localStorage.setItem('pref_store', select.value);
      demo.log('Store memory', 'saved ' + label() + ' (localStorage pref_store)');
      demo.show('store-status', 'Saved: ' + label() + '. We will remember it on this device.');
    });
  });
})();
