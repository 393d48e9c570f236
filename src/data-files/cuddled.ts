import { linePrefix } from './layout.js';
import { afterLine, type DataDocument, type DataItem, type DataSequence, lineAt } from './model.js';
import { applyEdits, type Placed } from './splice.js';

/**
 * Objects written "cuddled": each one opens on the line where the one before it closes (`},{`, `}, {`),
 * its members on lines of their own. A new object is still a pure insertion of whole lines: a separator
 * line and the members, put where the old closing brace then closes the new object instead.
 */
export interface Cuddled {
  /** The line that closes one object and opens the next, as most are written (`    },{`). */
  separator: string;
}

/** The line `item` opens on, up to its `{`, when that line closes the item before (`    },{`). */
function separatorOf(doc: DataDocument, item: DataItem): string | undefined {
  const prefix = linePrefix(doc, item.start);
  return /^\s*\}\s*,\s*$/.test(prefix) && membersOnOwnLines(doc, item) ? `${prefix}{` : undefined;
}

/** Nothing after the `{` on its line, and the closing `}` first on its own. */
export function membersOnOwnLines(doc: DataDocument, item: DataItem): boolean {
  const open = doc.source.slice(item.start + 1, afterLine(doc, item.startLine));
  return !open.trim() && !linePrefix(doc, item.end - 1).trim() && item.endLine > item.startLine;
}

/** The sequence's objects are mostly cuddled, each with its members on lines of their own. */
export function cuddledLayout(doc: DataDocument, sequence: DataSequence): Cuddled | undefined {
  if (doc.format !== 'json' || sequence.items.length < 2) return undefined;
  const separators = sequence.items.slice(1).map((item) => separatorOf(doc, item));
  const found = separators.filter((s): s is string => s !== undefined);
  if (found.length * 2 <= separators.length || !membersOnOwnLines(doc, sequence.items[0]!)) return undefined;
  const counts = new Map<string, number>();
  for (const s of found) counts.set(s.trimEnd(), (counts.get(s.trimEnd()) ?? 0) + 1);
  return { separator: [...counts].sort((a, b) => b[1] - a[1])[0]![0] };
}

/** The members of an object's text (`{` line and `}` line taken off), for a cuddled insertion. */
export function membersOf(itemText: string): string {
  return itemText.slice(itemText.indexOf('\n') + 1, itemText.lastIndexOf('\n'));
}

/**
 * Puts the new object's members at `index`: first, right after the first object's `{` line, followed by a
 * separator; elsewhere, a separator and the members before the line that closes the object before it.
 */
export function placeCuddled(
  doc: DataDocument,
  sequence: DataSequence,
  index: number,
  members: string,
  layout: Cuddled,
): Placed {
  const { items } = sequence;
  const eol = doc.eol;
  const done = (offset: number, text: string): Placed => ({
    ok: true,
    edits: [{ offset, text }],
    content: applyEdits(doc.source, [{ offset, text }]),
    line: lineAt(doc, offset),
    block: text,
  });
  if (index === 0) return done(afterLine(doc, items[0]!.startLine), members + eol + layout.separator + eol);
  const before = items[index - 1]!;
  // The line that closes the object before: its `},{` with the next one, or its own `}` at the end.
  const closing = index < items.length ? items[index]!.startLine : before.endLine;
  if (index < items.length && separatorOf(doc, items[index]!) === undefined)
    return {
      ok: false,
      reason: 'the object there does not open on the line of a cuddled `},{`; edit the file by hand',
    };
  if (index === items.length && !membersOnOwnLines(doc, before))
    return { ok: false, reason: 'the last object does not close on a line of its own; edit the file by hand' };
  return done(doc.lineStarts[closing - 1]!, layout.separator + eol + members + eol);
}
