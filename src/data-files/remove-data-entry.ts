import type { EditMade } from '../adopters/edit-result.js';
import { startsItsLine } from './layout.js';
import { afterLine, type DataDocument, type DataFormat, type DataItem, type DataSequence } from './model.js';
import { openEntry } from './find-entry.js';
import type { DataOptions } from './select-sequence.js';
import { verifyData } from './verify.js';

/** A span of the original replaced by new text (empty text: a deletion). */
export interface Replacement {
  start: number;
  end: number;
  text: string;
}

export function applyReplacements(source: string, replacements: readonly Replacement[]): string {
  let out = source;
  for (const r of [...replacements].sort((a, b) => b.start - a.start))
    out = out.slice(0, r.start) + r.text + out.slice(r.end);
  return out;
}

/** A data file's item changed or removed: the same account as a Markdown entry's, less its text before. */
export type DataEdited = EditMade;

export interface DataEditRefused {
  ok: false;
  code: 'not-found' | 'ambiguous' | 'nothing-to-change' | 'unsafe' | 'unreadable' | 'duplicate' | 'generated';
  reason: string;
  line?: number;
}

export type DataEditResult = DataEdited | DataEditRefused;

const isBlank = (doc: DataDocument, line: number) =>
  line >= 1 &&
  line <= doc.lineStarts.length &&
  /^\s*$/.test(doc.source.slice(doc.lineStarts[line - 1], afterLine(doc, line)));

/**
 * What deleting one item takes: its own lines, exactly the one blank line that separated it from a
 * neighbour, and in a comma-separated list the comma its removal leaves dangling. Undefined when the
 * item shares a line with another, or is the last item of a YAML block list (which would turn it null).
 */
export function removalOf(
  doc: DataDocument,
  sequence: DataSequence,
  item: DataItem,
): { replacements: Replacement[]; lines: number } | { reason: string } {
  const { items } = sequence;
  const prev = items[item.index - 1];
  const next = items[item.index + 1];
  if (!startsItsLine(doc, item) || (prev && prev.endLine >= item.startLine) || (next && next.startLine <= item.endLine))
    return { reason: 'the entry shares a line with another one; edit the file by hand' };
  if (items.length === 1 && !sequence.flow)
    return {
      reason: 'it is the only entry of its list; removing it would leave the list empty (null), edit the file by hand',
    };
  let first = item.startLine;
  let last = item.endLine;
  if (next && isBlank(doc, last + 1)) last++;
  else if (!next && prev && isBlank(doc, first - 1) && first - 1 > prev.endLine) first--;
  let start = doc.lineStarts[first - 1]!;
  let end = afterLine(doc, last);
  // The last lines of a file without a final newline: take the line break before them instead.
  if (end === doc.source.length && !doc.source.endsWith('\n') && start > 0) {
    start -= doc.source.slice(0, start).endsWith('\r\n') ? 2 : 1;
    end = doc.source.length;
  }
  const replacements: Replacement[] = [{ start, end, text: '' }];
  if (sequence.flow && !next && prev) {
    const comma = doc.source.indexOf(',', prev.end);
    if (comma < 0 || comma >= item.start)
      return { reason: 'the list has no comma before the entry; edit the file by hand' };
    replacements.push({ start: comma, end: comma + 1, text: '' });
  }
  return { replacements, lines: last - first + 1 };
}

/** Removes an entry: its lines and its separating blank line go, every other byte stays. Pure. */
export function removeDataEntry(
  source: string,
  format: DataFormat,
  target: string,
  options: DataOptions = {},
): DataEditResult {
  const opened = openEntry(source, format, target, options.keys);
  if (!opened.ok) return opened;
  const { doc, found } = opened;
  const { sequence, item } = found;
  const removal = removalOf(doc, sequence, item);
  if ('reason' in removal) return { ok: false, code: 'unsafe', reason: removal.reason, line: item.startLine };
  const content = applyReplacements(source, removal.replacements);
  const problem = verifyData(doc, format, content, { path: sequence.path, index: -1, removedAt: item.index });
  if (problem) return { ok: false, code: 'unsafe', reason: `refusing to write: ${problem}`, line: item.startLine };
  return {
    ok: true,
    content,
    line: item.startLine,
    removed: removal.lines,
    added: 0,
    entry: null,
    moved: false,
    warnings: [],
  };
}
