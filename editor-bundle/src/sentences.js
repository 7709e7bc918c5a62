// Marks sentences longer than the limit in the visible part of the text, so a 5,000-word article
// costs no more to decorate than a screenful.
import { ViewPlugin, Decoration } from '@codemirror/view';
import { RangeSetBuilder } from '@codemirror/state';

const mark = Decoration.mark({ class: 'cm-long-sentence' });

// A sentence ends at . ! or ? followed by a space or the end of a line, or at a blank line.
// Headings, tables and list markers count as text; that is good enough for a hint.
export function sentenceRanges(text, offset, limit) {
  const ranges = [];
  const pattern = /[^.!?\n]+(?:[.!?]+(?=\s|$)|(?=\n)|$)/g;
  let match;
  while ((match = pattern.exec(text)) !== null) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const words = match[0].trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    if (words.length > limit) {
      const lead = match[0].length - match[0].trimStart().length;
      ranges.push([offset + match.index + lead, offset + match.index + match[0].length]);
    }
  }
  return ranges;
}

function decorate(view, limit) {
  const builder = new RangeSetBuilder();
  for (const { from, to } of view.visibleRanges) {
    // whole paragraphs, so a sentence is not cut at the edge of the screen
    const start = view.state.doc.lineAt(from).from;
    const end = view.state.doc.lineAt(to).to;
    for (const [a, b] of sentenceRanges(view.state.sliceDoc(start, end), start, limit)) {
      builder.add(a, b, mark);
    }
  }
  return builder.finish();
}

export function longSentences(limit) {
  return ViewPlugin.fromClass(class {
    constructor(view) {
      this.decorations = decorate(view, limit);
    }
    update(update) {
      if (update.docChanged || update.viewportChanged) {
        this.decorations = decorate(update.view, limit);
      }
    }
  }, { decorations: (plugin) => plugin.decorations });
}
