import type { List, ListItem } from 'mdast';
import { type AdoptersDocument, endOf, lineOf, lineStart, startOf } from '../document.js';
import { displayText, readNamePart } from '../inline.js';
import type { Container, Entry } from '../model.js';
import {
  describes,
  genericLinkUrl,
  isCatchAll,
  isNameLike,
  namePartShape,
  separatorOf,
  tailAfterName,
} from '../entry-traits.js';
import { isLoose } from './loose.js';

/** A list is a container when most of its items start with an organization's name. */
export function readListContainer(doc: AdoptersDocument, list: List, section: string | null): Container | undefined {
  const entries = list.children.map((item) => readListEntry(doc, item));
  const named = entries.filter((e) => e.nameLike).length;
  if (!entries.length || named / entries.length < 0.6) return undefined;
  return {
    kind: 'list',
    entries: entries.map((e) => e.entry),
    start: startOf(list),
    end: endOf(list),
    section,
    loose: isLoose(
      entries.map((e) => e.entry),
      doc,
    ),
    list,
  };
}

/** The raw text from the start of the item's line to its content: `1. `, `- `, ` - `, `* `. */
export function itemPrefix(doc: AdoptersDocument, item: ListItem): string {
  const first = item.children[0];
  const lineBegin = lineStart(doc, lineOf(doc, startOf(item)));
  const contentStart = first ? startOf(first) : endOf(item);
  return doc.source.slice(lineBegin, contentStart);
}

function readListEntry(doc: AdoptersDocument, item: ListItem): { entry: Entry; nameLike: boolean } {
  const first = item.children[0];
  const part = first?.type === 'paragraph' ? readNamePart(doc, first.children) : undefined;
  const paragraphEnd = first ? endOf(first) : endOf(item);
  const tail = part ? tailAfterName(doc, part, paragraphEnd) : '';
  const prefix = itemPrefix(doc, item).replace(/\d+/, (n) => (n === '1' ? '1' : 'n'));
  const fallbackName = first ? (displayText(first).split('\n')[0] ?? '').trim() : '';
  const name = part?.name ?? fallbackName;
  const hasDescription = describes(tail);
  const entry: Entry = {
    start: lineStart(doc, lineOf(doc, startOf(item))),
    end: endOf(item),
    startLine: lineOf(doc, startOf(item)),
    endLine: lineOf(doc, endOf(item)),
    name,
    url: part?.linked ? part.url : part ? genericLinkUrl(part.rest) : undefined,
    hasDescription,
    catchAll: isCatchAll(name),
    shape: `list|${prefix}|${namePartShape(part)}|${hasDescription ? separatorOf(tail).trim() || ' ' : ''}`,
    wellFormed: Boolean(part) && !part?.malformed,
    source: { kind: 'list-item', item, part },
  };
  return { entry, nameLike: isNameLike(part) };
}
