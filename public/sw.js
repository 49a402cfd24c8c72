// Aftercare's service worker: the start page, the emergency page, the questionnaire's pages and the offline page
// open without a network; an answer sent while offline is kept on the page and sent when the network returns; and
// reminders arrive as notifications. The server fills in PRECACHE and VERSION when it serves this file.
//
// Only the public pages above are ever cached, as the server renders them with no answers in them. Nothing under
// /diary/, /clinic/, /follow-up/, /reminders/ or /api/ is cached: a diary's link is its secret, and a cached copy
// could outlive the diary on a shared device.
'use strict';

var PRECACHE = self.__PRECACHE__;
var VERSION = self.__VERSION__;
var CACHE = 'aftercare-' + VERSION;

/** The cached copy of a page, under its plain path; fetched with `?blank` so that it holds no one's answers. */
function precache() {
  return caches.open(CACHE).then(function (cache) {
    return Promise.all(
      PRECACHE.map(function (path) {
        var source = path.indexOf('/assets/') === 0 || path.indexOf('.') !== -1 ? path : path + '?blank=1';
        return fetch(source, { credentials: 'same-origin', cache: 'no-store' }).then(function (response) {
          if (!response.ok) throw new Error(path + ' answered ' + response.status);
          return cache.put(path, response);
        });
      }),
    );
  });
}

self.addEventListener('install', function (event) {
  event.waitUntil(
    precache().then(function () {
      return self.skipWaiting();
    }),
  );
});

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches
      .keys()
      .then(function (names) {
        return Promise.all(
          names
            .filter(function (name) {
              return name.indexOf('aftercare-') === 0 && name !== CACHE;
            })
            .map(function (name) {
              return caches.delete(name);
            }),
        );
      })
      .then(function () {
        return self.clients.claim();
      }),
  );
});

// The person chose another country or another language (or the number changed): the cached pages are fetched again,
// with its number and in that language.
self.addEventListener('message', function (event) {
  if (event.data === 'refresh') event.waitUntil(precache());
});

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The offline page, holding a form sent while offline as hidden fields, to send again from the page itself. */
function keptForm(request) {
  return Promise.all([request.clone().text(), caches.match('/offline', { cacheName: CACHE })]).then(function (both) {
    var body = both[0];
    var page = both[1];
    if (!page) return Response.error();
    // Only the person's answers are kept. A clinic's form (a password, a client's name, a form token) never is:
    // the offline page says offline, with nothing of it in the page.
    var params = new URLSearchParams(body);
    if (new URL(request.url).pathname.indexOf('/clinic') === 0 || params.has('password') || params.has('_csrf')) return page;
    return page.text().then(function (html) {
      // The button's words come from the kept page, in the language it was kept in (already escaped there).
      var label = /data-send-label="([^"]*)"/.exec(html);
      var fields = '';
      params.forEach(function (value, name) {
        fields += '<input type="hidden" name="' + escapeHtml(name) + '" value="' + escapeHtml(value) + '">';
      });
      var form =
        '<form method="post" action="' +
        escapeHtml(new URL(request.url).pathname) +
        '" data-resend>' +
        fields +
        '<p><button class="button" type="submit">' +
        (label ? label[1] : '') +
        '</button></p></form>';
      var headers = new Headers(page.headers);
      headers.set('cache-control', 'no-store');
      return new Response(html.replace('<!--kept-form-->', form).replace('data-kept hidden', 'data-kept'), {
        status: 503,
        headers: headers,
      });
    });
  });
}

function cachedPage(path) {
  return caches.match(path, { cacheName: CACHE }).then(function (page) {
    return page || caches.match('/offline', { cacheName: CACHE });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && request.method === 'POST') {
    // A form sent while offline: kept on the offline page to send again, never stored by the worker.
    event.respondWith(
      fetch(request.clone()).catch(function () {
        return keptForm(request);
      }),
    );
    return;
  }
  if (request.method !== 'GET') return;
  if (url.pathname.indexOf('/assets/') === 0) {
    event.respondWith(
      caches.match(request, { cacheName: CACHE }).then(function (cached) {
        return cached || fetch(request);
      }),
    );
    return;
  }
  if (request.mode === 'navigate') {
    // The network first, always (pages change with the person's answers); the cached copy only without one.
    event.respondWith(
      fetch(request).catch(function () {
        return cachedPage(PRECACHE.indexOf(url.pathname) !== -1 ? url.pathname : '/offline');
      }),
    );
  }
});

self.addEventListener('push', function (event) {
  var message;
  try {
    message = event.data ? event.data.json() : {};
  } catch {
    message = {};
  }
  event.waitUntil(
    self.registration.showNotification(message.title || 'Aftercare', {
      body: message.body || 'Time to check in on your back.',
      tag: message.tag || 'aftercare-reminder',
      data: { url: message.url || '/diaries' },
    }),
  );
});

self.addEventListener('notificationclick', function (event) {
  event.notification.close();
  var target = new URL((event.notification.data && event.notification.data.url) || '/diaries', self.location.origin);
  // Only this site's own pages are opened.
  if (target.origin !== self.location.origin) target = new URL('/diaries', self.location.origin);
  event.waitUntil(self.clients.openWindow(target.href));
});
