import type { Heading, Paragraph } from 'mdast';
import { continuesParagraph, interruptsParagraph, isDefinitionStart, lineText } from './block-start.js';
import { readInline, type Piece } from './inline-reader.js';
import { indentOf, type Lines, pointAt, trimEnd } from './lines.js';

/** A block read natively, and the line after it (where the next block may start afresh). */
export interface Read<T> {
  node: T;
  next: number;
}

/** An ATX heading on line i (known to be one), or undefined when its content is not read natively. */
export function readHeading(lines: Lines, i: number): Read<Heading> | undefined {
  const { source } = lines;
  const start = lines.starts[i]! + indentOf(lines, i);
  let k = start;
  while (source.charCodeAt(k) === 35) k++;
  const depth = (k - start) as Heading['depth'];
  while (source.charCodeAt(k) === 32) k++;
  const end = trimEnd(source, k, lines.ends[i]!);
  // A closing sequence (`## Title ##`) has its own rules: left to remark.
  if (source.charCodeAt(end - 1) === 35 || source.slice(start, lines.ends[i]).includes('\t')) return undefined;
  const children = end > k ? readInline(lines, [{ line: i, from: k, to: end }]) : [];
  if (!children) return undefined;
  const position = { start: pointAt(lines, i, start), end: pointAt(lines, i, lines.ends[i]!) };
  return { node: { type: 'heading', depth, children, position }, next: i + 1 };
}

/**
 * The lines of a paragraph starting on line i: up to a blank line, or a heading or list that interrupts
 * it. Undefined when a line might do anything else (remark then reads the paragraph).
 */
export function paragraphLines(lines: Lines, i: number, last = lines.count - 1): number | undefined {
  if (isDefinitionStart(lineText(lines, i))) return undefined;
  let k = i + 1;
  while (k <= last && !isBlankOrInterrupting(lines, k)) {
    if (!continuesParagraph(lines, k)) return undefined;
    k++;
  }
  return k;
}

function isBlankOrInterrupting(lines: Lines, k: number): boolean {
  return lines.starts[k] === trimEnd(lines.source, lines.starts[k]!, lines.ends[k]!) || interruptsParagraph(lines, k);
}

/** remark's reading of a paragraph whose lines are known but whose inline content is not read here. */
export type ParagraphFallback = (line: number, from: number, to: number) => Paragraph | undefined;

/**
 * The paragraph whose text runs from `from` on line i to the end of line `next - 1`; its inline content
 * read by remark (`fallback`) when the inline reader refuses it.
 */
export function readParagraph(
  lines: Lines,
  i: number,
  from: number,
  next: number,
  fallback?: ParagraphFallback,
): Paragraph | undefined {
  const pieces: Piece[] = [{ line: i, from, to: lines.ends[i]! }];
  for (let k = i + 1; k < next; k++)
    pieces.push({ line: k, from: lines.starts[k]! + indentOf(lines, k), to: lines.ends[k]! });
  const children = readInline(lines, pieces);
  if (!children) return fallback?.(i, from, lines.ends[next - 1]!);
  const position = { start: pointAt(lines, i, from), end: pointAt(lines, next - 1, lines.ends[next - 1]!) };
  return { type: 'paragraph', children, position };
}
