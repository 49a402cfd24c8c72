// A diary's enhancements, loaded only by the pages that have them (a check-in, a diary's page): the words come
// from app.js's aftercareWords, which every page loads first. Every page works without this file.
/* global aftercareWords */

// A check-in pre-fills the trend from the score, by the rule shown beside it, until the person picks one.
(function () {
  'use strict';
  var rule = document.querySelector('[data-trend-previous]');
  if (!rule) return;
  var previous = Number(rule.getAttribute('data-trend-previous'));
  var first = Number(rule.getAttribute('data-trend-first'));
  var chosenByPerson = false;
  document.querySelectorAll('input[name="pain.trend"]').forEach(function (input) {
    input.addEventListener('click', function () {
      chosenByPerson = true;
    });
  });
  document.querySelectorAll('input[name="pain.severity"]').forEach(function (input) {
    input.addEventListener('change', function () {
      if (chosenByPerson) return;
      var change = Number(input.value) - previous;
      var matters = Math.abs(change) >= 2 || (first > 0 && Math.abs(change) >= 0.3 * first);
      var trend = !matters ? 'same' : change < 0 ? 'better' : 'worse';
      var target = document.querySelector('input[name="pain.trend"][value="' + trend + '"]');
      if (target) target.checked = true;
    });
  });
})();

// "Remind me on this device": web push, where the browser has it. The subscription goes to the diary; turning it
// off here unsubscribes the device and tells the diary to forget it.
(function () {
  'use strict';
  var box = document.querySelector('[data-push-reminders]');
  if (!box || !('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) return;
  var url = box.getAttribute('data-push-reminders');
  var on = box.querySelector('[data-push-on]');
  var off = box.querySelector('[data-push-off]');
  var status = box.querySelector('[data-push-status]');
  var say = function (text) {
    status.textContent = text;
  };
  // An error whose words are for the person (the diary's refusal, the permission asked for), not a technical one.
  var toSay = function (text) {
    var error = new Error(text);
    error.toSay = true;
    return error;
  };
  var post = function (path, body) {
    return fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(function (response) {
      if (response.ok) return;
      // The server's refusal in plain words (the diary's device limit), else a general one.
      return response.json().then(
        function (body) {
          throw response.status === 422 && body.error ? toSay(body.error.message) : new Error('answered ' + response.status);
        },
        function () {
          throw new Error('answered ' + response.status);
        },
      );
    });
  };
  var show = function (subscribed) {
    on.hidden = subscribed;
    off.hidden = !subscribed;
  };
  box.hidden = false;
  navigator.serviceWorker.ready
    .then(function (registration) {
      return registration.pushManager.getSubscription();
    })
    .then(function (subscription) {
      show(Boolean(subscription));
    });

  on.addEventListener('click', function () {
    say(aftercareWords('pushAsking'));
    Notification.requestPermission()
      .then(function (permission) {
        if (permission !== 'granted') throw toSay(aftercareWords('pushPermission'));
        return Promise.all([
          navigator.serviceWorker.ready,
          fetch('/push/key').then(function (r) {
            return r.json();
          }),
        ]);
      })
      .then(function (both) {
        return both[0].pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: both[1].publicKey });
      })
      .then(function (subscription) {
        return post(url, subscription.toJSON()).catch(function (error) {
          // The diary did not keep it: the browser does not keep it either.
          return subscription.unsubscribe().then(function () {
            throw error;
          });
        });
      })
      .then(function () {
        show(true);
        say(aftercareWords('pushOn'));
      })
      .catch(function (error) {
        say(error && error.toSay ? error.message : aftercareWords('pushFailed'));
      });
  });

  off.addEventListener('click', function () {
    navigator.serviceWorker.ready
      .then(function (registration) {
        return registration.pushManager.getSubscription();
      })
      .then(function (subscription) {
        if (!subscription) return null;
        var endpoint = subscription.endpoint;
        return subscription.unsubscribe().then(function () {
          return post(url + '/off', { endpoint: endpoint });
        });
      })
      .then(function () {
        show(false);
        say(aftercareWords('pushOff'));
      })
      .catch(function () {
        say(aftercareWords('pushOffFailed'));
      });
  });
})();

// The diary's link as something to keep: copy it, hand it to the system's share sheet, or add the app to the home
// screen, each only where the browser can. Without this, the address is on the page as text.
(function () {
  'use strict';
  var box = document.querySelector('[data-keep-link]');
  if (!box) return;
  var address = box.getAttribute('data-keep-link');
  var status = document.querySelector('[data-keep-link-status]');
  var say = function (text) {
    if (status) status.textContent = text;
  };
  box.hidden = false;

  var copy = box.querySelector('[data-copy-link]');
  copy.addEventListener('click', function () {
    var copied =
      navigator.clipboard && navigator.clipboard.writeText
        ? navigator.clipboard.writeText(address)
        : Promise.reject(new Error('no clipboard'));
    copied.then(
      function () {
        say(aftercareWords('linkCopied'));
      },
      function () {
        // No clipboard here: select the address so the person can copy it themselves.
        var link = document.querySelector('.diary-address a');
        var range = document.createRange();
        range.selectNodeContents(link);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        say(aftercareWords('linkSelected'));
      },
    );
  });

  var share = box.querySelector('[data-share-link]');
  if (typeof navigator.share === 'function') {
    share.hidden = false;
    share.addEventListener('click', function () {
      navigator.share({ title: aftercareWords('linkShareTitle'), url: address }).catch(function () {
        /* the person closed the share sheet */
      });
    });
  }

  var install = box.querySelector('[data-install]');
  var offer = null;
  window.addEventListener('beforeinstallprompt', function (event) {
    event.preventDefault();
    offer = event;
    install.hidden = false;
  });
  install.addEventListener('click', function () {
    if (!offer) return;
    offer.prompt();
    offer = null;
    install.hidden = true;
  });
  window.addEventListener('appinstalled', function () {
    install.hidden = true;
    say(aftercareWords('installed'));
  });
})();
