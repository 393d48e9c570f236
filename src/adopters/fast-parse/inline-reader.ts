import type { PhrasingContent } from 'mdast';
import { resolveFragments } from './inline-resolve.js';
import { type Fragment, scanRange, Unsupported } from './inline-scan.js';
import { type Lines, trimEnd } from './lines.js';

/** One line's share of a block's inline content: from its first character to the end of its text. */
export interface Piece {
  line: number;
  from: number;
  to: number;
}

/**
 * The phrasing content of a paragraph, heading or table cell spread over `pieces`, or undefined when it
 * holds anything the scanner does not read exactly as remark does. Line endings stay in the text (as
 * `\n` or `\r\n`) with the whitespace around them dropped; a line ending starts where the line's text
 * ends and its trailing whitespace begins to be ignored, as micromark places it.
 */
export function readInline(lines: Lines, pieces: Piece[]): PhrasingContent[] | undefined {
  const fragments: Fragment[] = [];
  const { source, starts, ends } = lines;
  try {
    for (let p = 0; p < pieces.length; p++) {
      const { line, from, to } = pieces[p]!;
      const last = p === pieces.length - 1;
      const end = trimEnd(source, from, to);
      if (source.slice(from, to).includes('\t')) return undefined;
      if (!last && to - end >= 2) return undefined; // a hard line break
      scanRange({ lines, line, from, to: end }, from, end, false, fragments);
      if (!last) {
        const value = source.slice(ends[line], starts[line + 1]);
        fragments.push({ kind: 'text', value, line, from: ends[line]!, endLine: line + 1, to: starts[line + 1]! });
      }
    }
    return resolveFragments(fragments, false, lines);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}
