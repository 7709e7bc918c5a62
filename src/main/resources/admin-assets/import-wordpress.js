// The WordPress import's pages. On the upload form: a file over the size limit is refused before it is sent (a
// browser may show a broken connection rather than the server's 413 page when it is cut off mid-upload), and a media
// archive is sent first on its own (PUT .../media, with a progress bar), so it is not held to the form's multipart
// limit; the form then names it in media-upload. On the progress page: asks for the progress every second and moves
// the bar in place; once the import is over, reloads the page, which then shows the report. Without this script the
// form still works (the archive then goes with the form, within its limit) and the progress page has a reload link.
(function () {
  'use strict';

  function tooLarge(input, max, message) {
    var over = input.files.length > 0 && input.files[0].size > max;
    message.hidden = !over;
    if (over) {
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    }
    return over;
  }

  function sendMedia(form, media, done) {
    var sending = document.getElementById('media-sending');
    var bar = document.getElementById('media-bar');
    var status = document.getElementById('media-status');
    var csrf = form.querySelector('input[name=_csrf]');
    var request = new XMLHttpRequest();
    sending.hidden = false;
    status.textContent = 'Sending the media archive.';
    request.open('PUT', media.getAttribute('data-upload-url'));
    request.setRequestHeader('Content-Type', 'application/zip');
    request.setRequestHeader('X-File-Name', media.files[0].name);
    if (csrf) {
      request.setRequestHeader('X-CSRF-TOKEN', csrf.value);
    }
    request.upload.addEventListener('progress', function (event) {
      if (event.lengthComputable) {
        var percent = Math.floor(100 * event.loaded / event.total);
        bar.value = percent;
        bar.textContent = percent + '%';
      }
    });
    request.addEventListener('load', function () {
      var answer = null;
      try { answer = JSON.parse(request.responseText); } catch (ignored) { answer = null; }
      if (request.status === 200 && answer && answer.id) {
        status.textContent = 'Media archive sent; sending the export.';
        done(answer.id);
      } else {
        status.textContent = (answer && answer.error) || 'The media archive could not be sent (' + request.status + ').';
        media.setAttribute('aria-invalid', 'true');
      }
    });
    request.addEventListener('error', function () {
      status.textContent = 'The media archive could not be sent: the connection failed. Try again.';
    });
    request.send(media.files[0]);
  }

  var form = document.getElementById('import-form');
  if (form) {
    form.addEventListener('submit', function (event) {
      var file = document.getElementById('field-file');
      var media = document.getElementById('field-media');
      if (tooLarge(file, Number(form.getAttribute('data-max-bytes')), document.getElementById('file-too-large'))) {
        event.preventDefault();
        return;
      }
      if (!media || media.files.length === 0) {
        return;
      }
      event.preventDefault();
      if (tooLarge(media, Number(media.getAttribute('data-max-bytes')), document.getElementById('media-too-large'))) {
        return;
      }
      sendMedia(form, media, function (id) {
        document.getElementById('field-media-upload').value = id;
        media.disabled = true; // already sent: the form carries only its id
        form.submit();
      });
    });
  }

  var box = document.getElementById('import-progress');
  if (!box || box.getAttribute('data-state') !== 'running') {
    return;
  }
  var bar = document.getElementById('import-bar');
  var status = document.getElementById('import-status');
  var url = box.getAttribute('data-status-url');

  function poll() {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (progress) {
        if (!progress) {
          return;
        }
        if (progress.state !== 'running') {
          window.location.reload();
          return;
        }
        bar.max = Math.max(progress.total, 1);
        bar.value = progress.done;
        bar.textContent = progress.done + ' of ' + progress.total + ' items';
        if (status.textContent !== progress.text) {
          status.textContent = progress.text;
        }
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }

  window.setTimeout(poll, 1000);
}());
