import type { Paragraph, RootContent } from 'mdast';
import { type AdoptersDocument, endOf, startOf } from '../document.js';
import { displayText, isGenericLinkText } from '../inline.js';
import type { Entry, FieldSpan } from '../model.js';
import { closesPage } from '../page-closer.js';
import { makeEntry } from './entry.js';
import { type InlineFields, readInlineFields } from './inline-fields.js';
import { textWithin } from './inline-spans.js';

/**
 * A paragraph that opens with an emphasized or linked name (`**_[Acme](…)_** - text`, `**Acme:** text`,
 * `**[Acme](…)**` followed by paragraphs) starts an entry.
 */
export function paragraphEntryStart(doc: AdoptersDocument, node: RootContent): InlineFields | undefined {
  if (node.type !== 'paragraph') return undefined;
  const fields = readInlineFields(doc, node.children, { end: endOf(node), context: 'text' });
  if (!fields || !fields.nameLike) return undefined;
  if (fields.style === 'plain') return isNameAndSite(doc, node, fields) ? fields : undefined;
  const wrapped = /^[*_]/.test(doc.source.slice(fields.head.start, fields.head.end));
  if (fields.style === 'emphasized' || wrapped) return fields;
  // A bare link starts an entry only when a separator or the end of the line follows it.
  const after = doc.source.slice(fields.head.end, endOf(node));
  return /^[ \t]*(?:[-–—:]|<br\s*\/?>|\\?\r?\n|$)/.test(after) ? fields : undefined;
}

/**
 * `Docker Hub https://hub.docker.com/` alone on its line: a plain name is an entry's only when its site
 * follows it and nothing else does (words before an address are a sentence's as often as a name's).
 */
function isNameAndSite(doc: AdoptersDocument, node: Paragraph, fields: InlineFields): boolean {
  const text = doc.source.slice(startOf(node), endOf(node));
  return Boolean(fields.url) && !fields.description && !fields.contact && !/\n/.test(text.trim());
}

/** Blocks that end a run of paragraph entries. */
const BREAKS = new Set(['heading', 'thematicBreak', 'table', 'definition']);

function toEntry(doc: AdoptersDocument, paragraph: Paragraph, fields: InlineFields, blocks: RootContent[]): Entry {
  const last = blocks[blocks.length - 1]!;
  const spans: FieldSpan[] = [...fields.spans];
  let description = fields.description;
  let shape = fields.shape;
  // `**[Acme](…)**` alone, its story in the paragraph below (separated by a blank line).
  const next = blocks[1];
  if (!description && next?.type === 'paragraph' && !fields.url?.startsWith('#')) {
    const range = { start: startOf(next), end: endOf(next) };
    description = textWithin(doc, next.children, range) || undefined;
    if (description) {
      spans.push({
        field: 'description',
        ...range,
        context: 'text',
        remove: [{ start: fields.head.end, end: range.end }],
      });
      shape += ' ¶D';
    }
  }
  return makeEntry(doc, {
    start: startOf(paragraph),
    end: endOf(last),
    name: fields.name,
    url: fields.url,
    description,
    contact: fields.contact,
    logo: fields.logo,
    spans,
    shape,
    wellFormed: !fields.malformed,
    copyable: fields.copyable,
    nameLike: fields.nameLike,
  });
}

/** An entry's opening paragraph, what it says, and every block up to the next entry. */
interface Pending {
  paragraph: Paragraph;
  fields: InlineFields;
  blocks: RootContent[];
}

/**
 * The last entry takes what follows it up to the next heading, a closing remark ("The applications above
 * are in no order.") included. Where every other entry has the same number of blocks, the last one has
 * that many too: what comes after is the page's, not the entry's.
 */
function withoutTrailingNote(pending: Pending[]): Pending[] {
  const last = pending[pending.length - 1];
  // The wrapper's closing tag or the page's invitation after the last entry: never the entry's.
  if (last && last.blocks.length > 1 && closesPage(last.blocks[last.blocks.length - 1]!)) {
    let keep = last.blocks.length - 1;
    while (keep > 1 && closesPage(last.blocks[keep - 1]!)) keep--;
    return withoutTrailingNote([...pending.slice(0, -1), { ...last, blocks: last.blocks.slice(0, keep) }]);
  }
  if (pending.length < 3) return pending;
  const size = pending[0]!.blocks.length;
  if (last!.blocks.length <= size || pending.slice(0, -1).some((p) => p.blocks.length !== size)) return pending;
  return [...pending.slice(0, -1), { ...last!, blocks: last!.blocks.slice(0, size) }];
}

/**
 * `*Projects using it*` over a list of linked names: a paragraph wholly in emphasis, without a link,
 * that heads a list whose items each open with a link is that list's title, as a heading would be. (A
 * name in bold over a list of its own details, `- Website: …`, stays an entry.)
 */
function titlesList(p: Pending): boolean {
  const kids = p.paragraph.children;
  if (p.fields.url || kids.length !== 1 || (kids[0]!.type !== 'emphasis' && kids[0]!.type !== 'strong')) return false;
  return p.blocks.some(
    (b) =>
      b.type === 'list' &&
      b.children.length >= 2 &&
      b.children.every((item) => {
        const first = item.children[0];
        const opening = first?.type === 'paragraph' ? first.children[0] : undefined;
        return opening?.type === 'link' && !isGenericLinkText(displayText(opening).trim());
      }),
  );
}

/** Every run of paragraph entries among a section's blocks, each run as a list of entries. */
export function readParagraphRuns(
  doc: AdoptersDocument,
  blocks: RootContent[],
  /** Blocks read otherwise (a wall of logos), which end a run too. */
  readElsewhere: (block: RootContent) => boolean = () => false,
): Entry[][] {
  const runs: Entry[][] = [];
  let pending: Pending[] = [];
  let current: Pending | undefined;
  const flushEntry = () => {
    const label = current && titlesList(current);
    if (current && !label) pending.push(current);
    current = undefined;
    // The label ends the run before it; its list is a run of its own.
    if (label) flushRun();
  };
  const flushRun = () => {
    flushEntry();
    const entries = withoutTrailingNote(pending).map((p) => toEntry(doc, p.paragraph, p.fields, p.blocks));
    // One line of a name and an address among prose is a sentence; several in a row are a list. So is
    // one linked picture (a badge, a banner): a wall of one logo is a decoration, not a list. One paragraph
    // wholly in emphasis and without a link (`*None yet.*`, `*Made by Jane, 2026.*`) is a note.
    const [only] = entries.length === 1 ? entries : [];
    const note = () => {
      const kids = pending[0]!.paragraph.children;
      return !only!.url && kids.length === 1 && (kids[0]!.type === 'emphasis' || kids[0]!.type === 'strong');
    };
    const alone = only !== undefined && (note() || pending[0]!.fields.style === 'plain' || only.logo !== undefined);
    if (entries.length && !alone) runs.push(entries);
    pending = [];
  };
  for (const node of blocks) {
    const fields = readElsewhere(node) ? undefined : paragraphEntryStart(doc, node);
    if (fields && node.type === 'paragraph') {
      flushEntry();
      current = { paragraph: node, fields, blocks: [node] };
    } else if (BREAKS.has(node.type) || readElsewhere(node)) {
      flushRun();
    } else if (current) {
      current.blocks.push(node);
    } else if (pending.length) {
      flushRun();
    }
  }
  flushRun();
  return runs;
}
