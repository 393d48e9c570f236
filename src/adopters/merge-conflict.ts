import { type AdoptersDocument, endOf, lineOf, startOf } from './document.js';

/** The line that opens an unresolved merge (`<<<<<<< HEAD`); its `=======` may be a setext underline. */
const CONFLICT_OPENING = /^<{7}(?:[ \t].*)?$/gm;

/**
 * A merge left unresolved (`<<<<<<< HEAD` … `=======` … `>>>>>>> 1023d49`): the file holds two versions
 * of its list, and an entry written into either would be decided for the maintainer. The line of the first
 * opening marker outside code blocks (a page about git may show one), if any.
 */
export function conflictMarkerLine(doc: AdoptersDocument): number | undefined {
  if (!doc.source.includes('<<<<<<<')) return undefined;
  const code = doc.tree.children.filter((n) => n.type === 'code').map((n) => [startOf(n), endOf(n)] as const);
  for (const m of doc.source.matchAll(CONFLICT_OPENING)) {
    if (!code.some(([start, end]) => m.index >= start && m.index < end)) return lineOf(doc, m.index);
  }
  return undefined;
}

/** Why no edit is made to a file with an unresolved merge, naming the marker's line. */
export const conflictReason = (line: number) =>
  `line ${line} opens an unresolved merge conflict (<<<<<<<): the file holds two versions of its list; resolve the conflict first`;
