import type { Definition, Nodes, PhrasingContent } from 'mdast';
import { type AdoptersDocument, endOf, normalizeLabel, startOf } from './document.js';

/**
 * What a span of an entry's source is, so a new value is escaped for exactly that context: a link's
 * text is inline Markdown, its destination is not; an attribute value needs HTML escaping; a bare URL
 * is its own text.
 */
export type SpanContext =
  /** Between the brackets of a link (`[Name](…)`), or the text of a heading. */
  | 'link-text'
  /** An inline link's, image's or definition's destination (angle brackets, if any, left outside). */
  | 'link-destination'
  /** A URL that is its own text: a GFM autolink literal or the inside of `<https://…>`. */
  | 'autolink'
  /** An HTML attribute's value (its quotes left outside). */
  | 'html-attribute'
  /** A table cell's content (its padding and pipes left outside). */
  | 'table-cell'
  /** Plain inline text: a name or description in a list item, a paragraph or a heading's body. */
  | 'inline-text'
  /** The number of an ordered list item's marker (`3` of `3. `). */
  | 'list-number';

/** Offsets `[start, end)` of one value in the source, and its context. An empty span is a slot. */
export interface FieldSpan {
  start: number;
  end: number;
  context: SpanContext;
}

/** `**_Name_**` → the children inside every single emphasis wrapper. */
function unwrap(children: PhrasingContent[]): PhrasingContent[] {
  let inner = children;
  while (inner.length === 1 && (inner[0]?.type === 'strong' || inner[0]?.type === 'emphasis')) {
    inner = (inner[0] as { children: PhrasingContent[] }).children;
  }
  return inner;
}

/** The span of some inline nodes, inside their emphasis; an empty slot at `fallback` when there are none. */
export function childrenSpan(children: PhrasingContent[], fallback: number, context: FieldSpan['context']): FieldSpan {
  const inner = unwrap(children);
  const first = inner[0];
  const last = inner[inner.length - 1];
  if (!first || !last) return { start: fallback, end: fallback, context };
  return { start: startOf(first), end: endOf(last), context };
}

/**
 * A link destination written from `from` on (just after `](` or `]:`): an angle-bracketed one is the text
 * inside the brackets; a bare one runs to whitespace or the unbalanced `)` that closes the link.
 */
export function destinationAt(source: string, from: number): FieldSpan {
  let i = from;
  while (i < source.length && /[ \t\r\n]/.test(source[i]!)) i++;
  if (source[i] === '<') {
    const close = source.indexOf('>', i);
    return { start: i + 1, end: close < 0 ? i + 1 : close, context: 'link-destination' };
  }
  const start = i;
  let depth = 0;
  for (; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (/\s/.test(c)) break;
    else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) break;
      depth--;
    }
  }
  return { start, end: i, context: 'link-destination' };
}

/** The definition `[label]: url` a reference link uses. */
export function definitionOf(doc: AdoptersDocument, identifier: string): Definition | undefined {
  const label = normalizeLabel(identifier);
  return doc.tree.children.find(
    (n): n is Definition => n.type === 'definition' && normalizeLabel(n.identifier) === label,
  );
}

/**
 * Where a link keeps its text and its destination. `[text](url)` and `[text][ref]` (the destination is
 * the definition's); `<https://…>` and a bare `https://…` are their own text (one autolink span).
 */
export function linkSpans(doc: AdoptersDocument, link: Nodes): { text?: FieldSpan; destination?: FieldSpan } {
  if (link.type !== 'link' && link.type !== 'linkReference') return {};
  const start = startOf(link);
  const end = endOf(link);
  const raw = doc.source.slice(start, end);
  if (link.type === 'link' && raw.startsWith('<'))
    return { destination: { start: start + 1, end: end - 1, context: 'autolink' } };
  if (link.type === 'link' && !raw.startsWith('[')) return { destination: { start, end, context: 'autolink' } };
  const text = childrenSpan(link.children, start + 1, 'link-text');
  if (link.type === 'linkReference') {
    const definition = definitionOf(doc, link.identifier);
    if (!definition) return { text };
    const colon = doc.source.indexOf(']:', startOf(definition));
    return { text, destination: destinationAt(doc.source, colon + 2) };
  }
  const last = link.children[link.children.length - 1];
  const open = doc.source.indexOf('](', last ? endOf(last) : start);
  return { text, destination: open < 0 || open >= end ? undefined : destinationAt(doc.source, open + 2) };
}

/** The value of an attribute of an HTML tag that starts at `tagStart` (quotes excluded). */
export function attributeSpan(tag: string, tagStart: number, name: string): FieldSpan | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  if (!m) return undefined;
  const value = m[1] ?? m[2] ?? m[3] ?? '';
  const quoted = m[3] === undefined ? 1 : 0;
  const start = tagStart + m.index + m[0].length - value.length - quoted;
  return { start, end: start + value.length, context: 'html-attribute' };
}

/** Every node of a kind inside `node`, in document order. */
export function nodesOfType<T extends Nodes['type']>(node: Nodes, type: T): Extract<Nodes, { type: T }>[] {
  const out: Nodes[] = [];
  const walk = (n: Nodes) => {
    if (n.type === type) out.push(n);
    if ('children' in n) for (const child of n.children) walk(child);
  };
  walk(node);
  return out as Extract<Nodes, { type: T }>[];
}
