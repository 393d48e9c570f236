import type { Entry } from './model.js';

export type Order = 'alphabetical' | 'append';

/** The order the file keeps, and why we think so. */
export interface OrderPolicy {
  order: Order;
  /** 'stated' when the file says so, 'detected' from the entries, 'default' when too few entries to tell. */
  basis: 'stated' | 'detected' | 'default';
  /** rook: "If submitting a description, the addition will be at the end of first part of the list." */
  describedFirst: boolean;
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** Compare by what a reader sees, ignoring case and diacritics ("Ænix" ~ "AEnix", "é" ~ "e"). */
export function compareNames(a: string, b: string): number {
  return collator.compare(sortKey(a), sortKey(b));
}

function sortKey(name: string): string {
  return name.replace(/^[^\p{L}\p{N}]+/u, '');
}

const ALPHABETICAL = /\balphabetic(?:al(?:ly)?)?\b|\bsorted\s+(?:by\s+name|a\s*[-–]\s*z)\b|\bin\s+a\s*[-–]\s*z\b/i;
const CHRONOLOGICAL =
  /\bchronologic(?:al(?:ly)?)?\b|\border\s+(?:in\s+which|that)\b[^.]{0,60}\b(?:added|joined|adopted)\b|\b(?:append|add)\b[^.]{0,40}\b(?:to|at)\s+the\s+(?:end|bottom)\b|\bappend\b[^.]{0,30}\b(?:table|list)\b|\border\s+of\s+(?:addition|adoption)\b/i;
const NO_ORDER = /\b(?:no|not\s+in\s+any)\s+particular\s+order\b|\bnot\s+(?:in\s+)?alphabetical(?:\s+order)?\b/i;
const DESCRIBED_FIRST = /\bdescription\b[^.]{0,120}\bfirst\s+part\b|\bfirst\s+part\b[^.]{0,120}\bdescription\b/i;

/** What the file's own words say about its order, from the prose that applies to the container. */
export function statedOrder(statements: string[]): { order?: Order; describedFirst: boolean } {
  const text = statements.join('\n');
  const describedFirst = DESCRIBED_FIRST.test(text);
  if (NO_ORDER.test(text)) return { order: 'append', describedFirst };
  const alphabetical = ALPHABETICAL.test(text);
  const chronological = CHRONOLOGICAL.test(text);
  if (alphabetical !== chronological) return { order: alphabetical ? 'alphabetical' : 'append', describedFirst };
  return { describedFirst };
}

/** At least 4 entries and ~80% of adjacent pairs (within a group) in order: the list is alphabetical. */
export function detectOrder(entries: Entry[]): { order: Order; basis: 'detected' | 'default' } {
  const named = entries.filter((e) => !e.catchAll);
  if (named.length < 4) return { order: 'append', basis: 'default' };
  let pairs = 0;
  let inOrder = 0;
  for (let i = 1; i < named.length; i++) {
    const [a, b] = [named[i - 1]!, named[i]!];
    if (a.group !== b.group) continue;
    pairs++;
    if (compareNames(a.name, b.name) <= 0) inOrder++;
  }
  if (pairs < 3) return { order: 'append', basis: 'default' };
  return { order: inOrder / pairs >= 0.8 ? 'alphabetical' : 'append', basis: 'detected' };
}

export function decideOrder(entries: Entry[], statements: string[]): OrderPolicy {
  const stated = statedOrder(statements);
  if (stated.order) return { order: stated.order, basis: 'stated', describedFirst: stated.describedFirst };
  return { ...detectOrder(entries), describedFirst: stated.describedFirst };
}

/**
 * Where among `entries[lo..hi)` a new name goes: appended at `hi`, or at the alphabetical position that
 * leaves the fewest existing entries out of order relative to it (before the first greater entry on a
 * sorted list; a slip such as vitess's YouTube-first is simply outvoted). Ties go to the earliest slot.
 */
export function insertionIndex(entries: Entry[], lo: number, hi: number, name: string, order: Order): number {
  if (order === 'append') return hi;
  let cost = 0;
  for (let i = lo; i < hi; i++) if (compareNames(entries[i]!.name, name) < 0) cost++;
  let best = lo;
  let bestCost = cost;
  for (let p = lo + 1; p <= hi; p++) {
    const passed = compareNames(entries[p - 1]!.name, name);
    if (passed < 0) cost--;
    else if (passed > 0) cost++;
    if (cost < bestCost) [best, bestCost] = [p, cost];
  }
  return best;
}
