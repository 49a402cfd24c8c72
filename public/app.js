// Aftercare's enhancements. Every page works without this file; it only makes things quicker.

// The words this script shows, in the page's language: the page carries them as a JSON data block (never run, so the
// Content-Security-Policy stays strict). A placeholder such as {min} is filled here, where the value is known.
var aftercareWords = (function () {
  'use strict';
  var words = {};
  try {
    var block = document.getElementById('script-words');
    words = block ? JSON.parse(block.textContent) : {};
  } catch {
    words = {};
  }
  return function (id, values) {
    var text = words[id] || '';
    Object.keys(values || {}).forEach(function (name) {
      text = text.split('{' + name + '}').join(String(values[name]));
    });
    return text;
  };
})();

(function () {
  'use strict';
  var doc = document;

  // The browser knows the person's time zone: use it as the default on the massage step.
  var zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    zone = null;
  }
  doc.querySelectorAll('select[data-default-zone]').forEach(function (select) {
    var form = select.form;
    if (!zone || !form || form.dataset.zoneTouched) return;
    // The zone is said as a city beside the list ("Times are London time"): keep it in step.
    var shown = form.querySelector('[data-zone-shown]');
    var say = function () {
      var option = select.options[select.selectedIndex];
      if (shown && option) shown.textContent = option.getAttribute('data-zone-name') || option.text;
    };
    var stored = sessionStorage.getItem('aftercare:zone-chosen');
    if (
      !stored &&
      Array.prototype.some.call(select.options, function (o) {
        return o.value === zone;
      })
    )
      select.value = zone;
    say();
    select.addEventListener('change', function () {
      sessionStorage.setItem('aftercare:zone-chosen', '1');
      say();
    });
  });

  // When the massage ended: the time of day for a recent day, the date picker only for "Another day".
  doc.querySelectorAll('[data-when-day]').forEach(function (days) {
    var field = days.parentNode;
    var time = field.querySelector('[data-when-time]');
    var other = field.querySelector('[data-when-other]');
    if (!time || !other) return;
    var show = function () {
      var chosen = days.querySelector('input:checked');
      var another = chosen !== null && chosen.value === 'other';
      // A picker already filled in (a saved answer, or typed before) stays in view.
      other.hidden = !another && !other.querySelector('input').value;
      time.hidden = another;
    };
    show();
    days.addEventListener('change', show);
  });

  // The emergency number follows the country, and the time zone says where the phone is (its language only how it
  // is set up). Keep this browser's time zone in a cookie for the server; when it is new or has changed and the page
  // did not have it (the number came from the language or the operator's default), show the page again, once.
  var call = doc.querySelector('[data-zone-cookie]');
  if (call && zone) {
    var cookieName = call.getAttribute('data-zone-cookie');
    var storedZone = function () {
      var found = doc.cookie.split('; ').filter(function (c) {
        return c.indexOf(cookieName + '=') === 0;
      })[0];
      return found ? decodeURIComponent(found.slice(cookieName.length + 1)) : null;
    };
    if (storedZone() !== zone) {
      doc.cookie =
        cookieName +
        '=' +
        encodeURIComponent(zone) +
        '; Path=/; Max-Age=31536000; SameSite=Lax' +
        (call.hasAttribute('data-secure') ? '; Secure' : '');
      var from = call.getAttribute('data-emergency-from');
      var couldChange = from === 'language' || from === 'default' || from === 'zone';
      if (couldChange && storedZone() === zone && !sessionStorage.getItem('aftercare:zone-reloaded')) {
        sessionStorage.setItem('aftercare:zone-reloaded', '1');
        window.location.reload();
      }
    }
  }

  // A reload or a back button must not lose what was typed but not yet sent: keep it in this tab's session.
  doc.querySelectorAll('form[data-step]').forEach(function (form) {
    var key = 'aftercare:step:' + form.dataset.step;
    var saved = null;
    try {
      saved = JSON.parse(sessionStorage.getItem(key) || 'null');
    } catch {
      saved = null;
    }
    var hasServerValues = form.querySelector('input:checked') !== null;
    if (saved && !hasServerValues) {
      Array.prototype.forEach.call(form.elements, function (el) {
        if (!el.name || !(el.name in saved)) return;
        if (el.type === 'radio' || el.type === 'checkbox') el.checked = saved[el.name].indexOf(el.value) !== -1;
        else if (!el.value) el.value = saved[el.name][0] || '';
      });
    }
    form.addEventListener('input', function () {
      var data = {};
      Array.prototype.forEach.call(form.elements, function (el) {
        if (!el.name) return;
        data[el.name] = data[el.name] || [];
        if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) return;
        data[el.name].push(el.value);
      });
      sessionStorage.setItem(key, JSON.stringify(data));
    });
    form.addEventListener('submit', function () {
      sessionStorage.removeItem(key);
    });

    // An emergency answer goes to the emergency advice at once, without waiting for the rest.
    form.addEventListener('change', function (event) {
      var target = event.target;
      if (target && target.checked && target.hasAttribute('data-emergency')) {
        sessionStorage.removeItem(key);
        // Offline, the emergency page is the one kept on this device: go straight to it.
        if (navigator.onLine === false) {
          window.location.href = '/emergency';
          return;
        }
        if (form.requestSubmit) form.requestSubmit();
        else form.submit();
      }
    });
  });

  // A tick-list's "None of these" is exclusive: ticking it clears the others, and ticking another clears it.
  doc.querySelectorAll('[data-exclusive]').forEach(function (group) {
    var none = group.querySelector('input[value="' + group.getAttribute('data-exclusive') + '"]');
    if (!none) return;
    group.addEventListener('change', function (event) {
      var target = event.target;
      if (!target || !target.checked) return;
      group.querySelectorAll('input[type=checkbox]').forEach(function (box) {
        if (target === none ? box !== none : box === none) box.checked = false;
      });
    });
  });

  // Follow-ups appear as the answers make them matter. Which ones do is the server's to say (the same rules that
  // decide them without scripts): the form as it stands is sent, and the answer says which to show, and whether the
  // answers together are already an emergency.
  doc.querySelectorAll('form[data-follow-ups]').forEach(function (form) {
    var pending = 0;
    // Once the form is on its way (an emergency answer sends it at once), nothing more is asked or sent.
    var sending = false;
    form.addEventListener('submit', function () {
      sending = true;
    });
    var ask = function () {
      if (sending) return;
      var asked = ++pending;
      var body = new URLSearchParams();
      Array.prototype.forEach.call(form.elements, function (el) {
        if (!el.name || el.disabled || ((el.type === 'radio' || el.type === 'checkbox') && !el.checked)) return;
        body.append(el.name, el.value);
      });
      fetch(form.getAttribute('data-follow-ups'), {
        method: 'POST',
        body: body,
        credentials: 'same-origin',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      })
        .then(function (response) {
          return response.ok ? response.json() : null;
        })
        .then(function (state) {
          if (!state || asked !== pending || sending) return;
          if (state.emergency) {
            if (form.requestSubmit) form.requestSubmit();
            else form.submit();
            return;
          }
          form.querySelectorAll('[data-follow-up]').forEach(function (fieldset) {
            var show = state.asked.indexOf(fieldset.getAttribute('data-follow-up')) !== -1;
            fieldset.hidden = !show;
            fieldset.disabled = !show;
          });
        })
        .catch(function () {
          /* offline or refused: the server asks them when the form is sent */
        });
    };
    form.addEventListener('change', ask);
  });

  // The body map: tapping an area ticks its box.
  doc.querySelectorAll('.step-form .region').forEach(function (shape) {
    shape.addEventListener('click', function () {
      var box = doc.querySelector('input[data-region="' + shape.getAttribute('data-region') + '"]');
      if (box) {
        box.checked = !box.checked;
        box.dispatchEvent(new Event('input', { bubbles: true }));
        box.focus();
      }
    });
  });

  // Errors: move focus to the summary so a screen reader reads it and a keyboard user can follow its links.
  var summary = doc.querySelector('[data-focus-on-load]');
  if (summary) summary.focus();

  // Printing.
  doc.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      window.print();
    });
  });

  // The cold-pack timer.
  doc.querySelectorAll('[data-cold-timer]').forEach(function (box) {
    var min = Number(box.getAttribute('data-min'));
    var max = Number(box.getAttribute('data-max'));
    var button = doc.createElement('button');
    button.type = 'button';
    button.className = 'button button-secondary';
    var minutes = { min: min, max: max };
    var startWords = aftercareWords('timerStart', minutes);
    button.textContent = startWords;
    var display = doc.createElement('p');
    display.className = 'timer-display';
    display.setAttribute('aria-hidden', 'true');
    var status = doc.createElement('p');
    status.setAttribute('role', 'status');
    box.appendChild(button);
    box.appendChild(display);
    box.appendChild(status);
    var timer = null;
    button.addEventListener('click', function () {
      if (timer) {
        clearInterval(timer);
        timer = null;
        button.textContent = startWords;
        display.textContent = '';
        status.textContent = aftercareWords('timerStopped');
        return;
      }
      var started = Date.now();
      button.textContent = aftercareWords('timerStop');
      status.textContent = aftercareWords('timerStarted', minutes);
      var tick = function () {
        var left = min * 60 - Math.floor((Date.now() - started) / 1000);
        if (left <= 0) {
          display.textContent = '0:00';
          status.textContent = aftercareWords('timerDone', minutes);
          clearInterval(timer);
          timer = null;
          button.textContent = startWords;
          return;
        }
        display.textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
      };
      tick();
      timer = setInterval(tick, 1000);
    });
  });
})();

