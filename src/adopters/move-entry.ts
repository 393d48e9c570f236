import { applyEdits, type Edit } from './edit-result.js';
import { entryFields } from './entry-fields.js';
import { orderStatements } from './insert-adopter.js';
import type { Container, Entry } from './model.js';
import { compareNames, decideOrder, insertionIndex } from './order.js';
import { markerNumbers, numberingWarning, removalRange } from './remove-adopter.js';
import { spliceEntry } from './splice.js';
import type { ReadFile } from './verify-edit.js';

/** Where a renamed entry belongs: before `others[index]` of its container (after the last when past it). */
export interface MovePlan {
  others: Entry[];
  index: number;
}

/**
 * A rename in a list the file keeps alphabetical moves the entry when its old place is now worse than
 * the best one: where the fewest entries of its group end up out of order relative to it (slips of the
 * file are outvoted, as for an insertion). A list kept in order of addition never moves anything.
 */
export function planMove(before: ReadFile, container: Container, entry: Entry, newName: string): MovePlan | undefined {
  const policy = decideOrder(container.entries, orderStatements(before.doc, container, before.containers));
  if (policy.order !== 'alphabetical') return undefined;
  const others = container.entries.filter((e) => e !== entry);
  let lo = 0;
  let hi = others.length;
  while (hi > lo && others[hi - 1]!.catchAll) hi--;
  if (entry.group) {
    const members = others.map((e, i) => (e.group === entry.group ? i : -1)).filter((i) => i >= 0);
    if (members.length) [lo, hi] = [members[0]!, Math.min(hi, members[members.length - 1]! + 1)];
  }
  const cost = (p: number) =>
    others.slice(lo, p).filter((o) => compareNames(o.name, newName) > 0).length +
    others.slice(p, hi).filter((o) => compareNames(o.name, newName) < 0).length;
  const at = Math.min(Math.max(container.entries.indexOf(entry), lo), hi);
  const best = insertionIndex(others, lo, hi, newName, 'alphabetical');
  return cost(at) > cost(best) ? { others, index: best } : undefined;
}

export interface Moved {
  /** Edits of the old file: the cut of the old place, the edits outside the entry, the new place. */
  edits: Edit[];
  /** Index of the moved entry among all entries of the new file. */
  index: number;
  warnings: string[];
}

/**
 * A removal plus an insertion, both computed on the old file: the entry's lines and the blank line that
 * separated them are cut, and the entry's text (with `edits` inside it applied) goes in before the entry
 * it now belongs before, at a line start as an insertion does. Edits outside the entry (a reference
 * definition) are kept.
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
  let text = applyEdits(
    doc.source.slice(entry.start, entry.end),
    inside.map((e) => ({ ...e, start: e.start - entry.start, end: e.end - entry.start })),
  );
  const target = plan.others[plan.index];
  const slot = target ? container.entries.indexOf(target) : container.entries.length;
  const warnings: string[] = [];
  const marker = entryFields(doc, entry).marker;
  const numbers = markerNumbers(doc, container).filter((_n, i) => container.entries[i] !== entry);
  if (marker && numbers.some((n) => n !== numbers[0])) {
    // A hand-numbered list: the moved entry takes the number of the slot it takes.
    const number = numbers[plan.index] ?? (numbers[numbers.length - 1] ?? 0) + 1;
    const at = marker.start - entry.start;
    text = text.slice(0, at) + String(number) + text.slice(at + marker.end - marker.start);
    warnings.push(...numberingWarning(doc, container, plan.index < plan.others.length, 'moved'));
  }
  const splice = spliceEntry(doc, container, slot, text);
  if (splice.offset > cut.start && splice.offset < cut.end) return 'the new place falls inside the old one';
  const index = before.entries.indexOf(container.entries[0]!) + plan.index;
  return {
    edits: [
      ...outside,
      { start: cut.start, end: cut.end, text: '' },
      { start: splice.offset, end: splice.offset, text: splice.text },
    ],
    index,
    warnings,
  };
}
