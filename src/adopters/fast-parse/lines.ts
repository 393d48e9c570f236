import type { Point, Position } from 'unist';

/**
 * The file cut into lines once: where each line starts, where its text ends (before `\r\n` or `\n`),
 * and how far it is indented. Every reader works on offsets into the one source string, so nothing is
 * copied per line and positions come out as remark gives them (1-based line and column, 0-based offset,
 * columns counted in UTF-16 units like micromark's).
 */
export interface Lines {
  source: string;
  /** Offset of the first character of each line (index 0 = line 1). */
  starts: number[];
  /** Offset just past each line's text, its line ending excluded. */
  ends: number[];
  count: number;
}

/**
 * Returns undefined for what no reader here handles at all: a lone `\r` line ending (micromark counts
 * it as a line break, so every later position would shift), NUL (micromark replaces it) and a byte-order
 * mark (remark's positions do not skip it).
 */
export function splitLines(source: string): Lines | undefined {
  if (source.charCodeAt(0) === 0xfeff || source.includes('\0')) return undefined;
  const starts: number[] = [];
  const ends: number[] = [];
  let start = 0;
  // The next `\r`, searched again only once passed (searching from every line start would be quadratic).
  let cr = source.indexOf('\r');
  for (;;) {
    const nl = source.indexOf('\n', start);
    const end = nl === -1 ? source.length : nl > start && source.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    if (cr !== -1 && cr < end) return undefined;
    if (cr === end && end < source.length) cr = source.indexOf('\r', end + 1);
    starts.push(start);
    ends.push(end);
    if (nl === -1) break;
    start = nl + 1;
  }
  return { source, starts, ends, count: starts.length };
}

export function isBlank(lines: Lines, i: number): boolean {
  const { source } = lines;
  for (let k = lines.starts[i]!; k < lines.ends[i]!; k++) {
    const c = source.charCodeAt(k);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * Leading spaces of line i, or -1 when its indentation holds a tab: a tab's width depends on its column
 * and on the containers around it, which the fast readers leave to remark.
 */
export function indentOf(lines: Lines, i: number): number {
  const { source } = lines;
  const start = lines.starts[i]!;
  let k = start;
  while (k < lines.ends[i]! && source.charCodeAt(k) === 32) k++;
  return source.charCodeAt(k) === 9 ? -1 : k - start;
}

/** A point on line i (0-based) at an offset within it. */
export function pointAt(lines: Lines, i: number, offset: number): Point {
  return { line: i + 1, column: offset - lines.starts[i]! + 1, offset };
}

export function span(lines: Lines, startLine: number, start: number, endLine: number, end: number): Position {
  return { start: pointAt(lines, startLine, start), end: pointAt(lines, endLine, end) };
}

/** Offset just past the last character of [from, to) that is not a space or tab (`from` when none is). */
export function trimEnd(source: string, from: number, to: number): number {
  while (to > from && (source.charCodeAt(to - 1) === 32 || source.charCodeAt(to - 1) === 9)) to--;
  return to;
}
