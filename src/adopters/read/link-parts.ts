import { decodeHTMLAttribute } from 'entities';
import type { Image, ImageReference, Link, LinkReference } from 'mdast';
import { type AdoptersDocument, endOf, startOf } from '../document.js';
import type { Range, SpanContext } from '../model.js';
import { isSpaceAt } from '../../text/whitespace.js';

/** Where the parts of a link or an image sit in the source. */
export interface LinkParts extends Range {
  /** `inline` `[t](d)`, `reference` `[t][r]`, `autolink` `<d>`, `bare` (a GFM literal URL). */
  kind: 'inline' | 'reference' | 'autolink' | 'bare';
  /** The link text (an image's alt). */
  text: Range;
  /** The destination as written, without `<…>` (absent for references). */
  destination?: Range & { context: SpanContext };
}

/**
 * Finds the text and destination of a link or image in its raw source: the tree gives the node's whole
 * range, and the bytes inside tell where `[`, `](`, `<` and `)` are.
 */
export function linkParts(doc: AdoptersDocument, node: Link | LinkReference | Image | ImageReference): LinkParts {
  const src = doc.source;
  const start = startOf(node);
  const end = endOf(node);
  const isImage = node.type === 'image' || node.type === 'imageReference';
  if (!isImage && src[start] === '<') {
    const inner = { start: start + 1, end: end - 1 };
    return { start, end, kind: 'autolink', text: inner, destination: { ...inner, context: 'autolink' } };
  }
  const open = isImage ? start + 2 : start + 1;
  if (!isImage && src[start] !== '[') {
    return { start, end, kind: 'bare', text: { start, end }, destination: { start, end, context: 'bare-url' } };
  }
  const close = closingBracket(src, open, end);
  const text = { start: open, end: close };
  if (node.type === 'linkReference' || node.type === 'imageReference' || src[close + 1] !== '(') {
    return { start, end, kind: 'reference', text };
  }
  let i = close + 2;
  while (i < end && isSpaceAt(src, i)) i++;
  if (src[i] === '<') {
    const stop = src.indexOf('>', i);
    return { start, end, kind: 'inline', text, destination: { start: i + 1, end: stop, context: 'angle-destination' } };
  }
  let depth = 0;
  let j = i;
  for (; j < end; j++) {
    const c = src[j]!;
    if (c === '\\') j++;
    else if (isSpaceAt(src, j)) break;
    else if (c === '(') depth++;
    else if (c === ')' && depth-- === 0) break;
  }
  return { start, end, kind: 'inline', text, destination: { start: i, end: j, context: 'destination' } };
}

/** The `]` that closes the text opened just before `from`, skipping escapes and nested brackets. */
function closingBracket(src: string, from: number, limit: number): number {
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '`') {
      const run = /^`+/.exec(src.slice(i))![0];
      const stop = src.indexOf(run, i + run.length);
      if (stop > 0 && stop < limit) i = stop + run.length - 1;
    } else if (c === '[') depth++;
    else if (c === ']' && depth-- === 0) return i;
  }
  return from;
}

/** The value span of an HTML attribute in a tag that starts at `tagStart`. */
export function attributeSpan(
  tag: string,
  tagStart: number,
  name: string,
): (Range & { context: SpanContext; value: string }) | undefined {
  const re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>"']+))`, 'i');
  const m = re.exec(tag);
  if (!m) return undefined;
  const raw = m[1] ?? m[2] ?? m[3] ?? '';
  const quoteOffset = m[0].length - raw.length - (m[3] === undefined ? 1 : 0);
  const start = tagStart + m.index + quoteOffset;
  return {
    start,
    end: start + raw.length,
    // What the attribute says: `alt="AT&amp;T"` names AT&T (without a `&` there is nothing to decode).
    value: raw.includes('&') ? decodeHTMLAttribute(raw) : raw,
    context: m[3] !== undefined ? 'attribute-bare' : m[2] !== undefined ? 'attribute-single' : 'attribute-double',
  };
}
