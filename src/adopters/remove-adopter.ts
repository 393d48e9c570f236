import { type AdoptersDocument, isBlankLine, lineCount, lineStart } from './document.js';
import { conflictRefusal, countChangedLines, type EditResult, lookupRefusal } from './edit-result.js';
import { findEntry } from './find-entry.js';
import { loneLogoRow } from './logo-rows.js';
import type { Container } from './model.js';
import { ordinalFor } from './render/numbering.js';
import { unusedDefinitions } from './unused-definitions.js';
import { readAdoptersFile, verifyEdit } from './verify-edit.js';

/** The bytes a removal takes out: whole lines, `[start, end)`. */
export interface Cut {
  start: number;
  end: number;
  /** The first and last line taken out (1-based). */
  first: number;
  last: number;
}

const allBlank = (doc: AdoptersDocument, from: number, to: number) => {
  for (let line = from; line <= to; line++) if (!isBlankLine(doc, line)) return false;
  return from <= to;
};

/**
 * The lines of `container.entries[index]` and exactly the blank lines that separated it from a neighbour
 * (the gap after it; for the last entry, the gap before it or an equal one after it), so the container
 * keeps its own spacing. An entry alone between blank lines takes one of them along. A file without a
 * final newline keeps none.
 */
export function removalRange(doc: AdoptersDocument, container: Container, index: number): Cut {
  const entry = container.entries[index]!;
  const next = container.entries[index + 1];
  const previous = container.entries[index - 1];
  let first = entry.startLine;
  let last = entry.endLine;
  const row = loneLogoRow(doc, container, index);
  // A logo alone in its row takes the row's wrapper along, and nothing around it.
  if (row) [first, last] = [row.first, row.last];
  else if (next && allBlank(doc, last + 1, next.startLine - 1)) last = next.startLine - 1;
  else if (!next && previous && allBlank(doc, previous.endLine + 1, first - 1)) {
    // The last entry takes the gap before it; or as many blank lines after it, when they are there, so a
    // gap the file wrote its own way (a line of spaces) stays where it was, as it was before an append.
    const gap = first - previous.endLine - 1;
    if (last + gap < lineCount(doc) && allBlank(doc, last + 1, last + gap)) last += gap;
    else first = previous.endLine + 1;
  } else if (!next && !previous && isBlankLine(doc, first - 1)) {
    // Alone under its heading: one of the blank lines around it goes, the heading stays. (The empty
    // "line" after a final line break is not one: at the end of the file the blank line before goes.)
    if (last < lineCount(doc) && isBlankLine(doc, last + 1)) last++;
    else if (last >= lineCount(doc)) first--;
  }
  const lines = lineCount(doc);
  let start = lineStart(doc, first);
  const end = last >= lines ? doc.source.length : lineStart(doc, last + 1);
  // Taking out the last line of a file without a final newline: the line before gives up its line break.
  if (end === doc.source.length && !doc.finalNewline && first > 1) start -= doc.eol.length;
  return { start, end, first, last };
}

/** A list numbered `1. 2. 3.` by hand keeps its numbers below a removal: say so (as an insertion does). */
function numberingWarning(doc: AdoptersDocument, container: Container, index: number): string[] {
  // As if a new entry went just after this one: warned when entries follow it in a counted list.
  const { warning } = ordinalFor(doc.source, container, index + 1);
  return warning ? [warning.replace('the new one', 'the removed one')] : [];
}

/**
 * Removes one adopter: its lines and the blank line that separated it, nothing else. A pure
 * `(source) => result` transform; the result is re-read to prove every other entry is unchanged.
 */
export function removeAdopter(source: string, entryName: string): EditResult {
  const before = readAdoptersFile(source);
  const conflicted = conflictRefusal(before.doc);
  if (conflicted) return conflicted;
  const found = findEntry(before.containers, entryName);
  if (!found.ok) return lookupRefusal(found);
  const { entry, container } = found;
  const { doc } = before;
  const index = container.entries.indexOf(entry);
  const cut = removalRange(doc, container, index);
  const content = source.slice(0, cut.start) + source.slice(cut.end);
  const checked = verifyEdit(before, content, { removed: entry });
  if (!checked.ok) return { ok: false, code: 'unsafe', reason: `refusing to write: ${checked.reason}` };
  return {
    ok: true,
    content,
    line: entry.startLine,
    ...countChangedLines(source, content),
    entry: null,
    moved: false,
    name: entry.name,
    previous: source.slice(entry.start, entry.end),
    warnings: [...numberingWarning(doc, container, index), ...unusedDefinitions(doc, entry, checked.file.doc)],
    flags: [],
  };
}
