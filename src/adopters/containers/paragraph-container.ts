import type { Paragraph, RootContent } from 'mdast';
import { type AdoptersDocument, endOf, lineOf, lineStart, startOf } from '../document.js';
import { type NamePart, readNamePart } from '../inline.js';
import type { Container, Entry } from '../model.js';
import { describes, isCatchAll, isNameLike, namePartShape, separatorOf, tailAfterName } from '../entry-traits.js';
import { isLoose } from './loose.js';

/**
 * containerd's `**_[Name](url)_** - text`, harbor's `**Name:** text`, antrea's `**[Name](url)**` followed
 * by paragraphs: an entry starts with a paragraph that opens with a bold (or italic) name, or with a
 * linked name and a separator, and owns the blocks after it up to the next such paragraph.
 */
export function entryStart(doc: AdoptersDocument, node: RootContent): NamePart | undefined {
  if (node.type !== 'paragraph') return undefined;
  const part = readNamePart(doc, node.children);
  if (!part || !isNameLike(part)) return undefined;
  if (part.open) return part;
  if (part.linked && /^[ \t]*(?:[-–—:]|\r?\n|$)/.test(doc.source.slice(part.end, endOf(node)))) return part;
  return undefined;
}

/** Blocks that end a run of paragraph entries. */
const BREAKS = new Set(['heading', 'thematicBreak', 'table', 'definition']);

/** Finds every run of paragraph entries among a section's blocks. */
export function readParagraphContainers(
  doc: AdoptersDocument,
  blocks: RootContent[],
  section: string | null,
): Container[] {
  const containers: Container[] = [];
  let entries: Entry[] = [];
  let current: { paragraph: Paragraph; part: NamePart; blocks: RootContent[] } | undefined;
  const flushEntry = () => {
    if (current) entries.push(toEntry(doc, current.paragraph, current.part, current.blocks));
    current = undefined;
  };
  const flushRun = () => {
    flushEntry();
    if (entries.length) containers.push(toContainer(doc, entries, section));
    entries = [];
  };
  for (const node of blocks) {
    const part = entryStart(doc, node);
    if (part && node.type === 'paragraph') {
      flushEntry();
      current = { paragraph: node, part, blocks: [node] };
    } else if (BREAKS.has(node.type)) {
      flushRun();
    } else if (current) {
      current.blocks.push(node);
    } else if (entries.length) {
      flushRun();
    }
  }
  flushRun();
  return containers;
}

function toEntry(doc: AdoptersDocument, paragraph: Paragraph, part: NamePart, blocks: RootContent[]): Entry {
  const last = blocks[blocks.length - 1]!;
  const tail = tailAfterName(doc, part, endOf(blocks.length > 1 ? last : paragraph));
  const hasDescription = describes(tail);
  return {
    start: lineStart(doc, lineOf(doc, startOf(paragraph))),
    end: endOf(last),
    startLine: lineOf(doc, startOf(paragraph)),
    endLine: lineOf(doc, endOf(last)),
    name: part.name,
    url: part.url,
    hasDescription,
    catchAll: isCatchAll(part.name),
    shape: `paragraph|${namePartShape(part)}|${hasDescription ? separatorOf(tail).replace(/[ \t]+$/, '') : ''}`,
    wellFormed: !part.malformed,
    source: { kind: 'paragraph', paragraph, part },
  };
}

function toContainer(doc: AdoptersDocument, entries: Entry[], section: string | null): Container {
  return {
    kind: 'paragraphs',
    entries,
    start: entries[0]!.start,
    end: entries[entries.length - 1]!.end,
    section,
    loose: entries.length > 1 ? isLoose(entries, doc) : true,
  };
}
