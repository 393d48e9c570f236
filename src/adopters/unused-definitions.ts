import type { Definition, Nodes } from 'mdast';
import { type AdoptersDocument, lineOf, normalizeLabel, startOf } from './document.js';
import type { Entry } from './model.js';

/** Every node of a kind inside `node`, in document order. */
function nodesOfType<T extends Nodes['type']>(node: Nodes, type: T): Extract<Nodes, { type: T }>[] {
  const out: Nodes[] = [];
  const walk = (n: Nodes) => {
    if (n.type === type) out.push(n);
    if ('children' in n) for (const child of n.children) walk(child);
  };
  walk(node);
  return out as Extract<Nodes, { type: T }>[];
}

function referenceLabels(doc: AdoptersDocument, within?: { start: number; end: number }): Set<string> {
  const references = [...nodesOfType(doc.tree, 'linkReference'), ...nodesOfType(doc.tree, 'imageReference')];
  const inside = (n: Nodes) => !within || (startOf(n) >= within.start && startOf(n) < within.end);
  return new Set(references.filter(inside).map((r) => normalizeLabel(r.identifier)));
}

/**
 * Reference-style links (`[Acme][12]`) the old entry used whose definitions nothing in the new file
 * uses any more: left in place (they are not the entry's lines), and pointed out for a maintainer.
 */
export function unusedDefinitions(before: AdoptersDocument, entry: Entry, after: AdoptersDocument): string[] {
  const stillUsed = referenceLabels(after);
  const definitions: Definition[] = nodesOfType(after.tree, 'definition');
  return [...referenceLabels(before, entry)]
    .filter((label) => !stillUsed.has(label))
    .flatMap((label) => definitions.filter((d) => normalizeLabel(d.identifier) === label))
    .map(
      (d) => `the link definition on line ${lineOf(after, startOf(d))} is no longer used; a maintainer may delete it`,
    );
}
