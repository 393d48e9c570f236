import type { DataDocument, DataItem, DataPair } from './model.js';

/** The text of a line up to (not including) an offset on it. */
export function linePrefix(doc: DataDocument, offset: number): string {
  const start = doc.source.lastIndexOf('\n', offset - 1) + 1;
  return doc.source.slice(start, offset);
}

/** Removes comments (and the blanks before them) from a span of the source, keeping its line breaks. */
export function withoutComments(doc: DataDocument, start: number, end: number): string {
  let text = '';
  let at = start;
  for (const c of doc.comments) {
    if (c.end <= start || c.start >= end) continue;
    text += doc.source.slice(at, Math.max(at, c.start)).replace(/[ \t]+$/, '');
    at = Math.min(end, c.end);
  }
  return text + doc.source.slice(at, end);
}

/**
 * The whitespace (and comma) between two parts of an item, cleaned: comments and blank lines dropped, the
 * file's line break kept, the indentation of the line that follows kept. Inline separators stay as written.
 */
export function cleanGap(doc: DataDocument, start: number, end: number): string {
  const text = withoutComments(doc, start, end);
  if (!text.includes('\n')) return text;
  const head = text
    .slice(0, text.indexOf('\n'))
    .replace(/\r$/, '')
    .replace(/[ \t]+$/, '');
  return head + doc.eol + text.slice(text.lastIndexOf('\n') + 1);
}

/**
 * How an item is laid out, compared between siblings: the whitespace before its first line's `-` or `{`,
 * the gap to its first key, the key/value separator, and where members and the closing brace sit.
 */
export function layoutSignature(doc: DataDocument, item: DataItem): string {
  if (!item.pairs?.length) return item.pairs ? 'empty' : 'scalar';
  const first = item.pairs[0]!;
  const lead = linePrefix(doc, item.start);
  const openFirst = /^[ \t]*$/.test(lead);
  const kv = doc.source.slice(first.keyEnd, first.valueStart);
  const gap = doc.source.slice(item.start + 1, first.keyStart);
  const gapShape = gap.includes('\n') ? `NL${gap.slice(gap.lastIndexOf('\n') + 1)}` : gap;
  if (doc.format === 'yaml' && !item.flow)
    return `block ${JSON.stringify(lead)} ${JSON.stringify(gapShape)} ${JSON.stringify(kv)}`;
  const close = item.startLine === item.endLine ? 'inline' : JSON.stringify(linePrefix(doc, item.end - 1));
  return `flow ${openFirst ? JSON.stringify(lead) : '+'} ${JSON.stringify(gapShape)} ${close} ${JSON.stringify(kv)}`;
}

/** Whether the item's first character is the first thing on its line (so a new item can go on a line of its own). */
export function startsItsLine(doc: DataDocument, item: DataItem): boolean {
  return /^[ \t]*$/.test(linePrefix(doc, item.start));
}

/** The parts an item's text is made of: an opening, its pairs' texts, the gaps between them, a closing. */
export interface ItemParts {
  open: string;
  pairs: { pair: DataPair; text: string }[];
  gap: string;
  close: string;
}

export function itemParts(doc: DataDocument, item: DataItem): ItemParts {
  const pairs = item.pairs ?? [];
  const src = doc.source;
  const gaps = pairs.slice(1).map((p, i) => cleanGap(doc, pairs[i]!.valueEnd, p.keyStart));
  const counts = new Map<string, number>();
  for (const g of gaps) counts.set(g, (counts.get(g) ?? 0) + 1);
  const gap = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? (item.flow ? ', ' : doc.eol);
  const last = pairs[pairs.length - 1];
  return {
    open: cleanGap(doc, item.start, pairs[0]?.keyStart ?? item.start),
    pairs: pairs.map((pair) => ({ pair, text: withoutComments(doc, pair.keyStart, pair.valueEnd) })),
    gap,
    close: last ? cleanGap(doc, last.valueEnd, item.end) : src.slice(item.start, item.end),
  };
}
