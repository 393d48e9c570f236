import type { DefaultTreeAdapterMap } from 'parse5';
import type { AdoptersDocument } from '../document.js';
import type { Range } from '../model.js';

/** Walking a parse5 tree, and the source ranges of its words (offsets from `base`, where the parsed text starts). */

export type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['documentFragment'];
export type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

export const isElement = (n: Node): n is Element => 'tagName' in n;
export const isText = (n: Node): n is TextNode => n.nodeName === '#text';
export const childrenOf = (n: Node): Node[] => ('childNodes' in n ? n.childNodes : []);

export function* descendants(n: Node): Generator<Node> {
  for (const c of childrenOf(n)) {
    yield c;
    yield* descendants(c);
  }
}

export const findAll = (n: Node, tag: string) =>
  [...descendants(n)].filter((d): d is Element => isElement(d) && d.tagName === tag);

export const contains = (outer: Node, inner: Node) => [...descendants(outer)].includes(inner);

export type Words = Range & { value: string };

/**
 * The one text node that holds all of an element's words, trimmed: a value a new row can take the
 * place of. Undefined when the words are split by markup (`Acme <b>Corp</b>`).
 */
export function soleText(doc: AdoptersDocument, base: number, element: Element): Words | undefined {
  const texts = [...descendants(element)].filter(isText).filter((t) => t.value.trim());
  if (texts.length !== 1) return undefined;
  const at = texts[0]!.sourceCodeLocation;
  if (!at) return undefined;
  const raw = doc.source.slice(base + at.startOffset, base + at.endOffset);
  const start = base + at.startOffset + (raw.length - raw.trimStart().length);
  const end = base + at.endOffset - (raw.length - raw.trimEnd().length);
  return { start, end, value: texts[0]!.value.replace(/\s+/g, ' ').trim() };
}

/** `<td><a href="…">Acme</a>: what it does</td>`: the words after a link in its element, past a separator. */
export function wordsAfter(doc: AdoptersDocument, base: number, anchor: Element): Words | undefined {
  const kids = childrenOf(anchor.parentNode as Node);
  const rest = kids.slice(kids.indexOf(anchor) + 1).filter((k) => !(isText(k) && !k.value.trim()));
  const only = rest[0];
  const at = only?.sourceCodeLocation;
  if (rest.length !== 1 || !only || !isText(only) || !at) return undefined;
  const raw = doc.source.slice(base + at.startOffset, base + at.endOffset);
  const lead = /^\s*(?:[:,–—-]\s*)?/.exec(raw)![0].length;
  const words = raw.slice(lead).trimEnd();
  if (!/\p{L}{2}/u.test(words)) return undefined;
  const start = base + at.startOffset + lead;
  return { start, end: start + words.length, value: words.replace(/\s+/g, ' ') };
}
