/*
 * Login helper: a "Remember my email" box on the sign-in form; the email is
 * kept in localStorage. Tagged data-consent="login".
 */
(function () {
  'use strict';
  demo.whenReady(function () {
    var form = document.getElementById('sign-in-form');
    var email = document.getElementById('email');
    var box = document.createElement('input');
    box.type = 'checkbox';
    box.id = 'remember';
    var label = document.createElement('label');
    label.className = 'check';
    label.append(box, ' Remember my email on this device');
    document.getElementById('remember-slot').appendChild(label);
    var saved = localStorage.getItem('login_email');
    if (saved) {
      email.value = saved;
      box.checked = true;
    }
    demo.log('Remember email', saved ? 'filled in ' + saved + ' (localStorage login_email)' : 'offers to remember your email');
    form.addEventListener('submit', function () {
      if (box.checked && email.value.trim()) {
        localStorage.setItem('login_email', email.value.trim());
        demo.log('Remember email', 'saved ' + email.value.trim());
      } else {
        localStorage.removeItem('login_email');
      }
    });
  });
})();
