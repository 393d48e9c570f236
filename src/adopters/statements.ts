import { type AdoptersDocument, endOf, startOf } from './document.js';
import { entryDate } from './entry-dates.js';
import { displayText } from './inline.js';
import type { Container } from './model.js';
import { decideOrder, type OrderPolicy } from './order.js';
import { isGroupedByColumn } from './default-group.js';

interface Prose {
  offset: number;
  text: string;
  /** A block that shows a picture: after a list, what follows it is about the picture. */
  picture: boolean;
}

/** The file's own words outside its entries: paragraphs, notes, headings and HTML comments (not code). */
function proseBlocks(doc: AdoptersDocument, containers: Container[]): Prose[] {
  // A block that holds entries is not prose (a table of them starts at its header row, above its first).
  const holdsEntries = (start: number, end: number) => containers.some((c) => start < c.end && end > c.start);
  const prose: Prose[] = [];
  for (const node of doc.tree.children) {
    const offset = startOf(node);
    if (offset < doc.bodyStart || node.type === 'code' || node.type === 'definition') continue;
    if (holdsEntries(offset, endOf(node))) {
      // Its header row still speaks for it (`| Organization (A to Z) | Use |`).
      const header = node.type === 'table' ? node.children[0]?.children.map((cell) => displayText(cell)).join(' ') : '';
      if (header?.trim()) prose.push({ offset, text: header.replace(/\s+/g, ' '), picture: false });
      continue;
    }
    const words = node.type === 'html' ? node.value.replace(/<[^>]*>/g, ' ') : displayText(node);
    const text = node.type === 'html' ? node.value : words;
    // A block that shows a picture and says nothing: no statement, but what follows it is about it.
    const picture = /<img\b|!\[/i.test(doc.source.slice(offset, endOf(node))) && !/\p{L}{3}/u.test(words);
    if (text.trim() || picture) prose.push({ offset, text: picture ? '' : text.replace(/\s+/g, ' '), picture });
  }
  return prose;
}

/**
 * What the file says that applies to a container: first the prose of its own section, then the prose of
 * sections that hold no sure container (a title's introduction, "Notes", "Adding your organization").
 */
export function statementsFor(
  doc: AdoptersDocument,
  container: Container,
  containers: Container[],
): { local: string[]; global: string[] } {
  const prose = proseBlocks(doc, containers);
  const within = (p: Prose, c: Container) => p.offset >= c.scopeStart && p.offset < c.scopeEnd;
  // Below the container, the words after a picture (a wall of contributors) are about the picture.
  const picture = prose.find((p) => p.picture && p.offset >= container.end && within(p, container));
  const mine = (p: Prose) => within(p, container) && (!picture || p.offset < picture.offset);
  // The headings above the container speak for it too ("Adopter list (alphabetically)").
  const local = [...container.headings, ...prose.filter((p) => mine(p) && p.text).map((p) => p.text)];
  // A section whose only list is doubtful (the numbered steps under "Adding your organization") speaks
  // for the file as a section without a list does.
  const global = prose
    .filter((p) => p.text && !containers.some((c) => c !== container && !c.doubts.length && within(p, c)))
    .filter((p) => !within(p, container))
    .map((p) => p.text);
  return { local, global };
}

/**
 * The order a container keeps, as both `add` and `lint` read it: its own section's words first; the
 * file's general words only when its section says nothing; else what its entries show (their dates, then
 * their names).
 */
export function orderPolicyFor(doc: AdoptersDocument, container: Container, containers: Container[]): OrderPolicy {
  const { local, global } = statementsFor(doc, container, containers);
  const statements = decideOrder([], local).basis === 'stated' ? local : [...local, ...global];
  return decideOrder(container.entries, statements, isGroupedByColumn(container), (e) =>
    entryDate(doc, e, container.kind),
  );
}
