/* The hospital chat widget: Web Chat (served from this server), branded from /api/widget/config. */
(function () {
  'use strict';
  // The page's CSP nonce (on this script's tag): Web Chat puts it on the styles it generates.
  var nonce = document.currentScript ? document.currentScript.nonce : undefined;
  var params = new URLSearchParams(window.location.search);
  var asked = params.get('locale') || navigator.language || 'en';
  var locale = /^zh/i.test(asked) ? 'zh-CN' : 'en';

  function text(id, value) {
    var el = document.getElementById(id);
    if (el) el.textContent = value;
  }

  var strings = null;

  async function start() {
    var config = await (await fetch('/api/widget/config?locale=' + encodeURIComponent(locale))).json();
    var s = config.strings;
    strings = s;
    document.documentElement.lang = locale;
    document.title = config.name;
    document.documentElement.style.setProperty('--brand', config.color);
    text('name', config.name);
    text('tagline', s.tagline);
    text('skip', s.skipToChat);
    var logo = document.getElementById('logo');
    logo.src = config.logoUrl;
    logo.alt = s.logoAlt;
    var region = document.getElementById('webchat');
    region.setAttribute('aria-label', s.chatRegion);

    var response = await fetch('/api/directline/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale: locale })
    });
    if (!response.ok) throw new Error('token ' + response.status);
    var token = await response.json();

    var store = window.WebChat.createStore({}, function (api) {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            // Start the conversation ourselves: Web Chat sends conversationUpdate only after the first message.
            api.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { locale: locale } } });
          }
          return next(action);
        };
      };
    });

    window.WebChat.renderWebChat(
      {
        directLine: window.WebChat.createDirectLine({ token: token.token, domain: token.domain, webSocket: token.webSocket }),
        store: store,
        nonce: nonce,
        userID: token.userId,
        locale: locale === 'zh-CN' ? 'zh-CN' : 'en-US',
        styleOptions: {
          accent: config.color,
          bubbleFromUserBackground: config.color,
          bubbleFromUserTextColor: '#ffffff',
          sendBoxButtonColor: config.color,
          suggestedActionLayout: 'flow',
          suggestedActionBorderColor: config.color,
          suggestedActionTextColor: config.color,
          bubbleBorderRadius: 8,
          hideUploadButton: true
        }
      },
      region
    );
  }

  start().catch(function () {
    var error = document.getElementById('error');
    error.hidden = false;
    error.textContent = strings ? strings.error : '\u26a0';
  });
})();
