// Marks sentences longer than the limit in the visible part of the text, so a 5,000-word article
// costs no more to decorate than a screenful. A key press re-scans only the paragraphs it changed.
import { ViewPlugin, Decoration } from '@codemirror/view';

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

// The marks for the whole lines around from..to.
function marks(doc, from, to, limit) {
  const start = doc.lineAt(from).from;
  const end = doc.lineAt(to).to;
  return { start, end, ranges: sentenceRanges(doc.sliceString(start, end), start, limit).map(([a, b]) => mark.range(a, b)) };
}

function decorate(view, limit) {
  const all = [];
  for (const { from, to } of view.visibleRanges) {
    // whole paragraphs, so a sentence is not cut at the edge of the screen
    all.push(...marks(view.state.doc, from, to, limit).ranges);
  }
  return Decoration.set(all, true);
}

// Moves the marks with the edit and scans again only the lines it touched.
function patch(decorations, update, limit) {
  let next = decorations.map(update.changes);
  const doc = update.state.doc;
  update.changes.iterChangedRanges((fromA, toA, fromB, toB) => {
    const { start, end, ranges } = marks(doc, fromB, toB, limit);
    next = next.update({
      filterFrom: start,
      filterTo: end,
      filter: (from, to) => to < start || from > end,
      add: ranges,
      sort: true
    });
  });
  return next;
}

export function longSentences(limit) {
  return ViewPlugin.fromClass(class {
    constructor(view) {
      this.scan(view);
    }
    // every visible line, from scratch (on start and when scrolled)
    scan(view) {
      this.decorations = decorate(view, limit);
      const ranges = view.visibleRanges;
      this.from = ranges.length ? ranges[0].from : 0;
      this.to = ranges.length ? ranges[ranges.length - 1].to : 0;
    }
    update(update) {
      if (update.docChanged) {
        this.from = update.changes.mapPos(this.from, -1);
        this.to = update.changes.mapPos(this.to, 1);
      }
      const ranges = update.view.visibleRanges;
      const covered = ranges.every((r) => r.from >= this.from && r.to <= this.to);
      if (!covered) {
        this.scan(update.view);
      } else if (update.docChanged) {
        this.decorations = patch(this.decorations, update, limit);
      }
    }
  }, { decorations: (plugin) => plugin.decorations });
}
