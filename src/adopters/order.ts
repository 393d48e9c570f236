import { compareText } from '../text/collate.js';
import { detectDateOrder } from './entry-dates.js';
import type { Entry } from './model.js';

import { type Order, statedOrder } from './stated-order.js';

export type { Order } from './stated-order.js';

/** The order the file keeps, and why we think so. */
export interface OrderPolicy {
  order: Order;
  /** 'stated' when the file says so, 'detected' from the entries, 'default' when too few entries to tell. */
  basis: 'stated' | 'detected' | 'default';
  /** What the decision rests on: the file's words, or how many neighbours are in order. */
  evidence: string;
  /** In the order added, the newest at the start ("Users (most recent first)"): a new entry goes first. */
  newestFirst?: boolean;
  /** Alphabetical after a head the file keeps first ("the project's own first, rest alphabetical"). */
  pinnedHead?: boolean;
}

/** Compare by what a reader sees, ignoring case and diacritics ("Ænix" ~ "AEnix", "é" ~ "e"). */
export function compareNames(a: string, b: string): number {
  return compareText(sortKey(a), sortKey(b));
}

function sortKey(name: string): string {
  return name.replace(/^[^\p{L}\p{N}]+/u, '');
}

/** Entries no order places: templates, catch-alls, and pictures that name no one (`{{< logo src=… >}}`). */
export const outOfOrder = (e: Entry) => Boolean(e.placeholder || e.catchAll || !e.name);

const LATIN_OR_DIGIT = /^[\p{Script=Latin}\p{N}]/u;

/**
 * The names an order is read from, undefined for those it cannot place: all the adopters' names, or only
 * those in Latin letters and digits where there are enough of them to tell. A list kept A to Z often goes
 * on with names in other scripts (中国科学技术大学, Яндекс) that no A-to-Z order places.
 */
export function orderNames(entries: readonly Entry[]): (string | undefined)[] {
  const names = entries.map((e) => (outOfOrder(e) ? undefined : e.name));
  const latin = names.map((n) => (n !== undefined && LATIN_OR_DIGIT.test(sortKey(n)) ? n : undefined));
  const count = (list: (string | undefined)[]) => list.filter((n) => n !== undefined).length;
  return count(latin) < count(names) && count(latin) >= 4 ? latin : names;
}

/**
 * At least 4 entries and ~80% of adjacent pairs in order: the list is alphabetical. In a table grouped
 * by a column, only neighbours of the same group are compared.
 */
export function detectOrder(
  entries: Entry[],
  grouped = false,
): { order: Order; basis: 'detected' | 'default'; evidence: string } {
  const names = orderNames(entries);
  const named = entries.filter((_, i) => names[i] !== undefined);
  if (named.length < 4) return { order: 'append', basis: 'default', evidence: `only ${named.length} entries` };
  let pairs = 0;
  let inOrder = 0;
  for (let i = 1; i < named.length; i++) {
    const [a, b] = [named[i - 1]!, named[i]!];
    if (grouped && a.group !== b.group) continue;
    // Two entries of one name (a project listed for each of its uses) say nothing of the order.
    const compared = compareNames(a.name, b.name);
    if (compared === 0) continue;
    pairs++;
    if (compared < 0) inOrder++;
  }
  // Groups too small to tell: the rows' order across them still does.
  if (grouped && pairs < 3) return detectOrder(entries, false);
  if (pairs < 3) return { order: 'append', basis: 'default', evidence: `only ${pairs} neighbours to compare` };
  return {
    order: inOrder / pairs >= 0.8 ? 'alphabetical' : 'append',
    basis: 'detected',
    evidence: `${inOrder} of ${pairs} neighbouring entries are in alphabetical order`,
  };
}

/**
 * The file's words first; else the dates its entries carry (`dateOf`, when the caller can read them); else
 * the order of their names.
 */
export function decideOrder(
  entries: Entry[],
  statements: string[],
  grouped = false,
  dateOf?: (entry: Entry) => number | undefined,
): OrderPolicy {
  const stated = statedOrder(statements);
  if (stated.order)
    return {
      order: stated.order,
      basis: 'stated',
      evidence: stated.evidence ?? '',
      ...(stated.newestFirst ? { newestFirst: true } : {}),
      ...(stated.pinnedHead ? { pinnedHead: true } : {}),
    };
  const byDate =
    dateOf &&
    detectDateOrder(
      entries.filter((e) => !outOfOrder(e)),
      dateOf,
    );
  if (byDate)
    return {
      order: 'append',
      basis: 'detected',
      evidence: byDate.evidence,
      ...(byDate.newestFirst ? { newestFirst: true } : {}),
    };
  return detectOrder(entries, grouped);
}

