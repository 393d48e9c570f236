import type { Paragraph } from 'mdast';
import { type AdoptersDocument, endOf } from '../document.js';
import { displayText, squash } from '../inline.js';
import type { FieldSpan, Range } from '../model.js';
import { linkParts } from './link-parts.js';

/**
 * A paragraph that opens with a link on the heading's name (`[Acme](https://acme.com) uses it …`): the
 * link is the site and the name again, what follows it the description.
 */
export function openingNameLink(
  doc: AdoptersDocument,
  paragraph: Paragraph,
  name: string,
): { url: string; spans: FieldSpan[]; rest: Range; linkEnd: number } | undefined {
  const link = paragraph.children[0];
  if (link?.type !== 'link') return undefined;
  const parts = linkParts(doc, link);
  const text = squash(displayText(link));
  const wanted = squash(name);
  if (parts.kind !== 'inline' || !parts.destination || !text || !(wanted.startsWith(text) || text.startsWith(wanted)))
    return undefined;
  let start = endOf(link);
  while (start < endOf(paragraph) && /[ \t]/.test(doc.source[start]!)) start++;
  // What follows the link is its story (or nothing: the link alone).
  const unlink = [
    { start: parts.start, end: parts.text.start },
    { start: parts.text.end, end: parts.end },
  ];
  return {
    url: link.url,
    spans: [
      { field: 'name', ...parts.text, context: 'link-text' },
      { field: 'url', ...parts.destination, remove: unlink },
    ],
    rest: { start, end: endOf(paragraph) },
    linkEnd: endOf(link),
  };
}
