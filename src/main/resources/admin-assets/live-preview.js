// The live preview beside the article form: the article as the server renders it (POST
// /admin/articles/preview?fragment=true), with the plain-language panel the server computes. Progressive enhancement:
// the Preview button works without it. Typing never waits for it:
// - it is asked for 300 ms after the last change, and only while it is on show (the Desktop tab, not in
//   distraction-free mode); hidden, it is brought up to date when it is shown again;
// - an answer that arrives after more typing is dropped: the next pause asks again;
// - an answer is applied when the browser is idle, and only what changed is replaced (the paragraph being written,
//   a score), so the browser lays out a paragraph, not the whole article.
(function () {
  'use strict';

  var DELAY_MS = 300;
  var DEPTH = 8; // deep enough for .preview > article > .prose > ul > li and the panel's dl > div > dd

  function whenIdle(task) {
    return window.requestIdleCallback ? window.requestIdleCallback(task, { timeout: 1000 }) : setTimeout(task, 0);
  }

  // The same element with the same attributes (its children aside).
  function sameShell(a, b) {
    if (a.nodeType !== Node.ELEMENT_NODE || b.nodeType !== Node.ELEMENT_NODE || a.tagName !== b.tagName
        || a.attributes.length !== b.attributes.length) {
      return false;
    }
    for (var i = 0; i < a.attributes.length; i++) {
      if (b.getAttribute(a.attributes[i].name) !== a.attributes[i].value) {
        return false;
      }
    }
    return true;
  }

  // Gives `current` the children of `next` (whose nodes it takes), touching only what differs: equal runs at the
  // start and the end stay; changed elements with the same tags and attributes, one for one, are patched inside; the
  // rest of the middle is replaced.
  function patch(current, next, depth) {
    var a = current.childNodes;
    var b = next.childNodes;
    var start = 0;
    while (start < a.length && start < b.length && a[start].isEqualNode(b[start])) {
      start++;
    }
    var endA = a.length;
    var endB = b.length;
    while (endA > start && endB > start && a[endA - 1].isEqualNode(b[endB - 1])) {
      endA--;
      endB--;
    }
    // the same nodes in the middle (the panel and the article both changed, with the text between them): patch
    // each in place
    var paired = depth > 0 && endA - start === endB - start;
    for (var k = start; paired && k < endA; k++) {
      paired = sameShell(a[k], b[k]) || a[k].isEqualNode(b[k])
        || (a[k].nodeType === Node.TEXT_NODE && b[k].nodeType === Node.TEXT_NODE);
    }
    if (paired) {
      var pairs = [];
      for (var m = start; m < endA; m++) {
        pairs.push([a[m], b[m]]);
      }
      pairs.forEach(function (pair) {
        if (pair[0].nodeType === Node.TEXT_NODE) {
          pair[0].data = pair[1].data;
        } else if (!pair[0].isEqualNode(pair[1])) {
          patch(pair[0], pair[1], depth - 1);
        }
      });
      return;
    }
    var before = a[endA] || null;
    for (var i = endA - 1; i >= start; i--) {
      current.removeChild(a[i]);
    }
    Array.prototype.slice.call(b, start, endB).forEach(function (node) {
      current.insertBefore(node, before);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('article-form');
    var section = document.getElementById('live-preview');
    var target = document.getElementById('live-preview-body');
    if (!form || !section || !target) {
      return;
    }
    var grid = form.parentElement;
    var timer = null;
    var pending = null;
    var edits = 0; // changes so far: an answer to an older state of the form is not shown
    var stale = false;

    function shown() {
      return !target.hidden && !document.body.classList.contains('focus-mode');
    }

    function apply(html, asked) {
      if (asked !== edits) {
        return;
      }
      var parsed = document.createElement('template');
      parsed.innerHTML = html; // rendered and sanitised by the server's content pipeline; inert until inserted
      patch(target, parsed.content, DEPTH);
      if (section.hidden) {
        section.hidden = false;
        grid.classList.add('live');
      }
    }

    function refresh() {
      if (!shown() && !section.hidden) {
        stale = true;
        return;
      }
      stale = false;
      var asked = edits;
      if (pending) {
        pending.abort();
      }
      pending = new AbortController();
      fetch('/admin/articles/preview?fragment=true', {
        method: 'POST', body: new FormData(form), credentials: 'same-origin', signal: pending.signal,
        headers: { 'Accept': 'text/html' }
      }).then(function (response) {
        if (!response.ok) {
          throw new Error('preview failed: ' + response.status);
        }
        return response.text();
      }).then(function (html) {
        if (asked === edits) {
          whenIdle(function () { apply(html, asked); });
        }
      }).catch(function () { /* keep the last preview; the Preview button still works */ });
    }

    form.addEventListener('input', function () {
      edits++;
      clearTimeout(timer);
      timer = setTimeout(refresh, DELAY_MS);
    });
    // shown again (the Desktop tab, or out of distraction-free mode) after changes made while hidden
    var visibility = new MutationObserver(function () {
      if (stale && shown()) {
        refresh();
      }
    });
    visibility.observe(target, { attributes: true, attributeFilter: ['hidden'] });
    visibility.observe(document.body, { attributes: true, attributeFilter: ['class'] });
    if (document.getElementById('field-body').value.trim() !== '') {
      refresh();
    }
  });
}());
