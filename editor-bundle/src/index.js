// Haven's Markdown editor: CodeMirror 6 with its Markdown language, a toolbar and keyboard shortcuts.
// Built into src/main/resources/admin-assets/codemirror.js (see README.md); the page's textarea stays the
// form field: every change is mirrored into it, so the form submits what the writer sees.
import { EditorState, EditorSelection, RangeSetBuilder } from '@codemirror/state';
import { EditorView, keymap, drawSelection, highlightActiveLine, ViewPlugin, Decoration, placeholder } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, undo, redo, indentWithTab } from '@codemirror/commands';
import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { syntaxHighlighting, HighlightStyle } from '@codemirror/language';
import { searchKeymap, highlightSelectionMatches } from '@codemirror/search';
import { tags } from '@lezer/highlight';
import { longSentences } from './sentences.js';

const style = HighlightStyle.define([
  { tag: tags.heading, fontWeight: '700', color: '#1d2a2a' },
  { tag: tags.strong, fontWeight: '700' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.link, color: '#2f6f62', textDecoration: 'underline' },
  { tag: tags.url, color: '#52605f' },
  { tag: tags.quote, color: '#3d4b4a', fontStyle: 'italic' },
  { tag: tags.monospace, fontFamily: 'ui-monospace, Menlo, Consolas, monospace' },
  { tag: tags.processingInstruction, color: '#52605f' },
  { tag: tags.list, color: '#1d2a2a' }
]);

// Wraps the selection in `mark` (or inserts it twice and puts the cursor between).
function wrap(mark, placeholderText) {
  return (view) => {
    view.dispatch(view.state.changeByRange((range) => {
      const text = view.state.sliceDoc(range.from, range.to) || placeholderText;
      const insert = mark + text + mark;
      return {
        changes: { from: range.from, to: range.to, insert },
        range: EditorSelection.range(range.from + mark.length, range.from + mark.length + text.length)
      };
    }));
    return true;
  };
}

// Puts `prefix` (or a numbered prefix) at the start of every selected line; again removes it.
function linePrefix(prefixFor, pattern) {
  return (view) => {
    const { state } = view;
    const changes = [];
    let number = 1;
    const seen = new Set();
    for (const range of state.selection.ranges) {
      for (let pos = range.from; pos <= range.to;) {
        const line = state.doc.lineAt(pos);
        if (!seen.has(line.number)) {
          seen.add(line.number);
          const match = line.text.match(pattern);
          if (match) {
            changes.push({ from: line.from, to: line.from + match[0].length, insert: '' });
          } else {
            changes.push({ from: line.from, insert: prefixFor(number++) });
          }
        }
        pos = line.to + 1;
      }
    }
    view.dispatch({ changes });
    return true;
  };
}

function insertBlock(text, selectFrom, selectLength) {
  return (view) => {
    const { state } = view;
    const range = state.selection.main;
    const before = state.sliceDoc(0, range.from);
    const lead = before === '' || /\n\n$/.test(before) ? '' : (/\n$/.test(before) ? '\n' : '\n\n');
    const insert = lead + text;
    const start = range.from + lead.length + selectFrom;
    view.dispatch({
      changes: { from: range.from, to: range.to, insert },
      selection: EditorSelection.range(start, start + selectLength),
      scrollIntoView: true
    });
    return true;
  };
}

function link(view) {
  view.dispatch(view.state.changeByRange((range) => {
    const text = view.state.sliceDoc(range.from, range.to) || 'link text';
    const insert = '[' + text + '](https://)';
    const urlStart = range.from + text.length + 3;
    return {
      changes: { from: range.from, to: range.to, insert },
      range: EditorSelection.range(urlStart, urlStart + 8)
    };
  }));
  return true;
}

