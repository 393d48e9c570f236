import type { Table, TableCell, TableRow } from 'mdast';
import { type AdoptersDocument, endOf, lineOf, lineStart, startOf } from '../document.js';
import type { Entry, FieldSpan, Range, TableColumns, TableLayout } from '../model.js';
import { makeEntry } from './entry.js';
import { profileLinkContact } from './contact-tail.js';
import { readInlineFields } from './inline-fields.js';
import { sortSpans } from './inline-spans.js';
import { cellText, readColumns } from './table-columns.js';
import { linkParts } from './link-parts.js';
import { isGenericLinkText, isUrlText, urlTextForm } from '../inline.js';
import { isSpaceAt } from '../../text/whitespace.js';

/** The content ranges of a table line's cells: the text between pipes (escaped pipes stay inside). */
export function cellRanges(source: string, lineStartOffset: number, lineEnd: number): Range[] {
  const line = source.slice(lineStartOffset, lineEnd);
  const ranges: Range[] = [];
  let from = 0;
  let i = 0;
  const lead = /^\s*\|/.exec(line);
  if (lead) from = i = lead[0].length;
  for (; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') {
      ranges.push({ start: lineStartOffset + from, end: lineStartOffset + i });
      from = i + 1;
    }
  }
  const rest = line.slice(from);
  if (rest.trim()) ranges.push({ start: lineStartOffset + from, end: lineStartOffset + line.trimEnd().length });
  return ranges;
}

const trim = (src: string, r: Range): Range => {
  let { start, end } = r;
  while (start < end && isSpaceAt(src, start)) start++;
  while (end > start && isSpaceAt(src, end - 1)) end--;
  return { start, end };
};

export function tableLayout(doc: AdoptersDocument, table: Table, columns: TableColumns): TableLayout {
  const headStart = lineStart(doc, lineOf(doc, startOf(table)));
  const delimiterLine = lineOf(doc, startOf(table)) + 1;
  const delimiterStart = lineStart(doc, delimiterLine);
  const delimiterEnd = lineStart(doc, delimiterLine + 1);
  const body = table.children[1];
  return {
    columns,
    delimiter: doc.source.slice(delimiterStart, delimiterEnd).replace(/\r?\n$/, ''),
    bodyStart: body ? lineStart(doc, lineOf(doc, startOf(body))) : delimiterEnd,
    headStart,
  };
}

/** Spans in the website cell: `[link](url)`, `[acme.com](url)`, `<url>` or a bare URL. */
function urlCellSpans(
  doc: AdoptersDocument,
  cell: TableCell,
  content: Range,
  rowName: string,
): { spans: FieldSpan[]; url?: string; form?: string } {
  const link = cell.children.find((n) => n.type === 'link');
  if (link?.type === 'link') {
    const parts = linkParts(doc, link);
    if (!parts.destination) return { spans: [] };
    const spans: FieldSpan[] = [{ field: 'url', ...parts.destination }];
    const text = cellText({ ...cell, children: link.children });
    // The link's text is kept when it says "link", and shows the new address when it showed the old one; a
    // title (`[Our story](…)`) is the sibling's own words, so the new link shows its address instead.
    if (parts.kind === 'inline' && rowName && text.toLowerCase() === rowName.toLowerCase()) {
      // `[Acme](https://acme.com)` in Acme's row: the link shows the organization's name.
      spans.push({ field: 'name', ...trim(doc.source, parts.text), context: 'link-text' });
      return { spans, url: link.url, form: '[N](U)' };
    }
    if (parts.kind === 'inline' && !isGenericLinkText(text)) {
      const derive = isUrlText(text, link.url) ? urlTextForm(text, link.url) : 'host-path';
      spans.push({ field: 'url-text', ...trim(doc.source, parts.text), context: 'link-text', derive });
    }
    return {
      spans,
      url: link.url,
      form: parts.kind === 'inline' ? `[${isGenericLinkText(text) ? 'link' : 'U'}](U)` : 'U',
    };
  }
  const text = doc.source.slice(content.start, content.end);
  if (/^https?:\/\/\S+$/.test(text))
    return { spans: [{ field: 'url', ...content, context: 'bare-url' }], url: text, form: 'U' };
  return { spans: [] };
}

/** `@handle` or `[@handle](https://github.com/handle)`: the handle, and its profile link when there is one. */
function contactSpans(
  doc: AdoptersDocument,
  cell: TableCell,
  content: Range,
): { spans: FieldSpan[]; contact?: string; several?: boolean } {
  const text = doc.source.slice(content.start, content.end);
  // Several people (`[@a](…), [@b](…)`): the whole cell is theirs, so a new row replaces or empties it all.
  const people = Math.max(cell.children.filter((n) => n.type === 'link').length, text.match(/@[\w.-]+/g)?.length ?? 0);
  if (people > 1)
    return { spans: [{ field: 'contact', ...content, context: 'cell' }], contact: text || undefined, several: true };
  const link = cell.children.find((n) => n.type === 'link');
  // Without a contact the whole link goes, not just its text.
  if (link?.type === 'link' && /github\.com\/[\w-]+\/?$/i.test(link.url))
    return profileLinkContact(doc, link, { start: startOf(link), end: endOf(link) });
  const m = /^@([\w-]+)$/.exec(text);
  if (m)
    return {
      // Without a contact the `@` goes too: the cell is left empty.
      spans: [{ field: 'contact', start: content.start + 1, end: content.end, context: 'cell', remove: [content] }],
      contact: m[1],
    };
  return { spans: [{ field: 'contact', ...content, context: 'cell' }], contact: text || undefined };
}

