import { type AdoptersDocument, lineOf, lineStart } from '../document.js';
import { isCatchAll, isPlaceholder } from '../entry-traits.js';
import type { Entry, FieldSpan } from '../model.js';
import { sortSpans } from './inline-spans.js';

/** The values an entry reader found, and where they sit. */
export interface EntryReading {
  start: number;
  end: number;
  name: string;
  url?: string;
  description?: string;
  logo?: string;
  contact?: string;
  group?: string;
  groupKey?: string;
  spans: FieldSpan[];
  shape: string;
  wellFormed: boolean;
  /** Readable and valid, but not a shape to copy (it lists several people). Default: true. */
  copyable?: boolean;
  nameLike: boolean;
  /** Known to be a template from where it stands (a table row that repeats its header's words). */
  template?: boolean;
}

/** "Feel free to submit a PR … if you'd like to add your company to this list": the list's, not an adopter. */
function isInvitation(text: string): boolean {
  return /\badd\s+(?:yours|your\s+(?:own\s+)?(?:company|organi[sz]ation|project|team|business|product|name|logo)s?)\b/i.test(
    text,
  );
}

/** An `Entry` from a reader's findings: line-aligned start, lines, and the traits every reader shares. */
export function makeEntry(doc: AdoptersDocument, r: EntryReading): Entry {
  const startLine = lineOf(doc, r.start);
  const name = r.name.replace(/\s+/g, ' ').trim();
  return {
    start: lineStart(doc, startLine),
    end: r.end,
    startLine,
    endLine: lineOf(doc, Math.max(r.start, r.end - 1)),
    name,
    url: r.url,
    description: r.description,
    logo: r.logo,
    contact: r.contact,
    group: r.group,
    groupKey: r.groupKey,
    spans: sortSpans(r.spans),
    shape: r.shape,
    wellFormed: r.wellFormed,
    copyable: r.copyable ?? true,
    nameLike: r.nameLike,
    catchAll: isCatchAll(name),
    placeholder:
      Boolean(r.template) || isPlaceholder(name, r.url) || (!r.url && isInvitation(`${name} ${r.description ?? ''}`)),
  };
}
