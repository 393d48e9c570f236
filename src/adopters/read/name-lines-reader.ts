import type { Paragraph } from 'mdast';
import { type AdoptersDocument, endOf, startOf } from '../document.js';
import type { Entry } from '../model.js';
import { makeEntry } from './entry.js';
import { readInlineFields } from './inline-fields.js';
import { paragraphLines } from './paragraph-lines.js';

/** Fewer lines than this are an address, a signature, a title over a date: not yet a list. */
const MIN_LINES = 4;

/**
 * A paragraph that names one adopter per line and nothing else (`Animal Logic` / `Apple` / `Crafty Apes`,
 * or `[Acme](https://acme.com)` on each line): a list the file keeps without list markers. Only soft line
 * breaks: a hard break (`␠␠`, `\`) belongs to the line before it, which an entry appended after the last
 * line would have to change.
 */
export function readNameLines(doc: AdoptersDocument, paragraph: Paragraph): Entry[] | undefined {
  if (paragraph.children.some((n) => n.type === 'break')) return undefined;
  const lines = paragraphLines(doc, paragraph);
  if (lines.length < MIN_LINES) return undefined;
  const entries: Entry[] = [];
  for (const line of lines) {
    const fields = readInlineFields(doc, line.children, { end: endOf(line), context: 'text' });
    if (!fields?.nameLike || fields.logo || fields.description || fields.contact) return undefined;
    // A line that ends in a comma or a colon goes on: the paragraph is a sentence wrapped by hand.
    if (/[,:;]$/.test(doc.source.slice(startOf(line), endOf(line)))) return undefined;
    entries.push(
      makeEntry(doc, {
        start: startOf(line),
        end: endOf(line),
        name: fields.name,
        url: fields.url,
        spans: fields.spans,
        shape: `line ${fields.shape}`,
        wellFormed: !fields.malformed,
        copyable: fields.copyable,
        nameLike: true,
      }),
    );
  }
  // One shape on every line: a hand-wrapped sentence changes shape (a link in one line, words in the next).
  return new Set(entries.map((e) => e.shape)).size === 1 ? entries : undefined;
}
