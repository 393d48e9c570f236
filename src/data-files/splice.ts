import { startsItsLine } from './layout.js';
import { afterLine, type DataDocument, type DataSequence } from './model.js';

/** Text inserted at one offset of the original; every other byte stays. */
export interface Edit {
  offset: number;
  text: string;
}

export type Placed =
  | {
      ok: true;
      edits: Edit[];
      content: string;
      line: number;
      /** The lines inserted, where they are not the item's own text (a brace of a neighbour's among them). */
      block?: string;
    }
  | { ok: false; reason: string };

function isBlankLine(doc: DataDocument, line: number): boolean {
  const start = doc.lineStarts[line - 1];
  if (start === undefined) return false;
  const end = doc.lineStarts[line] ?? doc.source.length;
  return /^\s*$/.test(doc.source.slice(start, end));
}

/** Most pairs of neighbouring items have a blank line between them. */
export function isLoose(doc: DataDocument, sequence: DataSequence): boolean {
  const items = sequence.items;
  let loose = 0;
  for (let j = 1; j < items.length; j++) {
    for (let line = items[j - 1]!.endLine + 1; line < items[j]!.startLine; line++) {
      if (isBlankLine(doc, line)) {
        loose++;
        break;
      }
    }
  }
  return items.length > 1 && loose * 2 > items.length - 1;
}

export function applyEdits(source: string, edits: readonly Edit[]): string {
  let out = source;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset))
    out = out.slice(0, e.offset) + e.text + out.slice(e.offset);
  return out;
}

/**
 * Puts the new item's text on lines of its own before `items[index]` (right after the previous item's last
 * line, so comments above the next item stay with it) or after the last item. Comma-separated lists (JSON,
 * YAML flow) get the comma after the new item, or, when it goes last, one comma after the old last item.
 * A blank line goes with the item where the file separates its items with one; a missing final newline
 * stays missing.
 */
export function placeItem(
  doc: DataDocument,
  sequence: DataSequence,
  index: number,
  itemText: string,
  indent: string,
): Placed {
  const { items } = sequence;
  const eol = doc.eol;
  const gap = isLoose(doc, sequence) ? eol : '';
  const comma = sequence.flow ? ',' : '';
  const prev = items[index - 1];
  const next = items[index];
  const body = indent + itemText;
  const done = (edits: Edit[], line: number): Placed => ({
    ok: true,
    edits,
    content: applyEdits(doc.source, edits),
    line,
  });
  if (prev && next && next.startLine <= prev.endLine)
    return { ok: false, reason: 'two items share a line in this list; the new item cannot go on lines of its own' };
  if (!prev) {
    if (!next || !startsItsLine(doc, next))
      return {
        ok: false,
        reason: 'the first item does not start its own line; the new item cannot go on lines of its own',
      };
    const offset = doc.lineStarts[next.startLine - 1]!;
    return done([{ offset, text: body + comma + eol + gap }], next.startLine);
  }
  if (next) {
    const offset = afterLine(doc, prev.endLine);
    return done([{ offset, text: gap + body + comma + eol }], prev.endLine + 1 + (gap ? 1 : 0));
  }
  // Appending after the last item.
  const lastLineEnd = afterLine(doc, prev.endLine);
  const restOfLine = doc.source.slice(prev.end, lastLineEnd);
  if (comma) {
    if (!/^[ \t]*\r?\n$/.test(restOfLine))
      return {
        ok: false,
        reason: 'the list closes on the line of its last item; the new item cannot go on lines of its own',
      };
    return done(
      [
        { offset: prev.end, text: ',' },
        { offset: lastLineEnd, text: gap + body + eol },
      ],
      prev.endLine + 1 + (gap ? 1 : 0),
    );
  }
  if (lastLineEnd === doc.source.length && !doc.source.endsWith('\n')) {
    return done([{ offset: lastLineEnd, text: eol + gap + body }], prev.endLine + 1 + (gap ? 1 : 0));
  }
  return done([{ offset: lastLineEnd, text: gap + body + eol }], prev.endLine + 1 + (gap ? 1 : 0));
}