// A footnote reference at the cursor and its note at the end of the text, where the cursor goes.
function footnote(view) {
  const { state } = view;
  const used = state.doc.toString().match(/\[\^(\d+)\]/g) || [];
  const n = used.reduce((max, ref) => Math.max(max, Number(ref.slice(2, -1))), 0) + 1;
  const at = state.selection.main.head;
  const end = state.doc.length;
  const tail = (state.doc.sliceString(Math.max(0, end - 2)).endsWith('\n\n') ? '' : (state.doc.sliceString(end - 1) === '\n' ? '\n' : '\n\n'));
  const note = tail + '[^' + n + ']: ';
  const ref = '[^' + n + ']';
  view.dispatch({
    changes: [{ from: at, insert: ref }, { from: end, insert: note + 'The source or the explanation.' }],
    selection: EditorSelection.range(end + ref.length + note.length, end + ref.length + note.length + 30),
    scrollIntoView: true
  });
  return true;
}

function heading(view) {
  return linePrefix(() => '## ', /^#{1,6} /)(view);
}

const TABLE = '| Heading | Heading |\n| --- | --- |\n| Cell | Cell |\n';

// The commands the toolbar and the shortcuts share: [name, label, keys, command].
export function commands(actions) {
  return [
    ['bold', 'Bold', 'Mod-b', wrap('**', 'bold text')],
    ['italic', 'Italic', 'Mod-i', wrap('_', 'italic text')],
    ['heading', 'Heading', 'Mod-Alt-2', heading],
    ['link', 'Link', 'Mod-k', link],
    ['bulleted', 'Bulleted list', 'Mod-Shift-8', linePrefix(() => '- ', /^[-*+] /)],
    ['numbered', 'Numbered list', 'Mod-Shift-7', linePrefix((n) => n + '. ', /^\d+\. /)],
    ['quote', 'Quote', 'Mod-Shift-9', linePrefix(() => '> ', /^> ?/)],
    ['table', 'Table', 'Mod-Alt-t', insertBlock(TABLE, 2, 7)],
    ['footnote', 'Footnote', 'Mod-Alt-f', footnote],
    ['image', 'Image', 'Mod-Alt-i', (view) => { actions.image(view); return true; }],
    ['undo', 'Undo', 'Mod-z', undo],
    ['redo', 'Redo', 'Mod-Shift-z', redo]
  ];
}

// Keys as people read them: Ctrl+Shift+8 (⌘ on a Mac).
function readable(keys) {
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  return keys.replace('Mod', mac ? '⌘' : 'Ctrl').replace(/-/g, '+');
}

// aria-keyshortcuts wants Control/Meta and the key itself.
function ariaKeys(keys) {
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  return keys.replace('Mod', mac ? 'Meta' : 'Control').replace(/-/g, '+').replace(/\+([a-z])$/, (m, k) => '+' + k.toUpperCase());
}

function toolbar(view, list, label) {
  const bar = document.createElement('div');
  bar.className = 'md-toolbar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', label);
  bar.setAttribute('aria-controls', view.contentDOM.id);
  const buttons = list.map(([name, text, keys, command], index) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'md-' + name;
    button.dataset.command = name;
    button.textContent = text;
    button.title = text + ' (' + readable(keys) + ')';
    button.setAttribute('aria-keyshortcuts', ariaKeys(keys));
    button.tabIndex = index === 0 ? 0 : -1;
    button.addEventListener('click', () => { command(view); view.focus(); });
    bar.appendChild(button);
    return button;
  });
  // one tab stop for the whole toolbar; arrows move along it (WAI-ARIA toolbar pattern)
  bar.addEventListener('keydown', (event) => {
    const at = buttons.indexOf(document.activeElement);
    if (at < 0) {
      return;
    }
    let next = null;
    if (event.key === 'ArrowRight') next = (at + 1) % buttons.length;
    if (event.key === 'ArrowLeft') next = (at - 1 + buttons.length) % buttons.length;
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = buttons.length - 1;
    if (next !== null) {
      event.preventDefault();
      buttons[at].tabIndex = -1;
      buttons[next].tabIndex = 0;
      buttons[next].focus();
    }
  });
  return bar;
}

/**
 * Replaces `textarea` with CodeMirror. options: toolbarLabel, onChange(view), onBlur(view),
 * onImageFiles(files, view) for pasted or dropped images, onImage(view) for the toolbar's image button.
 */
