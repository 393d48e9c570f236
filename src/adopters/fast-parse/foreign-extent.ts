import { LONG_BLOCK, lineText, markerAt } from './block-start.js';
import { indentOf, isBlank, type Lines } from './lines.js';

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HTML_ENDS: [RegExp, string][] = [
  [/^ {0,3}<!--/, '-->'],
  [/^ {0,3}<\?/, '?>'],
  [/^ {0,3}<!\[CDATA\[/, ']]>'],
  [/^ {0,3}<![A-Za-z]/, '>'],
  [/^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i, '</$1>'],
];

/**
 * Where a run of lines that the native readers refuse, starting on line i (where no block is open),
 * ends: the first line after it where remark's parse of the whole file certainly has no block open
 * either. That is a line at column 0 after a blank line (which closes paragraphs, tables, quotes,
 * HTML blocks that end at a blank line, and — the line being unindented — list items and indented
 * code), unless a list may still be open and the line continues it, or the last line before the blank
 * was indented code (micromark then still counts the next line as interrupting a block, so `2. x`
 * there is no list). Fenced code and the HTML blocks
 * that run past blank lines are followed when they open the run; met anywhere else, undefined: the
 * file goes to remark whole.
 */
export function foreignExtent(lines: Lines, i: number): number | undefined {
  let k = i + 1;
  const text = lineText(lines, i);
  const close = longBlockEnd(lines, i, text);
  if (close !== undefined) k = close + 1;
  else if (LONG_BLOCK.test(text)) return undefined;
  let listSeen = markerAt(lines, i) !== undefined;
  let blank = false;
  let lastIndent = indentOf(lines, close ?? i);
  for (; k < lines.count; k++) {
    if (isBlank(lines, k)) {
      blank = true;
      continue;
    }
    const indent = indentOf(lines, k);
    if (indent < 0) return undefined;
    const marker = indent <= 3 ? markerAt(lines, k) : undefined;
    if (blank && indent === 0 && lastIndent < 4 && !(marker && listSeen)) return k;
    if (LONG_BLOCK.test(lineText(lines, k))) return undefined;
    listSeen ||= marker !== undefined;
    blank = false;
    lastIndent = indent;
  }
  return lines.count;
}

/** The last line of a fenced code block or long HTML block opening on line i, if one does. */
function longBlockEnd(lines: Lines, i: number, text: string): number | undefined {
  const fence = FENCE.exec(text);
  if (fence) {
    const mark = fence[1]!;
    if (mark[0] === '`' && fence[2]!.includes('`')) return undefined;
    const closing = new RegExp(`^ {0,3}${mark[0] === '`' ? '`' : '~'}{${mark.length},}[ \\t]*$`);
    for (let k = i + 1; k < lines.count; k++) if (closing.test(lineText(lines, k))) return k;
    return lines.count - 1;
  }
  for (const [open, end] of HTML_ENDS) {
    const m = open.exec(text);
    if (!m) continue;
    const marker = end.replace('$1', m[1] ?? '').toLowerCase();
    let from = m[0].length;
    for (let k = i; k < lines.count; k++, from = 0) {
      if (lineText(lines, k).toLowerCase().indexOf(marker, from) !== -1) return k;
    }
    return lines.count - 1;
  }
  return undefined;
}
