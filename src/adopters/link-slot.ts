import type { Nodes } from 'mdast';
import { type AdoptersDocument, endOf, startOf } from './document.js';
import type { Container, Entry } from './model.js';

/** A web link (not `mailto:`, not an in-page anchor) inside the offsets [start, end). */
function hasWebLink(node: Nodes, start: number, end: number): boolean {
  if (endOf(node) <= start || startOf(node) >= end) return false;
  if (node.type === 'link' && /^https?:/i.test(node.url)) return true;
  return 'children' in node && node.children.some((child) => hasWebLink(child, start, end));
}

/** The entry shows an organization's link: in its name, its link cell or after it, or (one heading per adopter) in its fields. */
function carriesLink(doc: AdoptersDocument, entry: Entry): boolean {
  if (entry.url !== undefined) return true;
  return entry.source.kind === 'heading' && hasWebLink(doc.tree, entry.start, entry.end);
}

/**
 * Whether the entries of `container` carry the organization's link, so that a new one, written like
 * `template` (the entry whose shape it copies), must have a URL: a table with a link column, a template
 * with a link (a linked name, a trailing site link, a Website field), or most of the entries linked.
 * Without a URL an entry is written only where this is false: a plain `- Name` list, a table without a
 * link column. With one, it says whether the new entry shows it (verify.ts then checks that it links
 * exactly that URL).
 */
export function entriesCarryLinks(doc: AdoptersDocument, container: Container, template: Entry): boolean {
  if (container.columns && container.columns.url >= 0) return true;
  if (carriesLink(doc, template)) return true;
  const entries = container.entries.filter((e) => !e.catchAll);
  return entries.filter((e) => carriesLink(doc, e)).length * 2 > entries.length;
}

export const NEEDS_URL_REASON =
  "this file's entries carry links (a linked name, a link column or a site link), so the new entry needs its website's URL";
