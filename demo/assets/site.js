/*
 * The bakery's own, necessary behaviour: the sign-in form (a fake) and the
 * chat button, which inserts a tagged tracker later to show dynamic insertion.
 */
(function () {
  'use strict';

  document.getElementById('sign-in-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var email = document.getElementById('email').value.trim();
    document.getElementById('sign-in-status').textContent = email
      ? 'Signed in as ' + email + ' (demo only: nothing is sent).'
      : 'Enter an email to sign in (demo only: nothing is sent).';
  });

  var chatButton = document.getElementById('load-chat');
  chatButton.addEventListener('click', function () {
    // Tagged like any other tracker; consent-gate's MutationObserver holds it until "customization" is granted.
    var script = document.createElement('script');
    script.type = 'text/plain';
    script.setAttribute('data-consent', 'customization');
    script.src = '/trackers/chat.js';
    document.body.appendChild(script);
    chatButton.disabled = true;
    var allowed = window.consentGate?.has('customization');
    document.getElementById('chat-status').textContent = allowed
      ? 'Chat widget inserted: Customization is allowed, so it runs now.'
      : 'Chat widget inserted: it waits until you allow Customization (Cookie settings).';
  });
})();