// The app on this device: the service worker that keeps the public pages for offline use and shows reminders.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator)) return;
  var worker = navigator.serviceWorker;
  worker.register('/sw.js').catch(function () {
    /* the site still works without it */
  });

  // The kept pages carry the emergency number and are in the page's language: when either changes (another country
  // or another language chosen), they are kept again.
  var changed = function (key, value) {
    var known;
    try {
      known = localStorage.getItem(key);
      localStorage.setItem(key, value);
    } catch {
      known = value;
    }
    return Boolean(known) && known !== value;
  };
  var call = document.querySelector('.call-button[href^="tel:"]');
  var numberChanged = call ? changed('aftercare:number', call.getAttribute('href')) : false;
  var languageChanged = changed('aftercare:language', document.documentElement.lang);
  if (numberChanged || languageChanged)
    worker.ready.then(function (registration) {
      if (registration.active) registration.active.postMessage('refresh');
    });
})();

// A form sent while offline, kept on the offline page: sent again by itself when the network comes back. If the
// network seems back but the sending fails (the page comes back), it tries a few more times, then leaves it to the
// person's button.
(function () {
  'use strict';
  var key = 'aftercare:resend-attempts';
  var form = document.querySelector('form[data-resend]');
  if (!form) {
    try {
      sessionStorage.removeItem(key);
    } catch {
      /* nothing kept */
    }
    return;
  }
  var status = document.querySelector('[data-resend-status]');
  var say = function (text) {
    if (status) status.textContent = text;
  };
  var attempts = Number(sessionStorage.getItem(key) || '0');
  var timer = null;
  var sendSoon = function (ms) {
    clearTimeout(timer);
    timer = setTimeout(function () {
      sessionStorage.setItem(key, String(attempts + 1));
      form.submit();
    }, ms);
  };
  if (navigator.onLine === false) say(aftercareWords('resendWaiting'));
  else if (attempts < 3) {
    say(aftercareWords('resendSoon'));
    sendSoon(2000 * (attempts + 1));
  } else say(aftercareWords('resendFailed', { send: aftercareWords('offline.send') }));
  window.addEventListener('online', function () {
    say(aftercareWords('resendBack'));
    sendSoon(500);
  });
  window.addEventListener('offline', function () {
    clearTimeout(timer);
    say(aftercareWords('resendWaiting'));
  });
})();
