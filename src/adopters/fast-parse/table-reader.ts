import type { AlignType, Table, TableCell, TableRow } from 'mdast';
import { lineText } from './block-start.js';
import type { Read } from './leaf-reader.js';
import { readInline } from './inline-reader.js';
import { indentOf, isBlank, type Lines, pointAt, trimEnd } from './lines.js';

const DELIMITER_CELL = /^ *(:?)-+(:?) *$/;

/**
 * A GFM table starting on line i, when every row starts with `|` and the table ends at a blank line or
 * the end of the file; undefined otherwise (a row without a leading pipe, an escaped pipe, a line that
 * might end the table some other way, content the inline reader refuses).
 */
export function readTable(lines: Lines, i: number): Read<Table> | undefined {
  if (i + 1 >= lines.count) return undefined;
  const align = delimiterRow(lines, i + 1);
  if (!align) return undefined;
  let next = i + 2;
  while (next < lines.count && !isBlank(lines, next)) next++;
  const rows: TableRow[] = [];
  for (let k = i; k < next; k++) {
    if (k === i + 1) continue;
    const row = readRow(lines, k);
    if (!row) return undefined;
    rows.push(row);
  }
  if (rows[0]!.children.length !== align.length) return undefined;
  // With no body rows, the table ends with its delimiter row.
  const end = rows.length > 1 ? rows[rows.length - 1]!.position!.end : pointAt(lines, i + 1, lines.ends[i + 1]!);
  const position = { start: rows[0]!.position!.start, end };
  return { node: { type: 'table', align, children: rows, position }, next };
}

/** Offsets of the row's pipes, or undefined when it is not a plain `| … |` row. */
function pipesOf(lines: Lines, k: number): number[] | undefined {
  const indent = indentOf(lines, k);
  const text = lineText(lines, k);
  if (indent < 0 || indent > 3 || text.charCodeAt(indent) !== 124) return undefined;
  if (text.includes('\\|') || text.includes('\t')) return undefined;
  const pipes: number[] = [];
  const base = lines.starts[k]!;
  for (let p = text.indexOf('|', indent); p !== -1; p = text.indexOf('|', p + 1)) pipes.push(base + p);
  return pipes;
}

function delimiterRow(lines: Lines, k: number): AlignType[] | undefined {
  const pipes = pipesOf(lines, k);
  if (!pipes) return undefined;
  const { source } = lines;
  const end = trimEnd(source, pipes[0]!, lines.ends[k]!);
  const bounds = pipes[pipes.length - 1] === end - 1 ? pipes : [...pipes, end];
  const align: AlignType[] = [];
  for (let c = 0; c + 1 < bounds.length; c++) {
    const m = DELIMITER_CELL.exec(source.slice(bounds[c]! + 1, bounds[c + 1]));
    if (!m) return undefined;
    align.push(m[1] ? (m[2] ? 'center' : 'left') : m[2] ? 'right' : null);
  }
  return align.length > 0 ? align : undefined;
}

/**
 * One row: a cell runs from its pipe to the next; the last one also takes the closing pipe and any
 * trailing whitespace (remark's positions). A cell's text is trimmed.
 */
function readRow(lines: Lines, k: number): TableRow | undefined {
  const pipes = pipesOf(lines, k);
  if (!pipes) return undefined;
  const { source } = lines;
  const lineEnd = lines.ends[k]!;
  const end = trimEnd(source, pipes[0]!, lineEnd);
  const closed = pipes.length > 1 && pipes[pipes.length - 1] === end - 1;
  if (end === pipes[0]! + 1) return undefined; // a lone `|`: how many cells remark counts is left to it
  const bounds = closed ? pipes : [...pipes, end];
  const cells: TableCell[] = [];
  for (let c = 0; c + 1 < bounds.length; c++) {
    let from = bounds[c]! + 1;
    const to = trimEnd(source, from, bounds[c + 1]!);
    while (from < to && source.charCodeAt(from) === 32) from++;
    const children = from < to ? readInline(lines, [{ line: k, from, to }]) : [];
    if (!children) return undefined;
    const cellEnd = c + 2 === bounds.length ? lineEnd : bounds[c + 1]!;
    const position = { start: pointAt(lines, k, bounds[c]!), end: pointAt(lines, k, cellEnd) };
    cells.push({ type: 'tableCell', children, position });
  }
  if (cells.length === 0) return undefined;
  const position = { start: pointAt(lines, k, pipes[0]!), end: pointAt(lines, k, lineEnd) };
  return { type: 'tableRow', children: cells, position };
}
