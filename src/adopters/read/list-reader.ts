import type { List, ListItem } from 'mdast';
import { type AdoptersDocument, endOf, lineOf, lineStart, startOf } from '../document.js';
import { displayText } from '../inline.js';
import type { Entry, FieldSpan } from '../model.js';
import { makeEntry } from './entry.js';
import { readInlineFields } from './inline-fields.js';
import { textWithin } from './inline-spans.js';

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
  const below = fields && !fields.description ? subItemDescription(doc, item) : undefined;
  // `- [x] Tokenization`: a to-do list's item is a task, not an organization, however its words read.
  const task =
    (item.checked !== null && item.checked !== undefined) ||
    (first !== undefined && /^\[[ xX]\][ \t]/.test(doc.source.slice(startOf(first), startOf(first) + 4)));
  const marker = prefix.text.replace(/\d+/, (n) => (n === '1' ? '1' : 'n'));
  return makeEntry(doc, {
    start: prefix.start,
    end: endOf(item),
    name: fields?.name ?? (first ? (displayText(first).trim().split('\n')[0] ?? '') : ''),
    url: fields?.url,
    description: fields?.description ?? below?.description,
    contact: fields?.contact,
    logo: fields?.logo,
    spans: [...spans, ...(fields?.spans ?? []), ...(below ? [below.span] : [])],
    shape: `${marker}${fields?.shape ?? '?'}${below ? ' ¶- D' : ''}`,
    wellFormed: Boolean(fields) && !fields?.malformed,
    copyable: fields?.copyable,
    nameLike: !task && (fields?.nameLike ?? false),
  });
}

/**
 * `- [Acme](…)` over one indented sub-item of a few words, `  - "What we do with it."`: the sub-item is the
 * description (its quotes are the file's). Without a description the sub-item goes too.
 */
function subItemDescription(
  doc: AdoptersDocument,
  item: ListItem,
): { description: string; span: FieldSpan } | undefined {
  const [first, sub] = item.children;
  if (item.children.length !== 2 || first?.type !== 'paragraph' || sub?.type !== 'list' || sub.children.length !== 1)
    return undefined;
  const only = sub.children[0]!;
  const paragraph = only.children[0];
  if (only.children.length !== 1 || paragraph?.type !== 'paragraph') return undefined;
  // Words about the adopter; a sub-item that links (a case study, an official site, a talk) is not one.
  if (paragraph.children.some((n) => !['text', 'emphasis', 'strong', 'inlineCode'].includes(n.type))) return undefined;
  let range = { start: startOf(paragraph), end: endOf(paragraph) };
  const text = doc.source.slice(range.start, range.end);
  if (/^["“].*["”]$/s.test(text)) range = { start: range.start + 1, end: range.end - 1 };
  const description = textWithin(doc, paragraph.children, range);
  if (description.split(/\s+/).length < 3) return undefined;
  return {
    description,
    span: { field: 'description', ...range, context: 'text', remove: [{ start: endOf(first), end: endOf(sub) }] },
  };
}

export function readListEntries(doc: AdoptersDocument, list: List): Entry[] {
  return list.children.map((item) => readListItem(doc, item));
}
