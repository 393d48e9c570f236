import type { Nodes, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm);

/**
 * Text put before every slice: the file's link and footnote definitions, so `[Name][ref]` and `[^1]`
 * in a slice resolve as they do in the whole file (micromark only makes a reference of a defined label).
 */
export interface Prefix {
  text: string;
  lines: number;
}

/**
 * remark's reading of source[from, to), which starts at the beginning of line `line` (0-based) and at a
 * point where the whole-file parse has no block open, with positions moved to where the slice sits in
 * the file. Columns need no change: a slice starts at a line start.
 */
export function parseSlice(source: string, from: number, to: number, line: number, prefix?: Prefix): RootContent[] {
  const head = prefix?.text ?? '';
  const tree = processor.parse(head + source.slice(from, to));
  const dLine = line - (prefix?.lines ?? 0);
  const dOffset = from - head.length;
  const nodes = tree.children.filter((node) => (node.position?.start.offset ?? 0) >= head.length);
  for (const node of nodes) shift(node, dLine, dOffset);
  return nodes;
}

function shift(node: Nodes, dLine: number, dOffset: number): void {
  const p = node.position;
  if (p) {
    node.position = {
      start: { line: p.start.line + dLine, column: p.start.column, offset: (p.start.offset ?? 0) + dOffset },
      end: { line: p.end.line + dLine, column: p.end.column, offset: (p.end.offset ?? 0) + dOffset },
    };
  }
  if ('children' in node) for (const child of node.children) shift(child, dLine, dOffset);
}

/** The definitions found in slices, as the prefix that declares them again; undefined when one cannot be. */
export function prefixOf(labels: { footnote: boolean; label: string }[]): Prefix | undefined {
  if (labels.some(({ label }) => /[\r\n]/.test(label))) return undefined;
  // A blank line after each: a definition cannot interrupt the paragraph of a footnote definition.
  const text = labels.map(({ footnote, label }) => (footnote ? `[^${label}]: x\n\n` : `[${label}]: #\n\n`)).join('');
  return { text, lines: labels.length * 2 };
}
