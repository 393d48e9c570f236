import type { TableCell, TableRow } from 'mdast';
import { type AdoptersDocument, endOf, startOf } from '../document.js';
import { escapeInline, linkDestination, markdownLink } from '../escape.js';
import { displayText, isGenericLinkText, readNamePart } from '../inline.js';
import type { Container, Entry } from '../model.js';
import type { NewEntry, Rendered } from './types.js';

type Padding = 'aligned' | 'spaced' | 'compact';

/** The text between two pipes of a raw table line (escaped pipes stay inside their cell). */
export function rawCells(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  return s.split(/(?<!\\)\|/);
}

/**
 * How cells are padded: `| a   | b   |` aligned to the delimiter row's widths (knative), `| a | b |` one
 * space each side, or `|a|b|` none (kuberhealthy). Learnt from the template row.
 */
function paddingOf(templateLine: string, delimiterLine: string): Padding {
  const cells = rawCells(templateLine);
  if (cells.every((c) => !/^\s|\s$/.test(c) || !c.trim())) return 'compact';
  const widths = rawCells(delimiterLine).map((c) => c.length);
  const aligned = cells.filter((c, i) => c.length === widths[i]).length;
  return aligned * 2 >= cells.length && cells.length > 1 ? 'aligned' : 'spaced';
}

function pad(content: string, width: number | undefined, padding: Padding): string {
  if (padding === 'compact') return content;
  if (padding === 'aligned' && width !== undefined) return ` ${content}`.padEnd(width - 1) + ' ';
  return content ? ` ${content} ` : ' ';
}

function lineOfNode(doc: AdoptersDocument, node: TableRow): string {
  return doc.source.slice(startOf(node), endOf(node));
}

/** A URL written as the template writes its link cell: `[link](url)`, a bare URL, or `<url>`. */
function urlCell(doc: AdoptersDocument, cell: TableCell | undefined, url: string): string {
  // A cell's position includes the pipe that opens it.
  const raw = cell ? doc.source.slice(startOf(cell), endOf(cell)).replace(/^\|/, '').trim() : '';
  const link = cell?.children.find((c) => c.type === 'link');
  // A bare URL in the cell is a GFM autolink literal: its text is its address.
  if (link?.type === 'link' && displayText(link).trim() !== link.url && !/^<https?:/.test(raw)) {
    const text = displayText(link).trim();
    return `[${escapeInline(isGenericLinkText(text) ? text : 'link')}](${linkDestination(url)})`;
  }
  if (/^<https?:/.test(raw)) return `<${url}>`;
  if (/^https?:\/\//.test(raw)) return url;
  return `[link](${linkDestination(url)})`;
}

/** `@handle` or `[@handle](https://github.com/handle)`, as the template's contact cell does it. */
function contactCell(cell: TableCell | undefined, handle: string): string {
  const linked = cell?.children.some((c) => c.type === 'link' && /github\.com/i.test(c.url));
  return linked ? `[@${handle}](https://github.com/${handle})` : `@${handle}`;
}

/** Renders a table row in the shape of `template`: same cell count, pipes and padding. */
export function renderTableRow(
  doc: AdoptersDocument,
  container: Container,
  template: Entry,
  entry: NewEntry,
  group: string | undefined,
): Rendered {
  const table = container.table!;
  const columns = container.columns!;
  const source = template.source;
  if (source.kind !== 'table-row') throw new Error('not a table row');
  const warnings: string[] = [];
  const part = source.part ?? readNamePart(doc, source.row.children[columns.name]?.children ?? []);
  const nameLinked = Boolean(part?.linked);
  const contents: string[] = [];
  for (let i = 0; i < columns.count; i++) {
    const cell = source.row.children[i];
    if (i === columns.name)
      contents.push(nameLinked && entry.url ? markdownLink(entry.name, entry.url) : escapeInline(entry.name));
    else if (i === columns.url && !nameLinked) contents.push(entry.url ? urlCell(doc, cell, entry.url) : '');
    else if (i === columns.description) contents.push(entry.description ? escapeInline(entry.description) : '');
    else if (i === columns.contact) contents.push(entry.contact ? contactCell(cell, entry.contact) : '');
    else if (i === columns.group) contents.push(group ? escapeInline(group) : '');
    else if (i === columns.logo && entry.logo)
      contents.push(`![${escapeInline(entry.name)}](${linkDestination(entry.logo)})`);
    else contents.push('');
  }
  if (!nameLinked && columns.url < 0 && entry.url !== undefined)
    warnings.push('this table has no column for a website, so the website is not written');
  if (entry.description && columns.description < 0)
    warnings.push('this table has no description column, so the description is left out');
  if (entry.contact && columns.contact < 0)
    warnings.push('this table has no contact column, so the contact is left out');
  const templateLine = lineOfNode(doc, source.row);
  const delimiter = doc.source.slice(endOf(table.children[0]!), startOf(table.children[1] ?? table.children[0]!));
  const delimiterLine = delimiter.split(/\r?\n/).find((l) => /-/.test(l)) ?? '';
  const padding = paddingOf(templateLine, delimiterLine);
  const widths = rawCells(delimiterLine).map((c) => c.length);
  const trimmed = templateLine.trim();
  const lead = trimmed.startsWith('|') ? '|' : '';
  const trail = trimmed.endsWith('|') && !trimmed.endsWith('\\|') ? '|' : '';
  const indent = /^\s*/.exec(doc.source.slice(template.start, startOf(source.row)))?.[0] ?? '';
  const cells = contents.map((c, i) => pad(c, widths[i], padding));
  // Without outer pipes the row starts and ends with its content (`Acme | https://… | text`).
  if (!lead && cells.length) cells[0] = cells[0]!.trimStart();
  if (!trail && cells.length && contents[contents.length - 1])
    cells[cells.length - 1] = cells[cells.length - 1]!.trimEnd();
  // Without a trailing pipe, a last empty cell would vanish: keep the row as wide as its header.
  const closing = trail || (contents[contents.length - 1] === '' ? '|' : '');
  return { text: `${indent}${lead}${cells.join('|')}${closing}`, lines: 1, warnings };
}
