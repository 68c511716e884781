/*
 * Liver Test Guide: the snippet a hospital puts on its page.
 *   <script src="https://BOT-HOST/embed.js" async></script>
 * It adds a button that opens the chat in a panel. The bot's address is taken from this script's own URL.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var origin = new URL(script.src).origin;
  var locale = script.getAttribute('data-locale') || document.documentElement.lang || navigator.language || 'en';

  fetch(origin + '/api/widget/config?locale=' + encodeURIComponent(locale))
    .then(function (r) { return r.json(); })
    .then(function (config) {
      var s = config.strings;
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = s.openChat;
      button.setAttribute('aria-expanded', 'false');
      button.setAttribute('aria-controls', 'liver-test-guide-panel');
      button.style.cssText = 'position:fixed;right:1rem;bottom:1rem;z-index:2147483000;padding:0.75rem 1rem;border:0;border-radius:999px;' +
        'font:600 1rem system-ui,sans-serif;color:#fff;background:' + config.color + ';box-shadow:0 2px 8px rgba(0,0,0,.3);cursor:pointer';

      var panel = document.createElement('div');
      panel.id = 'liver-test-guide-panel';
      panel.hidden = true;
      panel.style.cssText = 'position:fixed;right:1rem;bottom:4.5rem;z-index:2147483000;width:min(420px,calc(100vw - 2rem));' +
        'height:min(640px,calc(100vh - 6rem));background:#fff;border-radius:12px;box-shadow:0 4px 24px rgba(0,0,0,.35);overflow:hidden';
      var frame = document.createElement('iframe');
      frame.title = s.frameTitle;
      frame.style.cssText = 'border:0;width:100%;height:100%';
      panel.appendChild(frame);

      button.addEventListener('click', function () {
        var open = panel.hidden;
        if (open && !frame.src) frame.src = origin + '/?locale=' + encodeURIComponent(config.locale);
        panel.hidden = !open;
        button.setAttribute('aria-expanded', String(open));
        button.textContent = open ? s.closeChat : s.openChat;
        if (open) frame.focus();
      });
      document.addEventListener('keydown', function (e) {
        if (e.key === 'Escape' && !panel.hidden) button.click();
      });
      document.body.appendChild(panel);
      document.body.appendChild(button);
    });
})();
