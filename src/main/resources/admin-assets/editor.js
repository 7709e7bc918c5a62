// Haven editor: progressive enhancement only; every feature works without this file.
// - focuses the error summary so screen readers announce it
// - suggests a slug from the title (or a new category's name) while the slug field is untouched
// - refreshes a live preview beside the form as you type (debounced POST to /admin/articles/preview)
// - keeps a copy of the form in this browser (localStorage) until it is saved, and offers it back if the page is
//   left without saving (a closed tab, an expired session, a lost connection)
(function () {
  'use strict';

  function slugify(text) {
    return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  }

  function suggestSlug(source, slug) {
    var touched = slug.value !== '';
    slug.addEventListener('input', function () { touched = slug.value !== ''; });
    source.addEventListener('input', function () {
      if (!touched) {
        slug.value = slugify(source.value);
      }
    });
  }

  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && el.name !== '_csrf' && el.name !== 'version' && el.type !== 'submit' && el.type !== 'button';
    });
  }

  function snapshot(form) {
    var values = {};
    fields(form).forEach(function (el) {
      values[el.name] = el.type === 'checkbox' ? el.checked : el.value;
    });
    return values;
  }

  function keepLocalCopy(form, key) {
    try {
      localStorage.setItem(key, JSON.stringify({ at: new Date().toISOString(), values: snapshot(form) }));
    } catch (e) { /* storage full or disabled: the server copy is still the one that counts */ }
  }

  function offerLocalCopy(form, key) {
    var stored;
    try {
      stored = JSON.parse(localStorage.getItem(key) || 'null');
    } catch (e) {
      stored = null;
    }
    if (!stored || JSON.stringify(stored.values) === JSON.stringify(snapshot(form))) {
      return;
    }
    var box = document.createElement('div');
    box.className = 'notice local-copy';
    box.setAttribute('role', 'status');
    var text = document.createElement('p');
    text.textContent = 'This browser kept text you had not saved (' + new Date(stored.at).toLocaleString() + ').';
    var restore = document.createElement('button');
    restore.type = 'button';
    restore.id = 'restore-local-copy';
    restore.textContent = 'Put it back in the form';
    var discard = document.createElement('button');
    discard.type = 'button';
    discard.textContent = 'Discard it';
    restore.addEventListener('click', function () {
      fields(form).forEach(function (el) {
        if (Object.prototype.hasOwnProperty.call(stored.values, el.name)) {
          if (el.type === 'checkbox') {
            el.checked = stored.values[el.name];
          } else {
            el.value = stored.values[el.name];
          }
        }
      });
      box.remove();
      form.dispatchEvent(new Event('input'));
    });
    discard.addEventListener('click', function () {
      localStorage.removeItem(key);
      box.remove();
    });
    box.append(text, restore, document.createTextNode(' '), discard);
    form.parentElement.parentElement.insertBefore(box, form.parentElement);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
    }

    var categoryForm = document.getElementById('category-form');
    if (categoryForm) {
      suggestSlug(document.getElementById('field-name'), document.getElementById('field-slug'));
    }

    var form = document.getElementById('article-form');
    if (!form) {
      return;
    }
    suggestSlug(document.getElementById('field-title'), document.getElementById('field-slug'));

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

    var key = 'haven-draft:' + form.getAttribute('action');
    var saved = document.querySelector('p.notice[role=status]');
    if (saved && !document.getElementById('error-summary')) {
      localStorage.removeItem(key); // the server has it now
      localStorage.removeItem('haven-draft:/admin/articles'); // a new article just saved lands here
    }
    offerLocalCopy(form, key);

    form.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        keepLocalCopy(form, key);
        refresh();
      }, 700);
    });
    if (document.getElementById('field-body').value.trim() !== '') {
      refresh();
    }
  });
}());
