import { indentOf, isBlank, type Lines } from './lines.js';

/** A list item's marker line: what kind of list it continues and where its content begins. */
export interface Marker {
  indent: number;
  /** `-`, `*`, `+`, or `.`/`)` for ordered items: items of one list share it. */
  kind: string;
  /** The ordered item's number, undefined for bullets. */
  value: number | undefined;
  /** Column (0-based, from the line start) where the item's content begins: lines indented this far belong to it. */
  contentIndent: number;
  /** No content on the marker line, or content that starts with an indented code block. */
  unusual: boolean;
}

const MARKER = /^( {0,3})(?:([-*+])|(\d{1,9})([.)]))(?=[ \t]|$)/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const ATX = /^ {0,3}#{1,6}(?=[ \t]|$)/;
// A table's delimiter row, or a setext underline: either turns the line before it into something else.
const UNDERLINE = /^ {0,3}[|:=-][ \t|:=-]*$/;
// A link reference or footnote definition at the start of a paragraph.
const DEFINITION = /^ {0,3}\[(?:[^\]\\]|\\.)*\]:/;
/**
 * Fenced code and the HTML blocks that run past blank lines (comments, `<pre>`, `<script>`, …), behind
 * any container prefix. Where they may sit inside something the block scan does not follow, the file is
 * left to remark whole.
 */
export const LONG_BLOCK = /^[ \t>*+\-\d.)]*(?:```|~~~|<!--|<\?|<![A-Za-z[]|<(?:script|pre|style|textarea)(?:[\s>]|$))/i;

export function lineText(lines: Lines, i: number): string {
  return lines.source.slice(lines.starts[i], lines.ends[i]);
}

/**
 * The line's text from column `base` on (the content column of the container it sits in), or undefined
 * when the line is indented less than that or with a tab.
 */
export function textFrom(lines: Lines, i: number, base: number): string | undefined {
  const indent = indentOf(lines, i);
  return indent < base ? undefined : lineText(lines, i).slice(base);
}

/** A list item marker on line i, relative to a container whose content starts at column `base`. */
export function markerAt(lines: Lines, i: number, base = 0): Marker | undefined {
  const text = textFrom(lines, i, base);
  const m = text === undefined ? null : MARKER.exec(text);
  if (!m || THEMATIC_BREAK.test(text!)) return undefined;
  const end = m[0].length;
  let k = end;
  while (text!.charCodeAt(k) === 32) k++;
  const unusual = k === text!.length || text!.charCodeAt(k) === 9 || k - end > 4;
  return {
    indent: base + m[1]!.length,
    kind: m[2] ?? m[4]!,
    value: m[3] === undefined ? undefined : Number(m[3]),
    contentIndent: base + (unusual ? end + 1 : k),
    unusual,
  };
}

/** Could the text (a block's first line, indentation removed) start anything but a plain paragraph? */
export function startsOtherBlock(text: string): boolean {
  return (
    /^(?:[#>`~<|]|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/.test(text) ||
    THEMATIC_BREAK.test(text) ||
    DEFINITION.test(text) ||
    LONG_BLOCK.test(text)
  );
}

export function isAtxHeading(lines: Lines, i: number): boolean {
  return ATX.test(lineText(lines, i));
}

export function isThematicBreak(lines: Lines, i: number): boolean {
  return THEMATIC_BREAK.test(lineText(lines, i));
}

export function isDefinitionStart(text: string): boolean {
  return DEFINITION.test(text);
}

/**
 * Can line i continue the paragraph above it as plain text? Refused when it might instead start or
 * change a block (a heading, a list, a quote, a fence, HTML, a table, a setext underline, a break), even
 * where CommonMark would read it as continuation text: those cases go to remark.
 */
export function continuesParagraph(lines: Lines, i: number, base = 0): boolean {
  if (isBlank(lines, i)) return false;
  const text = textFrom(lines, i, base);
  if (text === undefined) return false;
  const indent = /^ */.exec(text)![0].length;
  if (indent >= 4) return true; // indented code cannot interrupt a paragraph
  if (UNDERLINE.test(text) || markerAt(lines, i, base) || THEMATIC_BREAK.test(text)) return false;
  return !/^[#>`~<|]/.test(text.slice(indent)) && !LONG_BLOCK.test(text);
}

/** Does a paragraph end at line i because a block starts there that interrupts it (read natively)? */
export function interruptsParagraph(lines: Lines, i: number, base = 0): boolean {
  const text = textFrom(lines, i, base);
  if (text === undefined) return false;
  if (ATX.test(text)) return true;
  const marker = markerAt(lines, i, base);
  // An ordered item interrupts only when its number is `1` as written (micromark checks the digit, so
  // `01.` does not).
  const one = marker && lineText(lines, i).slice(marker.indent).startsWith('1');
  return Boolean(marker && !marker.unusual && (marker.value === undefined || (marker.value === 1 && one)));
}
