import type { AdoptersDocument } from '../document.js';
import { escapeFor } from '../escape.js';
import type { Container, Entry } from '../model.js';
import { cellRanges } from '../read/table-reader.js';
import { applyEdits } from './edits.js';
import { type EntryValues, spanEdits, UnwritableValue } from './substitute.js';
import { isSpaceAt } from '../../text/whitespace.js';
import { displayWidth, type Padding, tableStyle } from './table-style.js';

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
  const style = tableStyle(doc, container, template);
  const cellText = (i: number): string => {
    const r = ranges[i];
    if (!r) return '';
    let start = r.start;
    let end = r.end;
    while (start < end && isSpaceAt(doc.source, start)) start++;
    while (end > start && isSpaceAt(doc.source, end - 1)) end--;
    const spans = template.spans.filter((s) => s.start >= start && s.end <= end);
    if (i === columns.group && groupCell !== undefined) return groupCell;
    if (spans.length) {
      const text = doc.source.slice(start, end);
      return applyEdits(text, spanEdits(text, start, spans, values)).trim();
    }
    if (i === columns.group && values.group) {
      const escaped = escapeFor(values.group, 'cell');
      if (escaped === undefined) throw new UnwritableValue('group');
      return escaped;
    }
    return '';
  };
  // A cell with no value says what the file's rows say there when they have nothing (`-`), or nothing.
  const contents = Array.from({ length: columns.count }, (_, i) => cellText(i) || (style.blanks[i] ?? ''));
  const lead = style.lead ? '|' : '';
  const trail = style.trail ? '|' : '';
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  const cells = contents.map((c, i) => {
    const padding = style.paddings[i] ?? 'spaced';
    // An aligned column is as wide as the delimiter row says, whatever width the copied cell had.
    const width =
      padding === 'aligned'
        ? (style.widths[i] ?? 0)
        : raw[i] === undefined
          ? displayWidth(c) + 2
          : displayWidth(raw[i]);
    return pad(c, width, padding);
  });
  // Without outer pipes the row starts and ends with its content (`Acme | https://… | text`).
  if (!lead && cells.length) cells[0] = cells[0]!.trimStart();
  if (!trail && cells.length && contents[contents.length - 1])
    cells[cells.length - 1] = cells[cells.length - 1]!.trimEnd();
  // Without a trailing pipe, a last empty cell would vanish: keep the row as wide as its header.
  const closing = trail || (contents[contents.length - 1] === '' ? '|' : '');
  return `${indent}${lead}${cells.join('|')}${closing}`;
}
