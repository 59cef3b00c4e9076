/*
 * Fake self-hosted statistics: a visitor-id cookie and a page-view counter,
 * like a real stats script. Tagged data-consent="analytics".
 */
(function () {
  'use strict';
  var match = document.cookie.match(/(?:^|; )_stat_id=([^;]*)/);
  var id = match ? match[1] : Math.random().toString(36).slice(2, 10);
  if (!match) document.cookie = '_stat_id=' + id + '; Max-Age=31536000; Path=/; SameSite=Lax';
  var views = (Number(localStorage.getItem('_stat_views')) || 0) + 1;
  localStorage.setItem('_stat_views', String(views));
  demo.log('Statistics', 'visitor id ' + id + ' (cookie _stat_id), page view #' + views);
  demo.show('stats-status', 'Statistics: page view #' + views + ' from visitor ' + id + '.');
})();
