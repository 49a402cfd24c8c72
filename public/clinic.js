// A clinic's enhancements, loaded only by the pages that have them: the words come from app.js's aftercareWords,
// which every page loads first. Every page works without this file.
/* global aftercareWords */

// A follow-up link on the clinic's page: "Share" opens the phone's share sheet, "Copy link" puts it on the
// clipboard. Each button shows only where the browser can do it; without them the link is there as text.
(function () {
  'use strict';
  document.querySelectorAll('[data-share-link]').forEach(function (box) {
    var link = box.getAttribute('data-share-link');
    var status = box.querySelector('[data-share-status]');
    var share = box.querySelector('[data-share]');
    var copy = box.querySelector('[data-copy]');
    var say = function (text) {
      if (status) status.textContent = text;
    };
    if (share && navigator.share) {
      share.hidden = false;
      share.addEventListener('click', function () {
        navigator.share({ title: box.getAttribute('data-share-title') || '', url: link }).then(
          function () {
            say(aftercareWords('shared'));
          },
          function (error) {
            // Closing the share sheet is not a failure worth a word.
            if (!error || error.name !== 'AbortError') say(aftercareWords('shareFailed'));
          },
        );
      });
    }
    if (copy && navigator.clipboard && navigator.clipboard.writeText) {
      copy.hidden = false;
      copy.addEventListener('click', function () {
        navigator.clipboard.writeText(link).then(
          function () {
            say(aftercareWords('clientLinkCopied'));
          },
          function () {
            say(aftercareWords('clientCopyFailed'));
          },
        );
      });
    }
  });
})();
