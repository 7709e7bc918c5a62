// Haven editor: progressive enhancement only; every feature works without this file.
// - focuses the error summary so screen readers announce it
// - suggests a slug from the title (or a new category's name) while the slug field is untouched (slug.js)
// - keeps a copy of the form in this browser (localStorage) until it is saved, and offers it back if the page is
//   left without saving (a closed tab, an expired session, a lost connection)
// - "Insert an image": uploads a picture (POST /admin/media asking for JSON) or picks an uploaded one, and inserts
//   ![description](/media/name) at the cursor; it will not insert an image without a description
(function () {
  'use strict';

  function whenIdle(task) {
    return window.requestIdleCallback ? window.requestIdleCallback(task, { timeout: 1000 }) : setTimeout(task, 0);
  }

  function suggestSlug(source, slug) {
    var touched = slug.value !== '';
    slug.addEventListener('input', function () { touched = slug.value !== ''; });
    source.addEventListener('input', function () {
      if (!touched) {
        slug.value = window.havenSlug(source.value);
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
          } else if (el.havenEditor) {
            el.havenEditor.setValue(stored.values[el.name]);
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

  // Markdown alt text ends at "]" and at a blank line, so those are escaped or flattened.
  function imageMarkdown(alt, url) {
    return '![' + alt.replace(/\s+/g, ' ').trim().replace(/([\\\[\]])/g, '\\$1') + '](' + url + ')';
  }

  function insertAtCursor(textarea, text) {
    if (textarea.havenEditor) { // the Markdown editor (writing.js) holds the text
      textarea.havenEditor.insertBlock(text);
      return;
    }
    var start = textarea.selectionStart;
    var end = textarea.selectionEnd;
    var before = textarea.value.slice(0, start);
    var after = textarea.value.slice(end);
    // an image on a paragraph of its own, with blank lines around it
    var lead = before === '' || /\n\n$/.test(before) ? '' : (/\n$/.test(before) ? '\n' : '\n\n');
    var tail = after === '' || /^\n\n/.test(after) ? '' : (/^\n/.test(after) ? '\n' : '\n\n');
    textarea.value = before + lead + text + tail + after;
    var caret = (before + lead + text).length;
    textarea.setSelectionRange(caret, caret);
  }

  function setUpImageInsert(form) {
    var tools = document.getElementById('image-insert-tools');
    if (!tools) {
      return;
    }
    tools.hidden = false;
    var choice = document.getElementById('insert-image-file');
    var upload = document.getElementById('insert-image-upload');
    var alt = document.getElementById('insert-image-alt');
    var status = document.getElementById('insert-image-status');
    var body = document.getElementById('field-body');
    var csrf = form.querySelector('input[name=_csrf]');

    upload.addEventListener('change', function () {
      if (!upload.files.length) {
        return;
      }
      var maxBytes = Number(upload.dataset.maxBytes) || Infinity; // the server's limit, from the page
      if (upload.files[0].size > maxBytes) {
        // the server says the same, but a very large file would not even reach it
        status.textContent = upload.files[0].name + ' is larger than ' + Math.round(maxBytes / 1048576) +
          ' MB. Save it smaller and try again.';
        upload.value = '';
        return;
      }
      var data = new FormData();
      data.append('file', upload.files[0]);
      if (csrf) {
        data.append('_csrf', csrf.value);
      }
      status.textContent = 'Uploading ' + upload.files[0].name + '…';
      fetch('/admin/media', {
        method: 'POST', body: data, credentials: 'same-origin', headers: { 'Accept': 'application/json' }
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (json) {
          if (!response.ok || !json.url) {
            throw new Error((json.errors && json.errors.join(' ')) || 'The upload failed (' + response.status + '). Try the Images page.');
          }
          return json;
        });
      }).then(function (image) {
        var option = document.createElement('option');
        option.value = image.url;
        option.textContent = image.name;
        choice.insertBefore(option, choice.options[1] || null);
        choice.value = image.url;
        upload.value = '';
        status.textContent = 'Uploaded ' + image.name + '. Describe what it shows, then insert it.';
        alt.focus();
      }).catch(function (error) {
        status.textContent = error.message;
      });
    });

    document.getElementById('insert-image-button').addEventListener('click', function () {
      if (!choice.value) {
        status.textContent = 'Choose or upload an image first.';
        choice.focus();
        return;
      }
      if (!alt.value.trim()) {
        status.textContent = 'Describe what the image shows first: readers who cannot see it rely on this.';
        alt.focus();
        return;
      }
      insertAtCursor(body, imageMarkdown(alt.value, choice.value));
      status.textContent = 'Inserted ' + choice.options[choice.selectedIndex].text + ' into the text.';
      alt.value = '';
      (body.havenEditor || body).focus();
      form.dispatchEvent(new Event('input'));
    });
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

    var key = 'haven-draft:' + form.getAttribute('action');
    var saved = document.querySelector('p.notice[role=status]');
    if (saved && !document.getElementById('error-summary')) {
      localStorage.removeItem(key); // the server has it now
      localStorage.removeItem('haven-draft:/admin/articles'); // a new article just saved lands here
    }
    offerLocalCopy(form, key);
    setUpImageInsert(form);

    var timer = null;
    var unkept = false;
    function keep() {
      if (unkept) {
        unkept = false;
        var body = document.getElementById('field-body');
        if (body && body.havenEditor) {
          body.havenEditor.flush();
        }
        keepLocalCopy(form, key);
      }
    }
    form.addEventListener('input', function () {
      // when typing pauses and the browser is idle (the copy reads the whole form), and when the page is left
      unkept = true;
      clearTimeout(timer);
      timer = setTimeout(function () { whenIdle(keep); }, 700);
    });
    window.addEventListener('pagehide', keep);
  });
}());
