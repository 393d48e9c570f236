import type { Paragraph, PhrasingContent, Text } from 'mdast';
import { type AdoptersDocument, endOf, startOf } from '../document.js';

/**
 * A paragraph cut into its lines, each a paragraph of its own with the source positions of its part:
 * `Status: …␠␠` / `Country: …␠␠` / `Usage: …` under a heading are three labelled lines, written as one
 * paragraph with hard (or soft) breaks. A text node that runs over a line end is cut at it.
 */
export function paragraphLines(doc: AdoptersDocument, paragraph: Paragraph): Paragraph[] {
  const lines: PhrasingContent[][] = [[]];
  const current = () => lines[lines.length - 1]!;
  for (const node of paragraph.children) {
    if (node.type === 'break') {
      lines.push([]);
      continue;
    }
    if (node.type !== 'text' || !doc.source.slice(startOf(node), endOf(node)).includes('\n')) {
      current().push(node);
      continue;
    }
    let from = startOf(node);
    for (const part of doc.source.slice(startOf(node), endOf(node)).split('\n')) {
      const to = from + part.length;
      if (part.trim()) current().push(textPart(node, part, from, to));
      from = to + 1;
      if (from <= endOf(node)) lines.push([]);
    }
  }
  return lines
    .filter((l) => l.length)
    .map((children) => ({
      type: 'paragraph',
      children,
      position: { start: children[0]!.position!.start, end: children[children.length - 1]!.position!.end },
    }));
}

function textPart(node: Text, value: string, start: number, end: number): Text {
  const at = (offset: number) => ({ line: 0, column: 0, offset });
  return { ...node, value, position: { start: at(start), end: at(end) } };
}
