import stringWidth from 'string-width';
import type { AdoptersDocument } from '../document.js';
import { escapeFor } from '../escape.js';
import type { Container, Entry } from '../model.js';
import { cellRanges } from '../read/table-reader.js';
import { applyEdits } from './edits.js';
import { type EntryValues, spanEdits, UnwritableValue } from './substitute.js';
import { isSpaceAt } from '../../text/whitespace.js';

type Padding = 'aligned' | 'spaced' | 'compact';

/** Columns a cell's text takes: its length when it is printable ASCII, else what string-width counts. */
const displayWidth = (text: string) => (/^[\x20-\x7e]*$/.test(text) ? text.length : stringWidth(text));

/** The text between two pipes of a raw table line (escaped pipes stay inside their cell). */
function rawCells(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  return s.split(/(?<!\\)\|/);
}

/**
 * How the sibling pads its cells: `| a   | b   |` to the delimiter row's widths, `| a | b |` one space
 * each side, or `|a|b|` none. Widths are display columns, as people align them in an editor: a CJK
 * character or an emoji takes two.
 */
function paddingOf(cells: string[], delimiter: string): Padding {
  if (cells.every((c) => !/^\s|\s$/.test(c) || !c.trim())) return 'compact';
  const widths = rawCells(delimiter).map((c) => c.length);
  const aligned = cells.filter((c, i) => displayWidth(c) === widths[i]).length;
  return aligned * 2 >= cells.length && cells.length > 1 ? 'aligned' : 'spaced';
}

function pad(content: string, width: number, padding: Padding): string {
  if (padding === 'compact') return content;
  if (padding === 'aligned') return ` ${content} ${' '.repeat(Math.max(0, width - 2 - displayWidth(content)))}`;
  return content ? ` ${content} ` : ' ';
}

/**
 * A row in the shape of `template`: each cell that holds one of our values is the sibling's cell with
 * the value substituted (`[link](…)` keeps its text, a badge its markup); every other cell is left empty,
 * padded as the sibling pads. The group cell is copied from a row of the same group when there is one.
 */
export function renderTableRow(
  doc: AdoptersDocument,
  container: Container,
  template: Entry,
  values: EntryValues,
  groupCell: string | undefined,
): string {
  const layout = container.table!;
  const { columns } = layout;
  const line = doc.source.slice(template.start, template.end);
  const ranges = cellRanges(doc.source, template.start, template.end);
  const raw = ranges.map((r) => doc.source.slice(r.start, r.end));
  const padding = paddingOf(raw, layout.delimiter);
  const contents: string[] = [];
  for (let i = 0; i < columns.count; i++) {
    const r = ranges[i];
    if (!r) {
      contents.push('');
      continue;
    }
    let start = r.start;
    let end = r.end;
    while (start < end && isSpaceAt(doc.source, start)) start++;
    while (end > start && isSpaceAt(doc.source, end - 1)) end--;
    const spans = template.spans.filter((s) => s.start >= start && s.end <= end);
    if (i === columns.group && groupCell !== undefined) contents.push(groupCell);
    else if (spans.length) {
      const text = doc.source.slice(start, end);
      contents.push(applyEdits(text, spanEdits(text, start, spans, values)).trim());
    } else if (i === columns.group && values.group) {
      const escaped = escapeFor(values.group, 'cell');
      if (escaped === undefined) throw new UnwritableValue('group');
      contents.push(escaped);
    } else contents.push('');
  }
  const trimmed = line.trim();
  const lead = trimmed.startsWith('|') ? '|' : '';
  const trail = trimmed.endsWith('|') && !trimmed.endsWith('\\|') ? '|' : '';
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  const cells = contents.map((c, i) =>
    pad(c, raw[i] === undefined ? displayWidth(c) + 2 : displayWidth(raw[i]), padding),
  );
  // Without outer pipes the row starts and ends with its content (`Acme | https://… | text`).
  if (!lead && cells.length) cells[0] = cells[0]!.trimStart();
  if (!trail && cells.length && contents[contents.length - 1])
    cells[cells.length - 1] = cells[cells.length - 1]!.trimEnd();
  // Without a trailing pipe, a last empty cell would vanish: keep the row as wide as its header.
  const closing = trail || (contents[contents.length - 1] === '' ? '|' : '');
  return `${indent}${lead}${cells.join('|')}${closing}`;
}
