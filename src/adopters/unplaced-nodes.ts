import type { Nodes, Root } from 'mdast';
import type { Point } from 'unist';
import { lineAtOffset, lineStartsOf } from '../text/line-starts.js';
import { displayText } from './inline.js';

/**
 * Gives a source position to every node that came without one. GFM's literal autolinks are found in the
 * text after parsing (mdast-util-gfm-autolink-literal's find-and-replace), and where micromark did not
 * mark one (`(DCO)[https://…]`) the text is split into pieces that have no position. Each piece is found
 * in the source after its previous sibling, line by line (a paragraph's text drops the indentation of its
 * continuation lines); one that cannot be found gets an empty range where it should start.
 */
export function placeUnplacedNodes(tree: Root, source: string): void {
  let lineStarts: number[] | undefined;
  const point = (offset: number): Point => {
    lineStarts ??= lineStartsOf(source);
    const line = lineAtOffset(lineStarts, offset);
    return { line, column: offset - lineStarts[line - 1]! + 1, offset };
  };
  const visit = (node: Nodes, from: number): void => {
    if (!('children' in node)) return;
    let cursor = from;
    for (const child of node.children) {
      if (!child.position) {
        const [start, end] = locate(source, displayText(child), cursor) ?? [cursor, cursor];
        child.position = { start: point(start), end: point(end) };
      }
      visit(child, child.position.start.offset ?? cursor);
      cursor = child.position.end.offset ?? cursor;
    }
  };
  visit(tree, 0);
}

/** Where `text` is written from `from` on, each of its lines in turn; undefined when a line is not found. */
function locate(source: string, text: string, from: number): [number, number] | undefined {
  const lines = text.split('\n');
  let start = -1;
  let at = from;
  for (const line of lines) {
    const found = source.indexOf(line, at);
    if (found === -1) return undefined;
    if (start === -1) start = found;
    at = found + line.length;
  }
  return [start, at];
}
