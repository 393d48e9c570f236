import type { RootContent } from 'mdast';
import type { AdoptersDocument } from './document.js';
import type { ContainerKind, Entry } from './model.js';
import { isAnchorList, isHtmlList, isLogoBlock, readLogoLines } from './read/logo-wall-reader.js';
import { readHtmlTableRun } from './read/html-table-reader.js';
import { readTagRun, tagLinesOf } from './read/tag-line-reader.js';

/**
 * Entries written in markup rather than Markdown: a wall of logos, a list written in HTML, template tags
 * (one per line), the rows of an HTML table. `last` is the last block the run takes; `entries` is empty where the markup lists no
 * adopters (text anchors alone are a footer's links, no wall).
 */
export interface MarkupRun {
  kind: Extract<ContainerKind, 'logos' | 'tag-lines'>;
  entries: Entry[];
  last: number;
}

export function markupRun(doc: AdoptersDocument, blocks: RootContent[], index: number): MarkupRun | undefined {
  const block = blocks[index]!;
  // A table of rows, an adopter per row, each naming its adopter in words (a logo is shown beside them).
  const rows = readHtmlTableRun(doc, blocks, index);
  if (rows) return { kind: 'tag-lines', ...rows };
  if (isLogoBlock(doc, block)) {
    const entries = readLogoLines(doc, block);
    return { kind: 'logos', entries: entries.some((e) => e.logo) ? entries : [], last: index };
  }
  if (isHtmlList(doc, block) || isAnchorList(doc, block))
    return { kind: 'tag-lines', entries: readLogoLines(doc, block), last: index };
  const tags = readTagRun(doc, blocks, index);
  // Tags that show pictures are a wall of logos: an entry without a logo has no place there.
  if (tags) return { kind: tags.entries.some((e) => e.logo) ? 'logos' : 'tag-lines', ...tags };
  return undefined;
}

/** A block written in markup, which no reader of Markdown paragraphs should take for prose or names. */
export function isMarkupBlock(doc: AdoptersDocument, block: RootContent): boolean {
  return isLogoBlock(doc, block) || tagLinesOf(doc, block) !== undefined;
}
