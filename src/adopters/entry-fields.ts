import type { Heading, List, Nodes, Paragraph, RootContent, Table, TableCell, TableRow } from 'mdast';
import { type AdoptersDocument, endOf, lineOf, lineStart, startOf } from './document.js';
import { itemPrefix } from './containers/list-container.js';
import { readColumns } from './containers/table-container.js';
import { isGenericLinkText, displayText, type NamePart } from './inline.js';
import type { Entry } from './model.js';
import { separatorOf } from './entry-traits.js';
import { DESCRIPTION_LABEL, LINK_LABEL } from './render/render-heading-entry.js';
import { attributeSpan, childrenSpan, destinationAt, type FieldSpan, linkSpans, nodesOfType } from './source-spans.js';

export type { FieldSpan, SpanContext } from './source-spans.js';

/**
 * Where an entry keeps each of its values, as exact source spans: what an update rewrites, and all it
 * rewrites (every other byte of the entry — wrappers, padding, badges — stays).
 */
export interface EntryFields {
  /** Every span that displays the name (a link's text, a cell, a heading, an `<img>`'s alt). */
  name: FieldSpan[];
  /** Every span that holds the organization's website (a link's or a definition's destination, a bare URL). */
  url: FieldSpan[];
  /** The description, or an empty span (a slot) where one goes; undefined when the shape has no place for one. */
  description?: FieldSpan;
  /**
   * For a description: the raw text between the name and it (` - `, `: `, `  \n`). For a slot: what to
   * write before a new description when the shape says (`''` in a cell); undefined: as the siblings do.
   */
  descriptionLead?: string;
  /** Every span that holds the logo's address (an `<img>`'s src, an image's destination). */
  logo: FieldSpan[];
  /** The number of an ordered list item's marker. */
  marker?: FieldSpan;
}

/** The source spans of an entry's name, website, description and logo. */
export function entryFields(doc: AdoptersDocument, entry: Entry): EntryFields {
  const source = entry.source;
  if (source.kind === 'heading') return headingFields(doc, source.heading, source.bodyEnd);
  if (source.kind === 'table-row') return tableFields(doc, entry, source.row, source.part);
  const paragraph =
    source.kind === 'paragraph'
      ? source.paragraph
      : source.item.children[0]?.type === 'paragraph'
        ? source.item.children[0]
        : undefined;
  const fields = lineFields(doc, entry, paragraph, source.part);
  if (source.kind === 'list-item') {
    const prefix = itemPrefix(doc, source.item);
    const number = /\d+/.exec(prefix);
    const at = lineStart(doc, lineOf(doc, startOf(source.item)));
    if (number)
      fields.marker = { start: at + number.index, end: at + number.index + number[0].length, context: 'list-number' };
  }
  return fields;
}

/** The link (or HTML anchor) an entry's name part is written with. */
function nameLink(doc: AdoptersDocument, within: Nodes, part: NamePart): Nodes | undefined {
  const at = part.start + part.open.length;
  const links = [...nodesOfType(within, 'link'), ...nodesOfType(within, 'linkReference')];
  return links.find((l) => startOf(l) === at);
}

/** Name and website spans of a name part: its link's text and destination, its logo's alt, or its plain text. */
function namePartSpans(doc: AdoptersDocument, within: Nodes, part: NamePart, plain: FieldSpan['context']) {
  const name: FieldSpan[] = [];
  const url: FieldSpan[] = [];
  const logo: FieldSpan[] = [];
  if (!part.linked) {
    name.push({ start: part.start + part.open.length, end: part.end - part.close.length, context: plain });
    return { name, url, logo };
  }
  const link = nameLink(doc, within, part);
  if (link) {
    const spans = linkSpans(doc, link);
    const img =
      'children' in link ? link.children.find((c) => c.type === 'html' && /^<img\b/i.test(c.value)) : undefined;
    if (img) {
      const tag = doc.source.slice(startOf(img), endOf(img));
      const alt = attributeSpan(tag, startOf(img), 'alt');
      const src = attributeSpan(tag, startOf(img), 'src');
      if (alt) name.push(alt);
      if (src) logo.push(src);
    } else if (spans.text) name.push(spans.text);
    if (spans.destination) url.push(spans.destination);
    return { name, url, logo };
  }
  // `<a href="…">Name</a>`: the name between the tags, the website in the href.
  const tag = doc.source.slice(part.start, doc.source.indexOf('>', part.start) + 1);
  const close = doc.source.lastIndexOf('<', part.end - 1);
  const href = attributeSpan(tag, part.start, 'href');
  if (href) url.push(href);
  const text = doc.source.slice(part.start + tag.length, close);
  const lead = text.length - text.trimStart().length;
  name.push({
    start: part.start + tag.length + lead,
    end: part.start + tag.length + text.trimEnd().length,
    context: plain,
  });
  return { name, url, logo };
}

