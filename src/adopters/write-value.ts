import { type AdoptersDocument, lineOf, lineStart } from './document.js';
import { escapeInline, linkDestination } from './escape.js';
import type { EntryFields, FieldSpan } from './entry-fields.js';
import type { Container } from './model.js';
import { attribute } from './render/render-line-entry.js';
import { detectWrap, wrapWords } from './render/wrap.js';

/** A value as it must be written into a span of its context, so it reads back exactly as given. */
export function writeValue(doc: AdoptersDocument, span: FieldSpan, value: string): string {
  switch (span.context) {
    case 'link-destination':
      return linkDestination(value);
    case 'autolink':
      // A bare URL in a table cell must not carry a pipe; WHATWG leaves `|` as it is.
      return linkDestination(value).replace(/\|/g, '%7C');
    case 'html-attribute': {
      const quote = doc.source[span.start - 1];
      const escaped = attribute(value).replace(/'/g, '&#39;');
      return quote === '"' || quote === "'" ? escaped : `"${escaped}"`;
    }
    case 'list-number':
      return value;
    default:
      return escapeInline(value);
  }
}

/**
 * The lead most described siblings write between the name and the description, for an entry that
 * had none; undefined when too few siblings carry a description for the list to have a place for one
 * (the same rule as for a new entry: one odd entry does not make a description column).
 */
export function siblingLead(doc: AdoptersDocument, container: Container, fieldsOf: (i: number) => EntryFields) {
  const counts = new Map<string, number>();
  let described = 0;
  container.entries.forEach((e, i) => {
    if (e.catchAll || !e.hasDescription) return;
    described++;
    const lead = fieldsOf(i).descriptionLead;
    if (lead !== undefined) counts.set(lead, (counts.get(lead) ?? 0) + 1);
  });
  if (described * 5 < container.entries.length) return undefined;
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return best === undefined ? ' - ' : best.replace(/\r?\n/g, doc.eol) || ' ';
}

/**
 * A description written into its span: escaped, and hard-wrapped at the list's width when the list
 * wraps its entries (continuation lines indented as the list indents them). `lead` goes before a
 * description put into an empty slot.
 */
export function writeDescription(
  doc: AdoptersDocument,
  container: Container,
  span: FieldSpan,
  value: string,
  lead = '',
): string {
  const text = escapeInline(value);
  const wrap = span.context === 'inline-text' ? detectWrap(doc, container) : undefined;
  if (!wrap) return lead + text;
  const before = doc.source.slice(lineStart(doc, lineOf(doc, span.start)), span.start);
  const lastLine = (before + lead).split(/\r?\n/).pop() ?? '';
  const lines = wrapWords(lastLine, text.split(' '), wrap);
  return lead + lines.join(doc.eol).slice(lastLine.length);
}
