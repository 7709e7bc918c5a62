// The WordPress import's pages. On the upload form: a file over the size limit is refused before it is sent (a
// browser may show a broken connection rather than the server's 413 page when it is cut off mid-upload). On the
// progress page: asks for the progress every second and moves the bar in place; once the import is over, reloads the
// page, which then shows the report. Without this script the form still works and the progress page has a reload link.
(function () {
  'use strict';

  var form = document.getElementById('import-form');
  if (form) {
    form.addEventListener('submit', function (event) {
      var input = document.getElementById('field-file');
      var max = Number(form.getAttribute('data-max-bytes'));
      var message = document.getElementById('file-too-large');
      if (input.files.length && input.files[0].size > max) {
        event.preventDefault();
        message.hidden = false;
        input.setAttribute('aria-invalid', 'true');
        input.focus();
      } else {
        message.hidden = true;
      }
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
