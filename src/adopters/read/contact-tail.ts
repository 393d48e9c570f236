import type { Link, PhrasingContent } from 'mdast';
import { type AdoptersDocument, endOf, startOf } from '../document.js';
import type { FieldSpan, Range } from '../model.js';
import { linkParts } from './link-parts.js';

/** `@handle`, `[@handle]`, `(@a, @b & @c)`: the people to ask, not what the adopter does. */
const HANDLES = /^[[(]?\s*@[\w.-]+(?:\s*(?:,|&|\band\b)\s*@[\w.-]+)*\s*[\])]?$/i;
const PROFILE = /github\.com\/[\w.-]+\/?$/i;

export type ContactTail =
  /** One handle: a contact span (and its profile link) a new entry fills or leaves out. */
  | { kind: 'one'; contact: string; spans: FieldSpan[] }
  /** Several handles: read, but an entry that lists them is no sibling to copy. */
  | { kind: 'many' };

/**
 * What follows a name when it lists only GitHub handles (`1. [Acme](…) [[@jane](https://github.com/jane)]`):
 * a contact, never a description. `remove` is the whole tail, separator and brackets included, for an
 * entry given no contact.
 */
export function readContactTail(
  doc: AdoptersDocument,
  kids: PhrasingContent[],
  text: Range,
  value: string,
  remove: Range,
): ContactTail | undefined {
  if (!HANDLES.test(value)) return undefined;
  const handles = value.match(/@[\w.-]+/g) ?? [];
  if (handles.length !== 1) return { kind: 'many' };
  const links = kids.filter((n) => n.type === 'link' && startOf(n) >= text.start && endOf(n) <= text.end);
  const link = links[0];
  if (links.length > 1 || (link?.type === 'link' && !PROFILE.test(link.url))) return undefined;
  if (link?.type !== 'link') {
    const at = doc.source.indexOf('@', text.start);
    const end = at + handles[0].length;
    return {
      kind: 'one',
      contact: handles[0].slice(1),
      spans: [{ field: 'contact', start: at + 1, end, context: 'text', remove: [remove] }],
    };
  }
  return { kind: 'one', ...profileLinkContact(doc, link, remove) };
}

/**
 * `[@jane](https://github.com/jane)`: the handle in the link's text (without its `@`) and the profile
 * address, both taken out with `remove` when a new entry has no contact.
 */
export function profileLinkContact(
  doc: AdoptersDocument,
  link: Link,
  remove: Range,
): { contact: string; spans: FieldSpan[] } {
  const parts = linkParts(doc, link);
  const label = doc.source.slice(parts.text.start, parts.text.end);
  const at = label.startsWith('@') ? 1 : 0;
  const spans: FieldSpan[] = [
    { field: 'contact', start: parts.text.start + at, end: parts.text.end, context: 'link-text', remove: [remove] },
  ];
  if (parts.destination)
    spans.push({ field: 'contact-url', ...parts.destination, derive: 'github-profile', remove: [remove] });
  return { contact: label.slice(at), spans };
}
