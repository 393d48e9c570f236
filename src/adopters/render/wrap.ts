import { type AdoptersDocument, lineText } from '../document.js';
import type { Container } from '../model.js';
import { startsBlock } from '../escape.js';

export interface WrapStyle {
  width: number;
  /** Leading whitespace of continuation lines (list items indent them under the content). */
  indent: string;
}

/** A soft-wrapped line: followed, inside the same entry, by a line that continues its paragraph. */
function isSoftBreak(line: string, next: string | undefined): boolean {
  if (next === undefined || !next.trim() || !line.trim()) return false;
  if (/ {2}$|\\$|<br\s*\/?>\s*$/i.test(line)) return false;
  return !/^\s*(?:[-+*]|\d{1,9}[.)])\s/.test(next) && !/^\s*(?:#|>|\||```|<)/.test(next);
}

/**
 * Do the container's entries hard-wrap their text (cri-o at ~80 columns, rook at ~100)? When several
 * entries do, and at least as many as leave long lines unwrapped, new entries wrap at the width most
 * wrapped lines stay within.
 */
export function detectWrap(doc: AdoptersDocument, container: Container): WrapStyle | undefined {
  if (container.kind !== 'list' && container.kind !== 'paragraphs') return undefined;
  const broken: number[] = [];
  const longest: number[] = [];
  const indents = new Map<string, number>();
  let wrappedEntries = 0;
  for (const entry of container.entries) {
    let wrapped = false;
    let max = 0;
    for (let line = entry.startLine; line <= entry.endLine; line++) {
      const text = lineText(doc, line).trimEnd();
      max = Math.max(max, text.length);
      const next = line < entry.endLine ? lineText(doc, line + 1) : undefined;
      // A line that is one unbreakable token (a long link) says nothing about the width.
      if (!isSoftBreak(text, next) || !/\S\s+\S/.test(text.trim())) continue;
      wrapped = true;
      broken.push(text.length);
      const indent = /^\s*/.exec(next ?? '')?.[0] ?? '';
      indents.set(indent, (indents.get(indent) ?? 0) + 1);
    }
    if (wrapped) wrappedEntries++;
    longest.push(max);
  }
  if (wrappedEntries < 2) return undefined;
  const sorted = [...broken].sort((a, b) => a - b);
  const width = sorted[Math.floor((sorted.length - 1) * 0.9)] ?? 0;
  const unwrapped = longest.filter((m) => m > width + 20).length;
  if (width < 40 || width > 120 || unwrapped > wrappedEntries) return undefined;
  const indent = [...indents.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  return { width, indent };
}

/**
 * Fills words into lines no wider than the style's width (a word longer than the width gets a line of
 * its own). A line never starts with a word that would open a block.
 */
export function wrapWords(firstPrefix: string, words: string[], style: WrapStyle): string[] {
  const lines: string[] = [];
  let current = firstPrefix;
  let empty = true;
  for (const word of words) {
    const candidate = empty ? current + word : `${current} ${word}`;
    if (!empty && candidate.length > style.width && !startsBlock(word)) {
      lines.push(current);
      current = style.indent + word;
    } else {
      current = candidate;
    }
    empty = false;
  }
  lines.push(current);
  return lines;
}
