import type { List, ListItem } from 'mdast';
import { type AdoptersDocument, endOf, lineOf, lineStart, startOf } from '../document.js';
import { displayText } from '../inline.js';
import type { Entry, FieldSpan } from '../model.js';
import { makeEntry } from './entry.js';
import { readInlineFields } from './inline-fields.js';

/** The raw text from the start of the item's line to its content: `1. `, `- `, ` - `, `* `. */
export function itemPrefix(doc: AdoptersDocument, item: ListItem): { start: number; text: string } {
  const first = item.children[0];
  const start = lineStart(doc, lineOf(doc, startOf(item)));
  return { start, text: doc.source.slice(start, first ? startOf(first) : endOf(item)) };
}

/** One list item as an entry: its marker (and number), then what its first paragraph says. */
export function readListItem(doc: AdoptersDocument, item: ListItem): Entry {
  const prefix = itemPrefix(doc, item);
  const spans: FieldSpan[] = [];
  const number = /\d+/.exec(prefix.text);
  if (number) {
    const start = prefix.start + number.index;
    spans.push({ field: 'ordinal', start, end: start + number[0].length, context: 'text' });
  }
  const first = item.children[0];
  const fields =
    first?.type === 'paragraph'
      ? readInlineFields(doc, first.children, { end: endOf(first), context: 'text' })
      : undefined;
  const marker = prefix.text.replace(/\d+/, (n) => (n === '1' ? '1' : 'n'));
  const fallback = first ? (displayText(first).trim().split('\n')[0] ?? '') : '';
  return makeEntry(doc, {
    start: prefix.start,
    end: endOf(item),
    name: fields?.name ?? fallback,
    url: fields?.url,
    description: fields?.description,
    logo: fields?.logo,
    spans: [...spans, ...(fields?.spans ?? [])],
    shape: `${marker}${fields?.shape ?? '?'}`,
    wellFormed: Boolean(fields) && !fields?.malformed,
    nameLike: fields?.nameLike ?? false,
  });
}

export function readListEntries(doc: AdoptersDocument, list: List): Entry[] {
  return list.children.map((item) => readListItem(doc, item));
}
