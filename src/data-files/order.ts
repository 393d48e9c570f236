import { compareNames, type Order } from '../adopters/order.js';
import { statedOrder } from '../adopters/stated-order.js';

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
 * Where the sorted body of a list that is alphabetical on the whole begins: after a hand-picked
 * "featured" head (a site's first logos, in no order), which is where pairs out of order outweigh those
 * in order (a slip weighs three). A slip among sorted names (`Behalf`, `Bajaj`) does not cut the list,
 * nor does a tail of later appends: the slot with the fewest names out of order is found there anyway.
 */
export function sortedStart(names: readonly string[], lo: number, hi: number): number {
  let best = 0;
  let bestStart = lo;
  let run = 0;
  let runStart = lo;
  for (let i = lo + 1; i < hi; i++) {
    run += compareNames(names[i - 1]!, names[i]!) <= 0 ? 1 : -SLIP_WEIGHT;
    // One slip at the very start (`Bulletproof`, `BT`) is a slip, not a head of another order.
    if (run < -SLIP_WEIGHT) [run, runStart] = [0, i];
    if (run > best) [best, bestStart] = [run, runStart];
  }
  return bestStart;
}

/**
 * Where among `names[lo..hi)` a new name goes: appended at `hi`, or, from the sorted body on, at the slot
 * that leaves the fewest names out of order relative to it (before the first greater one on a sorted
 * list). Ties go to the earliest slot. A stated order holds for the whole list.
 */
export function placeName(
  names: readonly string[],
  lo: number,
  hi: number,
  name: string,
  order: Order,
  stated = false,
): number {
  if (order === 'append') return hi;
  const from = stated ? lo : sortedStart(names, lo, hi);
  let cost = 0;
  for (let i = from; i < hi; i++) if (compareNames(names[i]!, name) < 0) cost++;
  let best = from;
  let bestCost = cost;
  for (let p = from + 1; p <= hi; p++) {
    const passed = compareNames(names[p - 1]!, name);
    if (passed < 0) cost--;
    else if (passed > 0) cost++;
    if (cost < bestCost) [best, bestCost] = [p, cost];
  }
  return best;
}
