// Haven's writing surface, on top of the plain form (which works without it):
// - the Markdown editor (codemirror.js: CodeMirror 6, toolbar, shortcuts) in place of the text area, which it
//   keeps up to date, so the form still submits the text;
// - a pasted or dropped image is uploaded (POST /admin/media, JSON) and inserted as ![description](/media/...)
//   at the cursor once the writer has described it; never without a description;
// - autosave to the server every 10 s while typing and when the text loses focus: a working copy beside the
//   article, never a change to what is published; a conflict (another tab) opens the conflict screen;
// - live word count and reading time; a distraction-free mode (Escape leaves it).
(function () {
  'use strict';

  var AUTOSAVE_EVERY_MS = 10000;
  var WORDS_PER_MINUTE = 220; // as the site's own reading time

  function lineWords(line) {
    var matches = line.replace(/!\[[^\]]*\]\([^)]*\)/g, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
    return matches ? matches.length : 0;
  }

  // Counts line by line and remembers each line's count, so a pause after typing counts only the lines that
  // changed, not the whole article.
  function wordCounter() {
    var known = new Map();
    return function (doc) {
      var seen = new Map();
      var total = 0;
      for (var lines = doc.iterLines(); !lines.next().done;) {
        var line = lines.value;
        var count = seen.get(line);
        if (count === undefined) {
          count = known.has(line) ? known.get(line) : lineWords(line);
          seen.set(line, count);
        }
        total += count;
      }
      known = seen;
      return total;
    };
  }

  // After the browser has drawn the key press: idle time where there is some, a timeout where there is none.
  function whenIdle(task) {
    return window.requestIdleCallback ? window.requestIdleCallback(task, { timeout: 1000 }) : setTimeout(task, 0);
  }

  function setUpCounts(editor) {
    var words = document.getElementById('word-count');
    var minutes = document.getElementById('reading-time');
    var countWords = wordCounter();
    var timer = null;
    var shown = null;
    function update() {
      var count = countWords(editor.view.state.doc);
      if (count === shown) {
        return; // no DOM write, no layout
      }
      shown = count;
      words.textContent = count.toLocaleString() + (count === 1 ? ' word' : ' words');
      var read = Math.max(1, Math.ceil(count / WORDS_PER_MINUTE));
      minutes.textContent = read + ' min read';
    }
    update();
    return function () {
      // counted when typing pauses, and when the browser is idle, so a long article never slows the keys down
      clearTimeout(timer);
      timer = setTimeout(function () { whenIdle(update); }, 250);
    };
  }

  function setUpFocusMode(editor) {
    var button = document.getElementById('focus-mode');
    function set(on) {
      document.body.classList.toggle('focus-mode', on);
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
      button.textContent = on ? 'Leave distraction-free mode' : 'Distraction-free';
    }
    button.addEventListener('click', function () {
      set(!document.body.classList.contains('focus-mode'));
      editor.focus();
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && document.body.classList.contains('focus-mode') && !document.querySelector('dialog[open]')) {
        set(false);
      }
    });
  }

  function askForDescription(file) {
    var dialog = document.getElementById('image-alt-dialog');
    var input = document.getElementById('image-alt-text');
    var error = document.getElementById('image-alt-error');
    var form = dialog.querySelector('form');
    var shown = dialog.querySelector('img');
    if (!shown) {
      shown = document.createElement('img');
      shown.className = 'thumb';
      shown.alt = '';
      form.insertBefore(shown, form.children[1]);
    }
    var url = URL.createObjectURL(file);
    shown.src = url;
    input.value = '';
    error.textContent = '';
    return new Promise(function (resolve) {
      function onSubmit(event) {
        var insert = event.submitter && event.submitter.value === 'insert';
        if (insert && !input.value.trim()) {
          event.preventDefault();
          error.textContent = 'Describe what the image shows first: readers who cannot see it rely on this.';
          input.focus();
          return;
        }
        finish(insert ? input.value.trim() : null);
      }
      function onCancel() {
        finish(null);
      }
      function finish(alt) {
        form.removeEventListener('submit', onSubmit);
        dialog.removeEventListener('cancel', onCancel);
        URL.revokeObjectURL(url);
        if (dialog.open) {
          dialog.close();
        }
        resolve(alt);
      }
      form.addEventListener('submit', onSubmit);
      dialog.addEventListener('cancel', onCancel);
      dialog.showModal();
      input.focus();
    });
  }

  function upload(file, csrf) {
    var data = new FormData();
    data.append('file', file, file.name || 'pasted-image.' + (file.type.split('/')[1] || 'png'));
    if (csrf) {
      data.append('_csrf', csrf.value);
    }
    return fetch('/admin/media', {
      method: 'POST', body: data, credentials: 'same-origin', headers: { 'Accept': 'application/json' }
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!response.ok || !json.url) {
          throw new Error((json.errors && json.errors.join(' ')) || 'The upload failed (' + response.status + ').');
        }
        return json;
      });
    });
  }

  function imageMarkdown(alt, url) {
    return '![' + alt.replace(/\s+/g, ' ').trim().replace(/([\\\[\]])/g, '\\$1') + '](' + url + ')';
  }

  // Asks first, then uploads: an image the writer will not describe is never stored or inserted.
  function pasteImages(files, editor, form, say) {
    var csrf = form.querySelector('input[name=_csrf]');
    var file = files[0];
    askForDescription(file).then(function (alt) {
      if (alt === null) {
        say('The image was not inserted.');
        editor.focus();
        return;
      }
      say('Uploading the image…');
      upload(file, csrf).then(function (image) {
        editor.insertBlock(imageMarkdown(alt, image.url));
        say('Inserted ' + image.name + '.');
      }).catch(function (error) {
        say(error.message);
        editor.focus();
      });
    });
  }

  function setUpAutosave(form, editor, say) {
    var token = document.getElementById('autosave-token');
    if (!token) {
      return function () {}; // a new article: the first save makes it; the browser keeps a copy until then
    }
    var id = form.getAttribute('action').split('/').pop();
    var dirty = false;
    var busy = false;
    var stopped = false;
    var timer = null;

    function conflict() {
      stopped = true;
      editor.flush();
      form.noValidate = true;
      var action = document.createElement('input');
      action.type = 'hidden';
      action.name = 'conflict';
      action.value = 'autosave';
      form.appendChild(action);
      form.setAttribute('action', '/admin/articles/' + id + '/conflict');
      form.submit();
    }

    function save() {
      if (!dirty || busy || stopped) {
        return;
      }
      busy = true;
      dirty = false;
      editor.flush();
      say('Autosaving…');
      fetch('/admin/articles/' + id + '/autosave', {
        method: 'POST', body: new FormData(form), credentials: 'same-origin', headers: { 'Accept': 'application/json' }
      }).then(function (response) {
        if (response.status === 409) {
          if (!stopped) {
            conflict();
          }
          return null;
        }
        if (!response.ok) {
          throw new Error('autosave ' + response.status);
        }
        return response.json();
      }).then(function (json) {
        if (json) {
          token.value = json.autosave;
          say('Autosaved at ' + json.savedAt + ' (not published).');
        }
      }).catch(function () {
        dirty = true;
        say('Autosave did not work; the browser keeps a copy. Save when you can.');
      }).then(function () {
        busy = false;
      });
    }

    form.addEventListener('submit', function (event) {
      if (!event.submitter || event.submitter.id !== 'preview-button') {
        stopped = true; // the save itself takes over
      }
    });
    editor.view.contentDOM.addEventListener('blur', function () {
      save();
    });
    return function changed() {
      dirty = true;
      if (timer === null) {
        // every 10 s while typing: the first change starts the clock, later ones ride along
        timer = setTimeout(function () {
          timer = null;
          save();
        }, Number(form.dataset.autosaveMs) || AUTOSAVE_EVERY_MS);
      }
    };
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('article-form');
    var body = document.getElementById('field-body');
    if (!form || !body || !window.havenMarkdownEditor) {
      return;
    }
    var status = document.getElementById('autosave-status');
    function say(text) {
      status.textContent = text;
    }
    var counts = null;
    var autosave = null;
    var editor = window.havenMarkdownEditor.create(body, {
      label: 'Text (Markdown)',
      toolbarLabel: 'Formatting',
      onChange: function () {
        counts();
        autosave();
        body.dispatchEvent(new Event('input', { bubbles: true }));
      },
      onImageFiles: function (files) {
        pasteImages(files, editor, form, say);
      },
      onImage: function () {
        var panel = document.getElementById('image-insert');
        panel.open = true;
        panel.scrollIntoView({ block: 'center' });
        document.getElementById('insert-image-file').focus();
      }
    });
    body.havenEditor = editor;
    document.querySelector('label[for=field-body]').addEventListener('click', function () {
      editor.focus();
    });
    document.getElementById('writing-status').hidden = false;
    counts = setUpCounts(editor);
    autosave = setUpAutosave(form, editor, say);
    setUpFocusMode(editor);
  });
}());
