import { type AdoptersDocument, isBlankLine, lineCount, lineOf, lineStart } from './document.js';
import type { Container } from './model.js';

/** Text to insert at one offset; everything else in the file stays byte for byte. */
export interface Splice {
  offset: number;
  text: string;
  /** 1-based line of the entry's first line in the new file. */
  line: number;
}

/**
 * Places a rendered entry before `entries[index]`, or after the last entry. Insertions happen at line
 * starts, so a neighbour's line is never touched; loose containers keep their blank line between entries,
 * and a file without a final newline still has none.
 */
export function spliceEntry(doc: AdoptersDocument, container: Container, index: number, rendered: string): Splice {
  const eol = doc.eol;
  const gap = container.loose ? eol : '';
  const target = container.entries[index];
  if (target) return { offset: target.start, text: rendered + eol + gap, line: target.startLine };
  const last = container.entries[container.entries.length - 1]!;
  const lines = lineCount(doc);
  if (!container.loose) {
    if (last.endLine < lines)
      return { offset: lineStart(doc, last.endLine + 1), text: rendered + eol, line: last.endLine + 1 };
    return doc.finalNewline
      ? { offset: doc.source.length, text: rendered + eol, line: last.endLine + 1 }
      : { offset: doc.source.length, text: eol + rendered, line: last.endLine + 1 };
  }
  let next = last.endLine + 1;
  while (next <= lines && isBlankLine(doc, next)) next++;
  if (next <= lines) {
    // The line right after the last entry (a closing fence, a heading): the file puts no gap there.
    if (next === last.endLine + 1) return { offset: lineStart(doc, next), text: eol + rendered + eol, line: next + 1 };
    // Two blank lines or more close the list: the new entry takes one, as between entries, and the rest
    // still close it.
    const at = next - last.endLine > 2 ? last.endLine + 2 : next;
    return { offset: lineStart(doc, at), text: rendered + eol + eol, line: at };
  }
  if (!doc.finalNewline) return { offset: doc.source.length, text: eol + eol + rendered, line: last.endLine + 2 };
  const blankAfter = lines - last.endLine;
  // Blank lines that end the file after the list: the new entry takes the first as its gap, the rest
  // still end the file.
  if (blankAfter > 1)
    return { offset: lineStart(doc, last.endLine + 2), text: rendered + eol + eol, line: last.endLine + 2 };
  return blankAfter > 0
    ? { offset: doc.source.length, text: rendered + eol, line: lines + 1 }
    : { offset: doc.source.length, text: eol + rendered + eol, line: last.endLine + 2 };
}

/** A first list in a file that has none: a blank line on each side of it, the final-newline state kept. */
export function spliceNewList(doc: AdoptersDocument, offset: number, rendered: string, tight = false): Splice {
  const eol = doc.eol;
  const before = doc.source.slice(0, offset);
  const after = doc.source.slice(offset);
  // `tight`: right below the heading, as the file's other list sits below its own.
  const gap = tight ? '' : eol;
  const lead = !before ? '' : /\n[ \t]*\r?\n$/.test(before) ? '' : before.endsWith('\n') ? gap : eol + gap;
  let trail: string;
  if (!after) trail = !before || before.endsWith('\n') ? eol : '';
  else if (/^\r?\n[ \t]*(?:\r?\n|$)/.test(after)) trail = '';
  else if (/^\r?\n/.test(after)) trail = eol;
  else trail = eol + eol;
  const line = lineOf(doc, offset) + (lead.match(/\n/g)?.length ?? 0);
  return { offset, text: lead + rendered + trail, line };
}