/** A list item or a bold-name paragraph: `- [Name](url) - text`, `**Name:** text`, `* Name: text [link](url)`. */
function lineFields(
  doc: AdoptersDocument,
  entry: Entry,
  paragraph: Paragraph | undefined,
  part: NamePart | undefined,
): EntryFields {
  if (!paragraph || !part) return { name: [], url: [], logo: [] };
  const spans = namePartSpans(doc, paragraph, part, 'inline-text');
  let end = endOf(paragraph);
  const tail = doc.source.slice(part.end, entry.end);
  const lead = separatorOf(tail);
  // antrea's name paragraph followed by paragraphs of description: they all are the description.
  if (entry.source.kind === 'paragraph' && /\n[ \t]*\r?\n/.test(lead)) end = entry.end;
  if (!part.linked) {
    const site = part.rest.find((n) => n.type === 'link' && isGenericLinkText(displayText(n)));
    const destination = site ? linkSpans(doc, site).destination : undefined;
    if (site && destination) {
      spans.url.push(destination);
      // The site link closes the entry (kubescape's `Name: text [link](url)`): the description stops before it.
      if (!doc.source.slice(endOf(site), end).trim()) end = startOf(site);
    }
  }
  const text = doc.source.slice(part.end + lead.length, end);
  // A description on the next line starts after that line's indentation.
  const start = part.end + lead.length + (text.length - text.trimStart().length);
  const fields: EntryFields = { ...spans };
  if (entry.hasDescription && text.trim()) {
    fields.description = { start, end: part.end + lead.length + text.trimEnd().length, context: 'inline-text' };
    fields.descriptionLead = lead;
  } else {
    fields.description = { start: part.end, end: part.end, context: 'inline-text' };
  }
  return fields;
}

/** The blocks of a heading entry: everything after the heading up to the end of its section. */
function blocksOf(doc: AdoptersDocument, heading: Heading, bodyEnd: number): RootContent[] {
  return doc.tree.children.filter((n) => startOf(n) > startOf(heading) && endOf(n) <= bodyEnd);
}

