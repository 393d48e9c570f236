import { entryFields } from './entry-fields.js';
import type { Container, Entry } from './model.js';
import { compareNames } from './order.js';
import { placeIndex } from './place-index.js';
import { removalRange } from './remove-adopter.js';
import { applyEdits, type Edit } from './render/edits.js';
import { ordinalFor } from './render/numbering.js';
import { spliceEntry } from './splice.js';
import { orderPolicyFor } from './statements.js';
import type { ReadFile } from './verify-edit.js';

/** Where a renamed entry belongs: at `index` among the other entries of its container. */
export interface MovePlan {
  others: Container;
  index: number;
}

/** Entries of `entries` out of order relative to a name placed at `p`. */
function misplaced(entries: Entry[], p: number, name: string): number {
  return (
    entries.slice(0, p).filter((o) => compareNames(o.name, name) > 0).length +
    entries.slice(p).filter((o) => compareNames(o.name, name) < 0).length
  );
}

/**
 * A rename in a list the file keeps alphabetical moves the entry when its old place is now worse than
 * the best one: the slot an insertion of the new name would take (its group, its part of the list, before
 * catch-alls; slips of the file outvoted), unless the old place leaves as few entries out of order. A
 * list kept in order of addition never moves anything.
 */
export function planMove(before: ReadFile, container: Container, entry: Entry, newName: string): MovePlan | undefined {
  const policy = orderPolicyFor(before.doc, container, before.containers);
  if (policy.order !== 'alphabetical') return undefined;
  const others: Container = { ...container, entries: container.entries.filter((e) => e !== entry) };
  const best = placeIndex(others, policy, newName, Boolean(entry.description), entry.group);
  const at = container.entries.indexOf(entry);
  if (best === at || misplaced(others.entries, at, newName) <= misplaced(others.entries, best, newName))
    return undefined;
  return { others, index: best };
}

export interface Moved {
  /** Edits of the old file: the edits outside the entry, the cut of its old place, its new place. */
  edits: Edit[];
  /** Where the moved entry starts in the new file. */
  at: number;
  warnings: string[];
}

/**
 * A removal plus an insertion, both computed on the old file: the entry's lines and the blank line that
 * separated them are cut, and the entry's own text (with `edits` inside it applied) goes in before the
 * entry it now belongs before, at a line start as an insertion does. Edits outside the entry are kept.
 */
export function moveEntry(
  before: ReadFile,
  container: Container,
  entry: Entry,
  plan: MovePlan,
  edits: Edit[],
): Moved | string {
  const { doc } = before;
  const cut = removalRange(doc, container, container.entries.indexOf(entry));
  const inside = edits.filter((e) => e.start >= entry.start && e.end <= entry.end);
  const outside = edits.filter((e) => !inside.includes(e));
  if (outside.some((e) => e.start < cut.end && e.end > cut.start))
    return 'an edit outside the entry falls in its lines';
  const warnings: string[] = [];
  const { ordinal, warning } = ordinalFor(doc.source, plan.others, plan.index);
  const number = entryFields(doc, entry).ordinal;
  // A numbered list: the moved entry takes the number of the slot it takes (the others keep theirs).
  if (number && ordinal !== undefined) inside.push({ start: number.start, end: number.end, text: String(ordinal) });
  if (warning) warnings.push(warning.replace('the new one', 'the moved one'));
  const text = applyEdits(
    doc.source.slice(entry.start, entry.end),
    inside.map((e) => ({ ...e, start: e.start - entry.start, end: e.end - entry.start })),
  );
  const target = plan.others.entries[plan.index];
  const slot = target ? container.entries.indexOf(target) : container.entries.length;
  const splice = spliceEntry(doc, container, slot, text);
  if (splice.offset > cut.start && splice.offset < cut.end) return 'the new place falls inside the old one';
  // The entry's first line, after the line breaks the splice puts before it, in the file without the cut.
  const lead = /^(?:\r?\n)*/.exec(splice.text)![0].length;
  const at = splice.offset + lead - (splice.offset >= cut.end ? cut.end - cut.start : 0);
  return {
    edits: [
      ...outside,
      { start: cut.start, end: cut.end, text: '' },
      { start: splice.offset, end: splice.offset, text: splice.text },
    ],
    at,
    warnings,
  };
}
