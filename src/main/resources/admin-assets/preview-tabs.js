// Preview tabs beside the form: the article as on a desktop (the live preview), on a phone (390 px wide, in a
// sandboxed frame without scripts), as a search result (title and description cut where search engines cut
// them, with length warnings), and as a social card (Open Graph: cover, title, summary).
(function () {
  'use strict';

  var TITLE_MAX = 60;
  var DESCRIPTION_MAX = 155;
  var DESCRIPTION_MIN = 50;

  function cut(text, max) {
    text = text.replace(/\s+/g, ' ').trim();
    return text.length <= max ? text : text.slice(0, text.lastIndexOf(' ', max - 1) > max / 2 ? text.lastIndexOf(' ', max - 1) : max - 1) + ' …';
  }

  function value(id) {
    var el = document.getElementById(id);
    return el ? el.value.trim() : '';
  }

  function showSearchResult(panel) {
    var site = (panel.dataset.siteUrl || '').replace(/\/$/, '');
    var title = value('field-title') || 'Untitled';
    var description = value('field-summary');
    document.getElementById('serp-url').textContent = site.replace(/^https?:\/\//, '') + ' › articles › ' + (value('field-slug') || '…');
    document.getElementById('serp-title').textContent = cut(title, TITLE_MAX);
    document.getElementById('serp-description').textContent = description ? cut(description, DESCRIPTION_MAX) : 'No summary: search engines pick a sentence from the text.';
    var warnings = [];
    if (title.length > TITLE_MAX) {
      warnings.push('The title has ' + title.length + ' characters; search results show about ' + TITLE_MAX + '.');
    }
    if (description.length > DESCRIPTION_MAX) {
      warnings.push('The summary has ' + description.length + ' characters; search results show about ' + DESCRIPTION_MAX + '.');
    } else if (description.length < DESCRIPTION_MIN) {
      warnings.push('The summary is short (' + description.length + ' characters): ' + DESCRIPTION_MIN + ' to ' + DESCRIPTION_MAX + ' say more in search results.');
    }
    var list = document.getElementById('serp-warnings');
    list.textContent = '';
    warnings.forEach(function (text) {
      var item = document.createElement('li');
      item.textContent = text;
      list.appendChild(item);
    });
  }

  function showSocialCard() {
    var cover = value('field-cover');
    var image = document.getElementById('social-image');
    var local = /^\/[^/]/.test(cover); // only this site's own images: the preview makes no other requests
    image.hidden = !local;
    document.getElementById('social-none').hidden = local;
    if (local) {
      image.src = cover;
      image.alt = value('field-coverAlt');
    }
    var site = (document.getElementById('preview-search').dataset.siteUrl || '').replace(/^https?:\/\//, '').replace(/\/$/, '');
    document.getElementById('social-site').textContent = site.toUpperCase();
    document.getElementById('social-title').textContent = cut(value('field-title') || 'Untitled', 70);
    document.getElementById('social-description').textContent = cut(value('field-summary'), 200);
  }

  function whenIdle(task) {
    return window.requestIdleCallback ? window.requestIdleCallback(task, { timeout: 1000 }) : setTimeout(task, 0);
  }

  // current(): false once the form has changed again, so an older page is not laid out while someone types.
  function showPhone(form, current) {
    var frame = document.getElementById('phone-frame');
    var data = new FormData(form);
    fetch('/admin/articles/preview', {
      method: 'POST', body: data, credentials: 'same-origin', headers: { 'Accept': 'text/html' }
    }).then(function (response) {
      return response.ok ? response.text() : Promise.reject(new Error('preview ' + response.status));
    }).then(function (html) {
      if (current()) {
        frame.srcdoc = html; // the server's sanitised preview page; the frame runs no scripts
      }
    }).catch(function () { /* the desktop preview and the Preview button still work */ });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('article-form');
    var list = document.getElementById('preview-tabs');
    if (!form || !list) {
      return;
    }
    var tabs = Array.prototype.slice.call(list.querySelectorAll('[role=tab]'));
    var timer = null;
    var current = 'tab-desktop';
    var edits = 0;

    function render() {
      if (current === 'tab-phone') {
        var asked = edits;
        showPhone(form, function () { return asked === edits; });
      } else if (current === 'tab-search') {
        showSearchResult(document.getElementById('preview-search'));
      } else if (current === 'tab-social') {
        showSocialCard();
      }
    }

    function select(tab, focus) {
      tabs.forEach(function (other) {
        var on = other === tab;
        other.setAttribute('aria-selected', on ? 'true' : 'false');
        other.tabIndex = on ? 0 : -1;
        document.getElementById(other.getAttribute('aria-controls')).hidden = !on;
      });
      current = tab.id;
      if (focus) {
        tab.focus();
      }
      render();
    }

    tabs.forEach(function (tab, index) {
      tab.addEventListener('click', function () { select(tab, false); });
      tab.addEventListener('keydown', function (event) {
        var next = null;
        if (event.key === 'ArrowRight') next = tabs[(index + 1) % tabs.length];
        if (event.key === 'ArrowLeft') next = tabs[(index - 1 + tabs.length) % tabs.length];
        if (event.key === 'Home') next = tabs[0];
        if (event.key === 'End') next = tabs[tabs.length - 1];
        if (next) {
          event.preventDefault();
          select(next, true);
        }
      });
    });

    form.addEventListener('input', function () {
      edits++;
      if (current === 'tab-desktop') {
        return; // live-preview.js refreshes that one
      }
      clearTimeout(timer);
      timer = setTimeout(function () { whenIdle(render); }, current === 'tab-phone' ? 1200 : 300);
    });
  });
}());