/** etcd's `## Name` with `- *Application*: …` fields, tinkerbell's `- **Links**:` with a nested `[Website](url)`. */
function headingFields(doc: AdoptersDocument, heading: Heading, bodyEnd: number): EntryFields {
  const link = heading.children.find((c) => c.type === 'link' || c.type === 'linkReference');
  const spans = link ? linkSpans(doc, link) : {};
  const fields: EntryFields = {
    name: [spans.text ?? childrenSpan(heading.children, endOf(heading), 'inline-text')],
    url: spans.destination ? [spans.destination] : [],
    logo: [],
  };
  const blocks = blocksOf(doc, heading, bodyEnd);
  const list = blocks.find((b): b is List => b.type === 'list');
  const labelled = (list?.children ?? []).flatMap((item) => {
    const p = item.children[0];
    const label = p?.type === 'paragraph' ? p.children[0] : undefined;
    if (p?.type !== 'paragraph' || !label || (label.type !== 'strong' && label.type !== 'emphasis')) return [];
    const after = /^[^\s\p{L}\p{N}]*:?[ \t]*/u.exec(doc.source.slice(endOf(label), endOf(p)))?.[0] ?? '';
    const text = displayText(label).replace(/:\s*$/, '').trim();
    return [{ text, item, valueStart: endOf(label) + after.length, valueEnd: endOf(p) }];
  });
  if (!labelled.length) {
    const first = blocks[0];
    const last = blocks[blocks.length - 1];
    if (first?.type === 'paragraph' && last) {
      fields.description = { start: startOf(first), end: endOf(last), context: 'inline-text' };
    } else if (!first) {
      fields.description = { start: endOf(heading), end: endOf(heading), context: 'inline-text' };
      fields.descriptionLead = doc.eol + doc.eol;
    }
    return fields;
  }
  const description = labelled.find((f) => DESCRIPTION_LABEL.test(f.text));
  if (description) {
    fields.description = {
      start: Math.min(description.valueStart, description.valueEnd),
      end: description.valueEnd,
      context: 'inline-text',
    };
  }
  const website = labelled.find((f) => LINK_LABEL.test(f.text));
  if (website && !fields.url.length) {
    const site = [...nodesOfType(website.item, 'link')][0];
    const destination = site ? linkSpans(doc, site).destination : undefined;
    if (destination) fields.url.push(destination);
  }
  return fields;
}

/** The table a row belongs to. */
function tableOf(doc: AdoptersDocument, row: TableRow): Table | undefined {
  return doc.tree.children.find((n): n is Table => n.type === 'table' && n.children.includes(row));
}

/** A cell's content, or an empty slot after its pipe and one space of padding. */
function cellSpan(doc: AdoptersDocument, cell: TableCell): FieldSpan {
  const start = startOf(cell) + (doc.source[startOf(cell)] === '|' ? 1 : 0);
  const slot = start + (doc.source[start] === ' ' ? 1 : 0);
  return childrenSpan(cell.children, slot, 'table-cell');
}

/** A table row: the name cell (linked or not), a website column, a description column, a logo column. */
function tableFields(doc: AdoptersDocument, entry: Entry, row: TableRow, part: NamePart | undefined): EntryFields {
  const table = tableOf(doc, row);
  const columns = table ? readColumns(table) : undefined;
  const nameCell = columns ? row.children[columns.name] : undefined;
  const fields: EntryFields = { name: [], url: [], logo: [] };
  if (nameCell && part?.linked) Object.assign(fields, namePartSpans(doc, nameCell, part, 'table-cell'));
  else if (nameCell) fields.name.push(cellSpan(doc, nameCell));
  if (!columns) return fields;
  const urlCell = row.children[columns.url];
  const site = urlCell ? [...nodesOfType(urlCell, 'link')][0] : undefined;
  // A website column holds the site when the name is not linked, or when it links the same address.
  if (site && site.type === 'link' && (!part?.linked || site.url === entry.url)) {
    const destination = linkSpans(doc, site).destination;
    if (destination) fields.url.push(destination);
  }
  const descriptionCell = row.children[columns.description];
  if (descriptionCell) {
    fields.description = cellSpan(doc, descriptionCell);
    fields.descriptionLead = '';
  }
  const logoCell = row.children[columns.logo];
  if (logoCell) fields.logo.push(...logoSpans(doc, logoCell));
  return fields;
}

/** The address of every logo image in a cell: `![alt](src)` or `<img src="…">`. */
function logoSpans(doc: AdoptersDocument, cell: TableCell): FieldSpan[] {
  const spans: FieldSpan[] = [];
  for (const image of nodesOfType(cell, 'image')) {
    const open = doc.source.indexOf('](', startOf(image));
    if (open >= 0 && open < endOf(image)) spans.push(destinationAt(doc.source, open + 2));
  }
  for (const html of nodesOfType(cell, 'html')) {
    const src = /^<img\b/i.test(html.value) ? attributeSpan(html.value, startOf(html), 'src') : undefined;
    if (src) spans.push(src);
  }
  return spans;
}
