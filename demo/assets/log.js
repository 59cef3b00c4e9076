/*
 * The demo's record of what ran. Loaded first in <head>, so every fake tracker
 * can report here even when it runs before the body exists. Everything is
 * written as text (textContent), never as HTML.
 */
(function () {
  'use strict';
  var entries = [];
  var pending = [];

  function whenReady(fn) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn);
    else fn();
  }

  function time(date) {
    return date.toTimeString().slice(0, 8);
  }

  function render() {
    var list = document.getElementById('ran-log');
    if (!list) return;
    list.textContent = '';
    if (!entries.length) {
      var empty = document.createElement('li');
      empty.className = 'empty';
      empty.textContent = 'Nothing has run yet.';
      list.appendChild(empty);
      return;
    }
    entries.forEach(function (entry) {
      var item = document.createElement('li');
      var when = document.createElement('time');
      when.textContent = time(entry.at);
      var who = document.createElement('strong');
      who.textContent = entry.source;
      item.append(when, ' ', who, ' ', entry.text);
      list.appendChild(item);
    });
  }

  /** Puts text into an element of the page, once the body is parsed. */
  function show(id, text, state) {
    pending.push(function () {
      var el = document.getElementById(id);
      if (!el) return;
      el.textContent = text;
      el.setAttribute('data-state', state || 'on');
    });
    whenReady(function () {
      pending.splice(0).forEach(function (fn) {
        fn();
      });
    });
  }

  window.demo = {
    /** A tracker reports that it ran and what it did. */
    log: function (source, text) {
      entries.push({ source: String(source), text: String(text), at: new Date() });
      whenReady(render);
    },
    show: show,
    whenReady: whenReady,
  };

  // Images fire `load` on themselves only; listening in the capture phase sees the ad pixel once consent-gate sets its src.
  document.addEventListener(
    'load',
    function (event) {
      var el = event.target;
      if (el instanceof HTMLImageElement && el.hasAttribute('data-consent')) {
        window.demo.log('Ad pixel', 'requested ' + el.getAttribute('src'));
      }
    },
    true,
  );

  whenReady(render);
})();