/**
 * The names that stay in place in a longest run in alphabetical order (patience sorting): the backbone a
 * reader follows; the others are slips. Names left undefined (templates, catch-alls) take no part. Each
 * name's sort key is made once: a list of 10,000 is compared some 140,000 times.
 */
export function sortedBackbone(names: readonly (string | undefined)[]): Set<number> {
  const keys = names.map((n) => (n === undefined ? undefined : sortKey(n)));
  const tails: number[] = [];
  const previous: number[] = new Array<number>(names.length).fill(-1);
  keys.forEach((key, i) => {
    if (key === undefined) return;
    let a = 0;
    let b = tails.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (compareText(keys[tails[mid]!]!, key) <= 0) a = mid + 1;
      else b = mid;
    }
    if (a > 0) previous[i] = tails[a - 1]!;
    tails[a] = i;
  });
  const keep = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = previous[i]!) keep.add(i);
  return keep;
}

/**
 * For each slip (a name off the backbone), the backbone name it belongs after: the last one that sorts at
 * or before it, or undefined when it belongs first. The backbone is sorted, so a binary search finds it.
 */
export function slipAnchors(
  names: readonly (string | undefined)[],
  backbone: Set<number>,
): Map<number, string | undefined> {
  const kept = [...backbone].sort((a, b) => a - b).map((i) => ({ name: names[i]!, key: sortKey(names[i]!) }));
  const anchors = new Map<number, string | undefined>();
  names.forEach((name, i) => {
    if (name === undefined || backbone.has(i)) return;
    const key = sortKey(name);
    let a = 0;
    let b = kept.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (compareText(kept[mid]!.key, key) <= 0) a = mid + 1;
      else b = mid;
    }
    anchors.set(i, kept[a - 1]?.name);
  });
  return anchors;
}

/**
 * A name the A-to-Z order cannot place that begins like listed names (明源云链 beside 明源云客, one brand's
 * two products): those sit together in any order the list keeps, so it joins them, after the last (their
 * own order, by sounds the letters do not show, cannot be told). Undefined when no listed name shares its
 * first two letters.
 */
function kinSlot(entries: Entry[], lo: number, hi: number, name: string): number | undefined {
  const stem = [...sortKey(name)].slice(0, 2).join('').toLowerCase();
  if ([...stem].length < 2) return undefined;
  let slot: number | undefined;
  for (let i = lo; i < hi; i++) {
    const other = entries[i]!;
    if (!outOfOrder(other) && sortKey(other.name).toLowerCase().startsWith(stem)) slot = i + 1;
  }
  return slot;
}

/**
 * Where among `entries[lo..hi)` a new name goes: appended at `hi`, or at the alphabetical position that
 * leaves the fewest existing entries out of order relative to it (before the first greater entry on a
 * sorted list; a slip such as a misplaced entry is simply outvoted). Among equally good slots, the one
 * between two entries of the sorted backbone wins (a reader skips the slips), then the last.
 */
export function insertionIndex(entries: Entry[], lo: number, hi: number, name: string, order: Order): number {
  if (order === 'append') return hi;
  // Templates, catch-alls, unnamed logos and names the order cannot place neither push nor pull.
  const names = orderNames(entries.slice(lo, hi));
  // A list read A to Z from its Latin names alone takes a name in another script where those were put: last.
  const unplaced = names.some((n, k) => n === undefined && !outOfOrder(entries[lo + k]!));
  if (unplaced && !LATIN_OR_DIGIT.test(sortKey(name))) return kinSlot(entries, lo, hi, name) ?? hi;
  const compare = (_: Entry, k: number) => (names[k - lo] === undefined ? 0 : compareNames(names[k - lo]!, name));
  let cost = 0;
  for (let i = lo; i < hi; i++) if (compare(entries[i]!, i) < 0) cost++;
  const costs = [cost];
  for (let p = lo + 1; p <= hi; p++) {
    const passed = compare(entries[p - 1]!, p - 1);
    if (passed < 0) cost--;
    else if (passed > 0) cost++;
    costs.push(cost);
  }
  const least = Math.min(...costs);
  const ties = costs.map((c, k) => (c === least ? lo + k : -1)).filter((p) => p >= 0);
  if (ties.length === 1) return ties[0]!;
  const backbone = sortedBackbone(names);
  const on = (p: number) => backbone.has(p - lo);
  const onBackbone = (p: number) => (p === lo || on(p - 1) ? 1 : 0) + (p === hi || on(p) ? 1 : 0);
  let best = ties.reduce((a, p) => (onBackbone(p) >= onBackbone(a) ? p : a));
  // A tail no order places (templates, names in another script) is not passed over for an equal slot.
  const tail = names.slice(best - lo).every((n) => n === undefined);
  while (tail && best > lo && ties.includes(best - 1) && names[best - 1 - lo] === undefined) best--;
  return best;
}
