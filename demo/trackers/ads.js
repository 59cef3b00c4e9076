/*
 * Fake ad script: an ad-id cookie and an ad "picked for you". Tagged
 * data-consent="ads"; its pixel is a separate tagged <img>.
 */
(function () {
  'use strict';
  var match = document.cookie.match(/(?:^|; )_ad_uid=([^;]*)/);
  var id = match ? match[1] : 'ad-' + Math.random().toString(36).slice(2, 8);
  if (!match) document.cookie = '_ad_uid=' + id + '; Max-Age=7776000; Path=/; SameSite=Lax';
  demo.log('Ads', 'ad id ' + id + ' (cookie _ad_uid), personalised ad shown');
  demo.show('ad-text', 'Picked for you: stoneground rye flour from Millers\u2019 Row, 10% off with code CRUMB.');
  demo.show('ad-status', 'Personalised for ad id ' + id + '.');
})();