export function create(textarea, options) {
  let mirrorTimer = null;
  const mirror = (view) => {
    textarea.value = view.state.doc.toString();
  };
  const actions = { image: (view) => options.onImage && options.onImage(view) };
  const list = commands(actions);
  const describedBy = textarea.getAttribute('aria-describedby');
  const view = new EditorView({
    parent: textarea.parentElement,
    state: EditorState.create({
      doc: textarea.value,
      extensions: [
        history(),
        drawSelection(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        EditorView.lineWrapping,
        markdown({ base: markdownLanguage }),
        syntaxHighlighting(style),
        longSentences(options.longSentenceWords || 25),
        placeholder(options.placeholder || ''),
        keymap.of(list.map(([, , key, run]) => ({ key, run, preventDefault: true }))
          .concat([{ key: 'Mod-y', run: redo, preventDefault: true }])),
        keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap, indentWithTab]),
        EditorView.contentAttributes.of({
          id: textarea.id + '-editor',
          'aria-label': options.label || 'Text',
          'aria-multiline': 'true',
          ...(describedBy ? { 'aria-describedby': describedBy } : {})
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) {
            // mirrored at once for small texts, and at most every 150 ms for long ones: forms and
            // autosave read the textarea
            clearTimeout(mirrorTimer);
            if (update.state.doc.length < 20000) {
              mirror(update.view);
            } else {
              mirrorTimer = setTimeout(() => mirror(update.view), 150);
            }
            options.onChange && options.onChange(update.view);
          }
          if (update.focusChanged && !update.view.hasFocus) {
            mirror(update.view);
            options.onBlur && options.onBlur(update.view);
          }
        }),
        EditorView.domEventHandlers({
          paste(event, view) {
            const files = imageFiles(event.clipboardData);
            if (files.length && options.onImageFiles) {
              event.preventDefault();
              options.onImageFiles(files, view);
              return true;
            }
            return false;
          },
          drop(event, view) {
            const files = imageFiles(event.dataTransfer);
            if (files.length && options.onImageFiles) {
              event.preventDefault();
              const pos = view.posAtCoords({ x: event.clientX, y: event.clientY });
              if (pos !== null) {
                view.dispatch({ selection: { anchor: pos } });
              }
              options.onImageFiles(files, view);
              return true;
            }
            return false;
          }
        })
      ]
    })
  });
  textarea.parentElement.insertBefore(view.dom, textarea.nextSibling);
  const bar = toolbar(view, list, options.toolbarLabel || 'Formatting');
  textarea.parentElement.insertBefore(bar, view.dom);
  textarea.hidden = true;
  // a FormData made from the form has read the text area before this event: the entry is set too
  textarea.form && textarea.form.addEventListener('formdata', (event) => {
    mirror(view);
    if (textarea.name && event.formData.has(textarea.name)) {
      event.formData.set(textarea.name, textarea.value);
    }
  });
  textarea.form && textarea.form.addEventListener('submit', () => mirror(view), true);
  return {
    view,
    toolbar: bar,
    value: () => view.state.doc.toString(),
    setValue(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    flush: () => mirror(view),
    focus: () => view.focus(),
    // Inserts a block (an image) on a paragraph of its own at the cursor, blank lines around it.
    insertBlock(text) {
      const range = view.state.selection.main;
      const before = view.state.sliceDoc(0, range.from);
      const after = view.state.sliceDoc(range.to);
      const lead = before === '' || /\n\n$/.test(before) ? '' : (/\n$/.test(before) ? '\n' : '\n\n');
      const tail = after === '' || /^\n\n/.test(after) ? '' : (/^\n/.test(after) ? '\n' : '\n\n');
      const caret = range.from + lead.length + text.length;
      view.dispatch({
        changes: { from: range.from, to: range.to, insert: lead + text + tail },
        selection: { anchor: caret },
        scrollIntoView: true
      });
      view.focus();
    }
  };
}

function imageFiles(transfer) {
  if (!transfer || !transfer.files) {
    return [];
  }
  return Array.prototype.filter.call(transfer.files, (file) => /^image\//.test(file.type));
}

window.havenMarkdownEditor = { create };
