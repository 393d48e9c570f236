import type { AdoptersDocument } from './document.js';
import type { Entry, FieldSpan } from './model.js';

export type { FieldSpan, SpanContext } from './model.js';

/**
 * Where an entry keeps each of its values, as exact source spans with their context (a link's text or
 * destination, a cell, an attribute, inline text): what an update rewrites, and all it rewrites.
 */
export interface EntryFields {
  /** Every span that displays the name (a link's text, a cell, a heading, an `<img>`'s alt). */
  name: FieldSpan[];
  /** Every span that holds the organization's website (a destination, a bare URL, an attribute). */
  url: FieldSpan[];
  /** Text derived from the website (`[acme.com](https://acme.com)`): rewritten with it. */
  urlText: FieldSpan[];
  /** The description, when the entry has one. */
  description?: FieldSpan;
  /** For a description: the raw text between what precedes it and it (` - `, `: `, `  \n`). */
  descriptionLead?: string;
  /** Every span that holds the logo's address. */
  logo: FieldSpan[];
  /** The number of an ordered list item. */
  ordinal?: FieldSpan;
}

/**
 * The source spans of an entry's name, website, description and logo. The engine's reading of an entry
 * carries them (see model.ts): this is the one place the change code gets them from.
 */
export function entryFields(doc: AdoptersDocument, entry: Entry): EntryFields {
  const of = (field: FieldSpan['field']) => entry.spans.filter((s) => s.field === field);
  const description = of('description')[0];
  const removed = description?.remove?.find((r) => r.start <= description.start && r.end >= description.end);
  return {
    name: of('name'),
    url: of('url'),
    urlText: of('url-text'),
    description,
    descriptionLead: removed ? doc.source.slice(removed.start, description!.start) : undefined,
    logo: of('logo'),
    ordinal: of('ordinal')[0],
  };
}

/** Where a span's surroundings end: its own end, or the end of what goes with it (`](url)` after a URL). */
export function spanReach(span: FieldSpan): number {
  return Math.max(span.end, ...(span.remove ?? []).map((r) => r.end));
}
