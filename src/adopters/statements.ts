import { type AdoptersDocument, startOf } from './document.js';
import { displayText } from './inline.js';
import type { Container } from './model.js';
import { decideOrder, type OrderPolicy } from './order.js';
import { isGroupedByColumn } from './default-group.js';

interface Prose {
  offset: number;
  text: string;
}

/** The file's own words outside its entries: paragraphs, notes, headings and HTML comments (not code). */
function proseBlocks(doc: AdoptersDocument, containers: Container[]): Prose[] {
  const inside = (offset: number) => containers.some((c) => offset >= c.start && offset < c.end);
  const prose: Prose[] = [];
  for (const node of doc.tree.children) {
    const offset = startOf(node);
    if (offset < doc.bodyStart || inside(offset) || node.type === 'code' || node.type === 'definition') continue;
    const text = node.type === 'html' ? node.value : displayText(node);
    if (text.trim()) prose.push({ offset, text: text.replace(/\s+/g, ' ') });
  }
  return prose;
}

/**
 * What the file says that applies to a container: first the prose of its own section, then the prose of
 * sections that hold no container at all (a title's introduction, "Notes", "Adding your organization").
 */
export function statementsFor(
  doc: AdoptersDocument,
  container: Container,
  containers: Container[],
): { local: string[]; global: string[] } {
  const prose = proseBlocks(doc, containers);
  const within = (p: Prose, c: Container) => p.offset >= c.scopeStart && p.offset < c.scopeEnd;
  // The headings above the container speak for it too ("Adopter list (alphabetically)").
  const local = [...container.headings, ...prose.filter((p) => within(p, container)).map((p) => p.text)];
  const global = prose.filter((p) => !containers.some((c) => within(p, c))).map((p) => p.text);
  return { local, global };
}

/**
 * The order a container keeps, as both `add` and `lint` read it: its own section's words first; the
 * file's general words only when its section says nothing; else what its entries show.
 */
export function orderPolicyFor(doc: AdoptersDocument, container: Container, containers: Container[]): OrderPolicy {
  const { local, global } = statementsFor(doc, container, containers);
  const statements = decideOrder([], local).basis === 'stated' ? local : [...local, ...global];
  return decideOrder(container.entries, statements, isGroupedByColumn(container));
}
