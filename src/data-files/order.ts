import { compareNames, type Order, statedOrder } from '../adopters/order.js';

export interface DataOrder {
  order: Order;
  basis: 'stated' | 'detected' | 'default';
  /** Why, in a maintainer's words ("15 of 16 neighbouring names are in alphabetical order"). */
  evidence: string;
  /** The order added, the newest at the start (a comment says "newest first"). */
  newestFirst?: boolean;
}

/**
 * The same policy as for Markdown: a rule stated in the file's comments wins; else a list of at least 4
 * names with ~80% of adjacent pairs in order is alphabetical; else new items are appended.
 */
export function decideDataOrder(names: readonly string[], statements: readonly string[]): DataOrder {
  const stated = statedOrder([...statements]);
  if (stated.order)
    return {
      order: stated.order,
      basis: 'stated',
      evidence: stated.evidence ?? 'stated in a comment',
      ...(stated.newestFirst ? { newestFirst: true } : {}),
    };
  if (names.length < 4) return { order: 'append', basis: 'default', evidence: `only ${names.length} items` };
  let inOrder = 0;
  for (let i = 1; i < names.length; i++) if (compareNames(names[i - 1]!, names[i]!) <= 0) inOrder++;
  return {
    order: inOrder / (names.length - 1) >= 0.8 ? 'alphabetical' : 'append',
    basis: 'detected',
    evidence: `${inOrder} of ${names.length - 1} neighbouring names are in alphabetical order`,
  };
}

/** A pair out of order costs this many pairs in order when finding the sorted part of a list. */
const SLIP_WEIGHT = 3;

/**
 * The sorted body of a list that is alphabetical on the whole: the run of items whose adjacent pairs are
 * in order, allowing a slip now and then (a pair out of order weighs three in order). A hand-picked
 * "featured" head (a site's hand-picked first logos) or a tail of later appends falls outside it, so a new name is
 * filed among the sorted names rather than before the first greater one in an unsorted head.
 */
export function sortedRegion(names: readonly string[], lo: number, hi: number): [number, number] {
  if (hi - lo < 2) return [lo, hi];
  let best = 0;
  let bestRange: [number, number] = [lo, hi];
  let run = 0;
  let runStart = lo;
  for (let i = lo + 1; i < hi; i++) {
    const score = compareNames(names[i - 1]!, names[i]!) <= 0 ? 1 : -SLIP_WEIGHT;
    if (run <= 0) [run, runStart] = [0, i - 1];
    run += score;
    if (run > best) [best, bestRange] = [run, [runStart, i + 1]];
  }
  return best > 0 ? bestRange : [lo, hi];
}

/**
 * Where among `names[lo..hi)` a new name goes: appended at `hi`, or, inside the sorted body, at the slot
 * that leaves the fewest names out of order relative to it (before the first greater one on a sorted
 * list). Ties go to the earliest slot. A body that ends before `hi` keeps its later appends after it.
 */
export function placeName(names: readonly string[], lo: number, hi: number, name: string, order: Order): number {
  if (order === 'append') return hi;
  const [from, to] = sortedRegion(names, lo, hi);
  let cost = 0;
  for (let i = from; i < to; i++) if (compareNames(names[i]!, name) < 0) cost++;
  let best = from;
  let bestCost = cost;
  for (let p = from + 1; p <= to; p++) {
    const passed = compareNames(names[p - 1]!, name);
    if (passed < 0) cost--;
    else if (passed > 0) cost++;
    if (cost < bestCost) [best, bestCost] = [p, cost];
  }
  return best;
}
