import { type AdoptersDocument, lineCount, lineStart, lineText } from './document.js';
import type { Container, Entry } from './model.js';
import type { Splice } from './splice.js';

/** Runs of entries on consecutive lines: the rows of a wall of logos wrapped row by row. */
function rowsOf(entries: Entry[]): Entry[][] {
  const rows: Entry[][] = [];
  for (const entry of entries) {
    const row = rows[rows.length - 1];
    const last = row?.[row.length - 1];
    if (last && entry.startLine === last.endLine + 1) row.push(entry);
    else rows.push([entry]);
  }
  return rows;
}

const OPENING = /^\s*<([a-z][a-z0-9-]*)\b[^>]*>\s*$/i;
const CLOSING = /^\s*<\/([a-z][a-z0-9-]*)\s*>\s*$/i;

/**
 * A wall of logos laid out in rows of one size, each row wrapped in its own element (`<div style="display:
 * flex">` … `</div>`): a logo appended after a full last row opens a new row, wrapped as the last one is,
 * after it. Returns nothing where the logo simply joins the last row (or the wall has no such rows).
 */
export function newLogoRow(
  doc: AdoptersDocument,
  container: Container,
  index: number,
  rendered: string,
): Splice | undefined {
  if (container.kind !== 'logos' || index !== container.entries.length) return undefined;
  const rows = rowsOf(container.entries);
  const size = rows[0]!.length;
  if (rows.length < 2 || size < 2 || rows.some((row) => row.length !== size)) return undefined;
  const last = rows[rows.length - 1]!;
  const openLine = last[0]!.startLine - 1;
  const closeLine = last[last.length - 1]!.endLine + 1;
  const open = OPENING.exec(lineText(doc, openLine));
  const close = CLOSING.exec(lineText(doc, closeLine));
  if (!open || !close || open[1]!.toLowerCase() !== close[1]!.toLowerCase()) return undefined;
  const row = [lineText(doc, openLine), rendered, lineText(doc, closeLine)].join(doc.eol);
  const eol = doc.eol;
  if (closeLine < lineCount(doc))
    return { offset: lineStart(doc, closeLine + 1), text: row + eol, line: closeLine + 1 };
  return doc.finalNewline
    ? { offset: doc.source.length, text: row + eol, line: closeLine + 1 }
    : { offset: doc.source.length, text: eol + row, line: closeLine + 1 };
}

/**
 * The lines of the row wrapped around a logo that is alone in it (`<div>`, the logo, `</div>`): taking
 * the logo out takes its row, which would show nothing.
 */
export function loneLogoRow(
  doc: AdoptersDocument,
  container: Container,
  index: number,
): { first: number; last: number } | undefined {
  if (container.kind !== 'logos') return undefined;
  const entry = container.entries[index]!;
  const [first, last] = [entry.startLine - 1, entry.endLine + 1];
  const neighbour = (e: Entry | undefined) => e && e.endLine >= first && e.startLine <= last;
  if (neighbour(container.entries[index - 1]) || neighbour(container.entries[index + 1])) return undefined;
  const open = OPENING.exec(lineText(doc, first));
  const close = CLOSING.exec(lineText(doc, last));
  return open && close && open[1]!.toLowerCase() === close[1]!.toLowerCase() ? { first, last } : undefined;
}
