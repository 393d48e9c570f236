import type { Html, PhrasingContent } from 'mdast';
import { type AdoptersDocument, endOf, startOf } from '../document.js';
import { displayText } from '../inline.js';
import type { FieldSpan, Range } from '../model.js';
import { attributeSpan, linkParts } from './link-parts.js';
import { isSpaceAt } from '../../text/whitespace.js';

/** Ranges and texts of an inline run that every reader of names, sites and descriptions shares. */

export type Kid = PhrasingContent;

export const isBlank = (n: Kid) => n.type === 'text' && !n.value.trim();
export const isImg = (n: Kid): n is Html => n.type === 'html' && /^<img\b/i.test(n.value);
export const trimmedRange = (src: string, start: number, end: number): Range => {
  let s = start;
  let e = end;
  while (s < e && isSpaceAt(src, s)) s++;
  while (e > s && isSpaceAt(src, e - 1)) e--;
  return { start: s, end: e };
};

/** Spans of a logo image: its source, and the image with the space after it as what goes without a logo. */
export function logoSpans(doc: AdoptersDocument, node: Kid, removeTo: number): { spans: FieldSpan[]; logo?: string } {
  const remove = [{ start: startOf(node), end: removeTo }];
  if (node.type === 'image') {
    const parts = linkParts(doc, node);
    if (!parts.destination) return { spans: [] };
    return { spans: [{ field: 'logo', ...parts.destination, remove }], logo: node.url };
  }
  if (node.type === 'html') {
    const src = attributeSpan(node.value, startOf(node), 'src');
    if (src)
      return {
        spans: [{ field: 'logo', start: src.start, end: src.end, context: src.context, remove }],
        logo: src.value,
      };
  }
  return { spans: [] };
}

const byPosition = (a: FieldSpan, b: FieldSpan) => a.start - b.start || a.end - b.end;

/** A sorted copy (most runs come sorted: checking is cheaper than sorting, on every entry of a big file). */
export function sortSpans(spans: FieldSpan[]): FieldSpan[] {
  const copy = spans.slice();
  for (let i = 1; i < copy.length; i++) if (byPosition(copy[i - 1]!, copy[i]!) > 0) return copy.sort(byPosition);
  return copy;
}

/** The visible text of the nodes inside `range` (a text node cut by the range keeps its part inside). */
export function textWithin(doc: AdoptersDocument, kids: Kid[], range: Range): string {
  let out = '';
  for (const n of kids) {
    const s = startOf(n);
    const e = endOf(n);
    if (e <= range.start || s >= range.end) continue;
    if (n.type === 'text' && (s < range.start || e > range.end)) {
      // Part of a text node: its source, unescaped (the value drops continuation indents, so offsets differ).
      const raw = doc.source.slice(Math.max(s, range.start), Math.min(e, range.end));
      out += raw.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/&amp;/g, '&');
    } else out += displayText(n);
  }
  return out.replace(/\s+/g, ' ').trim();
}

const QUOTES: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“' };

/**
 * The words inside what wraps the whole of a range (`*"What we do with it."*`, `_…_`, `“…”`): the
 * emphasis and the quotes are the file's, the words the entry's. `kids` are the nodes the range lies in;
 * the result names the nodes its range lies in.
 */
export function insideWrappers(doc: AdoptersDocument, kids: Kid[], range: Range): { range: Range; kids: Kid[] } {
  let inner = range;
  let nodes = kids;
  for (;;) {
    const within = nodes.filter((n) => endOf(n) > inner.start && startOf(n) < inner.end && !isBlank(n));
    const only = within.length === 1 ? within[0]! : undefined;
    if (
      only &&
      (only.type === 'emphasis' || only.type === 'strong') &&
      startOf(only) === inner.start &&
      endOf(only) === inner.end &&
      only.children.length
    ) {
      const first = only.children[0]!;
      const last = only.children[only.children.length - 1]!;
      [inner, nodes] = [{ start: startOf(first), end: endOf(last) }, only.children];
      continue;
    }
    const open = doc.source[inner.start]!;
    const close = QUOTES[open];
    const body = doc.source.slice(inner.start + 1, inner.end - 1);
    if (close && inner.end - inner.start > 2 && doc.source[inner.end - 1] === close && !body.includes(close)) {
      inner = { start: inner.start + 1, end: inner.end - 1 };
      continue;
    }
    return { range: inner, kids: nodes };
  }
}
