import type { List, ListItem } from 'mdast';
import {
  continuesParagraph,
  interruptsParagraph,
  isAtxHeading,
  type Marker,
  markerAt,
  startsOtherBlock,
} from './block-start.js';
import { type ParagraphFallback, type Read, readParagraph } from './leaf-reader.js';
import { indentOf, isBlank, type Lines, pointAt } from './lines.js';

/** remark's readings of what the native reader refuses: a whole top-level item, or an item's paragraph. */
export interface Fallbacks {
  item: (first: number, last: number) => ListItem | undefined;
  paragraph: ParagraphFallback;
}
const TASK = /^\[[ xX]\](?:[ \t]|$)/;

const sameList = (a: Marker, b: Marker) => !b.unusual && a.kind === b.kind && a.indent === b.indent;

/**
 * A top-level list starting on line i. Each item is read natively when it is one paragraph, optionally
 * followed by a tight nested list of the same kind of items, with no blank line inside; any other item
 * goes to remark on its own lines. Undefined (the whole file to remark) when the list's own extent is
 * unclear: a line that may be a lazy continuation, items indented unevenly, an empty item.
 */
export function readList(lines: Lines, i: number, first: Marker, fallbacks: Fallbacks): Read<List> | undefined {
  const items: ListItem[] = [];
  let spread = false;
  let k = i;
  let marker = first;
  for (;;) {
    if (marker.unusual) return undefined;
    const extent = itemExtent(lines, k, marker);
    if (!extent) return undefined;
    // An item read alone is read as in the file, except the first when the list interrupts a paragraph:
    // then micromark lets no empty nested item start on the marker line (`Text\n1. 1.`). Later items
    // continue the list, which micromark reads the same way alone (the differential test holds it).
    const alone = k === 0 || isBlank(lines, k - 1) || isAtxHeading(lines, k - 1) || k > i;
    const item =
      readItem(lines, k, extent.last, marker, fallbacks) ?? (alone ? fallbacks.item(k, extent.last) : undefined);
    if (!item) return undefined;
    items.push(item);
    const n = extent.next;
    const next = n < lines.count ? markerAt(lines, n) : undefined;
    if (next && sameList(first, next)) {
      spread ||= extent.blankBefore;
      k = n;
      marker = next;
      continue;
    }
    // After a blank line, a line indented less than the item ends the list. Without one, only a
    // heading is sure to: anything else might be a lazy continuation line or a sibling remark sees
    // differently.
    if (n < lines.count && !extent.blankBefore && !isAtxHeading(lines, n)) return undefined;
    if (next && next.kind === first.kind && extent.blankBefore) return undefined; // unevenly indented siblings
    // Indented code right after a list leaves micromark in a state a slice read alone does not have.
    if (n < lines.count && indentOf(lines, n) >= 4) return undefined;
    return { node: listNode(first, items, spread), next: n };
  }
}

function listNode(first: Marker, items: ListItem[], spread: boolean): List {
  const ordered = first.value !== undefined;
  const position = { start: items[0]!.position!.start, end: items[items.length - 1]!.position!.end };
  return { type: 'list', ordered, start: ordered ? first.value! : null, spread, children: items, position };
}

/**
 * The lines of the item whose marker is on line k: up to the first line indented less than its content
 * (after a blank line), a sibling or a heading. Undefined for a line that might continue it lazily.
 */
function itemExtent(lines: Lines, k: number, marker: Marker) {
  let last = k;
  let blank = false;
  let j = k + 1;
  for (; j < lines.count; j++) {
    if (isBlank(lines, j)) {
      blank = true;
      continue;
    }
    const indent = indentOf(lines, j);
    if (indent < 0) return undefined;
    if (indent < marker.contentIndent) {
      const sibling = markerAt(lines, j);
      if (!blank && !(sibling && sameList(marker, sibling)) && !isAtxHeading(lines, j)) return undefined;
      break;
    }
    last = j;
    blank = false;
  }
  return { last, next: j, blankBefore: blank };
}

/**
 * An item of lines k..last read natively: a paragraph (its continuation lines indented to the content),
 * then optionally a nested list running to `last`. Undefined when it holds anything else.
 */
function readItem(lines: Lines, k: number, last: number, marker: Marker, fallbacks: Fallbacks): ListItem | undefined {
  const base = marker.contentIndent;
  const from = lines.starts[k]! + base;
  const first = lines.source.slice(from, lines.ends[k]);
  if (startsOtherBlock(first) || TASK.test(first)) return undefined;
  let j = k + 1;
  while (j <= last && !interruptsParagraph(lines, j, base)) {
    if (!continuesParagraph(lines, j, base)) return undefined;
    j++;
  }
  const paragraph = readParagraph(lines, k, from, j, fallbacks.paragraph);
  if (!paragraph) return undefined;
  const children: ListItem['children'] = [paragraph];
  if (j <= last) {
    const nested = readNestedList(lines, j, last, base, fallbacks);
    if (!nested) return undefined;
    children.push(nested);
  }
  const position = {
    start: pointAt(lines, k, lines.starts[k]! + marker.indent),
    end: pointAt(lines, last, lines.ends[last]!),
  };
  return { type: 'listItem', spread: false, checked: null, children, position };
}

/** A tight list nested in an item whose content starts at column `base`, filling lines j..last exactly. */
function readNestedList(lines: Lines, j: number, last: number, base: number, fallbacks: Fallbacks): List | undefined {
  const first = markerAt(lines, j, base);
  if (!first || first.unusual || first.indent > base + 3) return undefined;
  const items: ListItem[] = [];
  let k = j;
  while (k <= last) {
    const marker = markerAt(lines, k, base);
    if (!marker || !sameList(first, marker)) return undefined;
    let end = k + 1;
    while (end <= last && !isBlank(lines, end) && indentOf(lines, end) >= marker.contentIndent) end++;
    if (end <= last && isBlank(lines, end)) return undefined;
    const item = readItem(lines, k, end - 1, marker, fallbacks);
    if (!item) return undefined;
    items.push(item);
    k = end;
  }
  return listNode(first, items, false);
}
