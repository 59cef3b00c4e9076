/*
 * Fake chat widget, inserted by the page on request (dynamic insertion).
 * Tagged data-consent="customization"; keeps a session id in localStorage.
 */
(function () {
  'use strict';
  if (document.getElementById('chat-widget')) return;
  var session = localStorage.getItem('chat_session') || 'chat-' + Math.random().toString(36).slice(2, 8);
  localStorage.setItem('chat_session', session);
  var widget = document.createElement('section');
  widget.id = 'chat-widget';
  widget.className = 'chat-widget';
  widget.setAttribute('aria-label', 'Chat');
  var title = document.createElement('strong');
  title.textContent = 'Chat with the bakery';
  var text = document.createElement('p');
  text.textContent = 'Hi! Ask us about today\u2019s bakes or your order.';
  var close = document.createElement('button');
  close.type = 'button';
  close.className = 'chat-close';
  close.setAttribute('aria-label', 'Close chat');
  close.textContent = '\u00d7';
  close.addEventListener('click', function () {
    widget.remove();
  });
  widget.append(title, text, close);
  document.body.appendChild(widget);
  demo.log('Chat widget', 'opened, session ' + session + ' (localStorage chat_session)');
  demo.show('chat-status', 'The chat widget is running (bottom right).');
})();
