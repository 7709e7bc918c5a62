// Haven editor: progressive enhancement only; every feature works without this file.
// - focuses the error summary so screen readers announce it
// - suggests a slug from the title while the slug field is untouched
// - refreshes a live preview beside the form as you type (debounced POST to /admin/articles/preview)
(function () {
  'use strict';

  function slugify(text) {
    return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  }

  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
    }

    var form = document.getElementById('article-form');
    if (!form) {
      return;
    }
    var title = document.getElementById('field-title');
    var slug = document.getElementById('field-slug');
    var slugTouched = slug.value !== '';
    slug.addEventListener('input', function () { slugTouched = slug.value !== ''; });
    title.addEventListener('input', function () {
      if (!slugTouched) {
        slug.value = slugify(title.value);
      }
    });

    var section = document.getElementById('live-preview');
    var target = document.getElementById('live-preview-body');
    var grid = form.parentElement;
    var timer = null;
    var pending = null;

    function refresh() {
      var data = new FormData(form);
      if (pending) {
        pending.abort();
      }
      pending = new AbortController();
      fetch('/admin/articles/preview?fragment=true', {
        method: 'POST', body: data, credentials: 'same-origin', signal: pending.signal,
        headers: { 'Accept': 'text/html' }
      }).then(function (response) {
        if (!response.ok) {
          throw new Error('preview failed: ' + response.status);
        }
        return response.text();
      }).then(function (html) {
        target.innerHTML = html; // rendered and sanitised by the server's content pipeline
        section.hidden = false;
        grid.classList.add('live');
      }).catch(function () { /* keep the last preview; the Preview button still works */ });
    }

    form.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(refresh, 700);
    });
    if (document.getElementById('field-body').value.trim() !== '') {
      refresh();
    }
  });
}());
