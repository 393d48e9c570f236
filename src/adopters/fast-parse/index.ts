import type { Nodes, Root, RootContent } from 'mdast';
import { isAtxHeading, lineText, markerAt, startsOtherBlock } from './block-start.js';
import { foreignExtent } from './foreign-extent.js';
import { paragraphLines, type Read, readHeading, readParagraph } from './leaf-reader.js';
import { indentOf, isBlank, type Lines, pointAt, splitLines } from './lines.js';
import { type Fallbacks, readList } from './list-reader.js';
import { parseSlice, type Prefix, prefixOf } from './remark-slice.js';
import { readTable } from './table-reader.js';

/**
 * The tree remark-parse + remark-gfm build for `source`, built without running micromark over the
 * whole file: headings, paragraphs, lists and tables of the plain kinds adopters files are made of are
 * read directly; any other block is parsed by remark on its own lines. Undefined when the file cannot
 * be cut into blocks safely: the caller then parses it whole. A differential test holds the two
 * readings equal, positions included.
 */
export function readFast(source: string, stats?: { slices: number }): Root | undefined {
  const lines = splitLines(source);
  if (!lines) return undefined;
  let built = build(lines, undefined);
  if (built && built.labels.length > 0) {
    // Slices were parsed without the definitions found in other slices: read them again with all of them.
    const prefix = prefixOf(built.labels);
    built = prefix && build(lines, prefix);
  }
  if (built && stats) stats.slices = built.slices;
  return built?.root;
}

interface Built {
  root: Root;
  /** How many runs of lines remark parsed. */
  slices: number;
  labels: { footnote: boolean; label: string }[];
}

function build(lines: Lines, prefix: Prefix | undefined): Built | undefined {
  const labels: Built['labels'] = [];
  let slices = 0;
  const slice = (from: number, to: number, line: number) => {
    slices++;
    const nodes = parseSlice(lines.source, from, to, line, prefix);
    for (const node of nodes) collectLabels(node, labels);
    return nodes;
  };
  const fallbacks: Fallbacks = {
    item: (first, last) => {
      const nodes = slice(lines.starts[first]!, lines.ends[last]!, first);
      const list = nodes[0];
      if (nodes.length !== 1 || list?.type !== 'list' || list.children.length !== 1) return undefined;
      return list.children[0];
    },
    paragraph: (line, from, to) => {
      // Only a one-line paragraph: on later lines the item's indentation is a container prefix in the
      // file but leading whitespace in the slice, which moves the start of what follows a line break.
      if (to > lines.ends[line]!) return undefined;
      const nodes = slice(from, to, line);
      return nodes.length === 1 && nodes[0]!.type === 'paragraph' ? nodes[0] : undefined;
    },
  };
  const children: RootContent[] = [];
  for (let i = 0; i < lines.count;) {
    if (isBlank(lines, i)) {
      i++;
      continue;
    }
    const read = readBlock(lines, i, fallbacks);
    if (read === undefined) return undefined;
    if ('foreign' in read) {
      const end = read.foreign ?? foreignExtent(lines, i);
      if (end === undefined) return undefined;
      const to = end < lines.count ? lines.starts[end]! : lines.source.length;
      children.push(...slice(lines.starts[i]!, to, i));
      i = end;
    } else {
      children.push(read.node);
      i = read.next;
    }
  }
  const last = lines.count - 1;
  const position = { start: pointAt(lines, 0, 0), end: pointAt(lines, last, lines.ends[last]!) };
  return { root: { type: 'root', children, position }, slices, labels };
}

/**
 * The block starting on line i, where no block is open: read natively, `{ foreign }` for remark (up to
 * a known line, or to where foreignExtent ends it), or undefined when the file must go to remark whole.
 */
function readBlock(
  lines: Lines,
  i: number,
  fallbacks: Fallbacks,
): Read<RootContent> | { foreign: number | undefined } | undefined {
  const indent = indentOf(lines, i);
  if (indent < 0) return undefined;
  if (indent > 3) return FOREIGN;
  if (isAtxHeading(lines, i)) return readHeading(lines, i) ?? { foreign: i + 1 };
  const marker = markerAt(lines, i);
  if (marker) return readList(lines, i, marker, fallbacks);
  const text = lineText(lines, i).slice(indent);
  if (text.startsWith('|')) return readTable(lines, i) ?? FOREIGN;
  if (startsOtherBlock(text)) return FOREIGN;
  const next = paragraphLines(lines, i);
  if (next === undefined) return FOREIGN;
  // A paragraph whose lines are known but whose inline content is not read here: remark reads just it.
  const paragraph = readParagraph(lines, i, lines.starts[i]! + indent, next);
  return paragraph ? { node: paragraph, next } : { foreign: next };
}

/** Left to remark up to where foreignExtent finds no block open. */
const FOREIGN = { foreign: undefined };

function collectLabels(node: Nodes, out: Built['labels']): void {
  if (node.type === 'definition' || node.type === 'footnoteDefinition')
    out.push({ footnote: node.type === 'footnoteDefinition', label: node.label ?? node.identifier });
  if ('children' in node) for (const child of node.children) collectLabels(child, out);
}
