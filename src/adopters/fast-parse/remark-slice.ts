import type { Nodes, RootContent } from 'mdast';
import type { Point } from 'unist';
import { markdownReader } from '../gfm-reading.js';
import { placeUnplacedNodes } from '../unplaced-nodes.js';

// Made on first need: most files hand remark no slice (esbuild.config.mjs loads remark lazily).
let processor: ReturnType<typeof markdownReader> | undefined;

/**
 * Text put before every slice: the file's link and footnote definitions, so `[Name][ref]` and `[^1]`
 * in a slice resolve as they do in the whole file (micromark only makes a reference of a defined label).
 */
export interface Prefix {
  text: string;
  lines: number;
}

/**
 * remark's reading of source[from, to), which starts on line `line` (0-based) at a point where the
 * whole-file parse has no block open, with positions moved to where the slice sits in the file. A
 * slice starts at a line start, or (a paragraph's text inside a list item) at its first line's
 * content: only that line's columns move.
 */
export function parseSlice(source: string, from: number, to: number, line: number, prefix?: Prefix): RootContent[] {
  const head = prefix?.text ?? '';
  const text = head + source.slice(from, to);
  const tree = (processor ??= markdownReader()).parse(text);
  placeUnplacedNodes(tree, text);
  const firstLine = (prefix?.lines ?? 0) + 1;
  const lineStart = source.lastIndexOf('\n', from - 1) + 1;
  const move = (p: Point): Point => ({
    line: p.line - firstLine + line + 1,
    column: p.line === firstLine ? p.column + from - lineStart : p.column,
    offset: (p.offset ?? 0) - head.length + from,
  });
  const nodes = tree.children.filter((node) => (node.position?.start.offset ?? 0) >= head.length);
  const shift = (node: Nodes) => {
    if (node.position) node.position = { start: move(node.position.start), end: move(node.position.end) };
    if ('children' in node) for (const child of node.children) shift(child);
  };
  for (const node of nodes) shift(node);
  return nodes;
}

/** The definitions found in slices, as the prefix that declares them again; undefined when one cannot be. */
export function prefixOf(labels: { footnote: boolean; label: string }[]): Prefix | undefined {
  if (labels.some(({ label }) => /[\r\n]/.test(label))) return undefined;
  // A blank line after each: a definition cannot interrupt the paragraph of a footnote definition. The
  // closing paragraph ends the last footnote definition, which would otherwise take in an indented slice.
  const definitions = labels.map(({ footnote, label }) => (footnote ? `[^${label}]: x\n\n` : `[${label}]: #\n\n`));
  return { text: `${definitions.join('')}x\n\n`, lines: labels.length * 2 + 2 };
}