export function readRow(doc: AdoptersDocument, row: TableRow, columns: TableColumns): Entry {
  const line = lineOf(doc, startOf(row));
  const start = lineStart(doc, line);
  const ranges = cellRanges(doc.source, start, endOf(row));
  const content = (i: number) => trim(doc.source, ranges[i] ?? { start: endOf(row), end: endOf(row) });
  const cell = (i: number) => row.children[i];
  const spans: FieldSpan[] = [];
  const nameCell = cell(columns.name);
  const fields = nameCell
    ? readInlineFields(doc, nameCell.children, { end: content(columns.name).end, context: 'cell', whole: true })
    : undefined;
  if (fields) spans.push(...fields.spans.filter((s) => s.field !== 'description'));
  // `[Acme](…) (this repo)`, `[Hermes](…) by [Nous](…)`: what follows the name in its cell is this row's
  // own, never copied into a new row.
  const nameEnd = content(columns.name).end;
  const extra = fields ? doc.source.slice(fields.head.end, nameEnd) : '';
  if (fields && extra.trim()) {
    const from = fields.head.end + (extra.length - extra.trimStart().length);
    spans.push({
      field: 'other',
      start: from,
      end: nameEnd,
      context: 'cell',
      remove: [{ start: fields.head.end, end: nameEnd }],
    });
  }
  let url = fields?.url;
  let siteForm = '';
  const urlCell = cell(columns.url);
  if (!url && urlCell) {
    const read = urlCellSpans(doc, urlCell, content(columns.url), cellText(nameCell));
    spans.push(...read.spans);
    url = read.url;
    siteForm = read.form ? ` site ${read.form}` : '';
  }
  let description: string | undefined;
  if (columns.description >= 0 && cell(columns.description)) {
    spans.push({ field: 'description', ...content(columns.description), context: 'cell' });
    description = cellText(cell(columns.description)) || undefined;
  }
  let contact: string | undefined;
  let several = false;
  const contactCell = cell(columns.contact);
  if (contactCell) {
    const read = contactSpans(doc, contactCell, content(columns.contact));
    spans.push(...read.spans);
    contact = read.contact;
    several = Boolean(read.several);
  }
  let group: string | undefined;
  let groupKey: string | undefined;
  if (columns.group >= 0 && cell(columns.group)) {
    const range = content(columns.group);
    spans.push({ field: 'group', ...range, context: 'cell' });
    group = cellText(cell(columns.group)) || undefined;
    // A badge is seen, not read: its picture tells the group, whatever its alt text says.
    const pictures = cell(columns.group)!
      .children.filter((n) => n.type === 'image')
      .map((n) => (n as { url: string }).url);
    groupKey = (pictures.length ? pictures.join(' ') : (group ?? '').toLowerCase()) || undefined;
  }
  const name = fields?.name ?? cellText(nameCell);
  const raw = doc.source.slice(start, endOf(row)).trim();
  const pipes = `${raw.startsWith('|') ? '|' : ''}${raw.endsWith('|') && !raw.endsWith('\\|') ? '|' : ''}`;
  return makeEntry(doc, {
    start,
    end: endOf(row),
    name,
    url,
    description,
    logo: fields?.logo,
    contact,
    group,
    groupKey,
    spans: sortSpans(spans),
    // How the website cell shows the link counts in the shape: most rows' way is the one copied.
    shape: `table${pipes}|${fields?.shape ?? '?'}${siteForm}`,
    wellFormed: row.children.length === columns.count && !fields?.malformed && ranges.length === columns.count,
    // A row naming several people is copied only where no row names one (its whole cell is then replaced).
    copyable: !several,
    nameLike: Boolean(name) && (fields?.nameLike ?? false),
    // `| Organization | Year of adoption | Website |` under the header `| Organization | Since | Website |`:
    // a row that names its own column shows how to fill the table in; a row of empty cells waits to be.
    template:
      (Boolean(name) && name.toLowerCase() === (columns.headers[columns.name] ?? '').trim().toLowerCase()) ||
      row.children.every((c) => !cellText(c)),
  });
}

export function readTable(doc: AdoptersDocument, table: Table): { entries: Entry[]; layout: TableLayout } {
  const columns = readColumns(table);
  let entries = table.children.slice(1).map((row) => readRow(doc, row, columns));
  // `| Link |` left empty in every row still says where a website goes: the address, written out.
  if (columns.url >= 0 && !entries.some((e) => e.url !== undefined))
    entries = entries.map((e, r) => withEmptySiteCell(doc, e, table.children[r + 1]!, columns.url));
  return { entries, layout: tableLayout(doc, table, columns) };
}

function withEmptySiteCell(doc: AdoptersDocument, entry: Entry, row: TableRow, column: number): Entry {
  const range = cellRanges(doc.source, entry.start, endOf(row))[column];
  if (!range || row.children[column]?.children.length) return entry;
  const at = trim(doc.source, range).start;
  const span: FieldSpan = { field: 'url', start: at, end: at, context: 'bare-url' };
  return { ...entry, spans: sortSpans([...entry.spans, span]), shape: `${entry.shape} site U` };
}
