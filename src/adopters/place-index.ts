import { groupMembers, isGroupedByColumn } from './default-group.js';
import type { Container, Entry } from './model.js';
import { compareNames, insertionIndex, orderNames, type OrderPolicy } from './order.js';

/**
 * Entries with a description first, then bare ones, each part substantial: the file keeps two lists in
 * one, and a new entry joins the part it belongs to.
 */
export function describedPartition(entries: Entry[]): number | undefined {
  const real = entries.map((e, i) => ({ e, i })).filter(({ e }) => !e.placeholder && !e.catchAll);
  const firstBare = real.findIndex(({ e }) => !e.description);
  if (firstBare < 3 || real.length - firstBare < 3) return undefined;
  if (real.slice(firstBare).some(({ e }) => e.description)) return undefined;
  return real[firstBare]!.i;
}

/**
 * A list that ends with a remark written as its last item (`- The Publishers Association estimates that
 * half of its members have adopted it.`): a sentence among names, linking nowhere, which stays last like a
 * catch-all.
 */
function closingRemark(entries: Entry[]): boolean {
  const last = entries[entries.length - 1]!;
  if (last.nameLike || last.url !== undefined || last.name.split(/\s+/).length < 8) return false;
  const names = entries.filter((e) => e.nameLike).length;
  return names >= 3 && names * 3 >= (entries.length - 1) * 2;
}

/**
 * Where the alphabetical part starts after a head the file keeps first: the earliest entry from which
 * the rest is in order, within the list's first half; the list's start when no such tail is found.
 */
function sortedTailStart(entries: Entry[], lo: number, hi: number): number {
  const names = orderNames(entries.slice(lo, hi));
  let start = names.length;
  let previous: string | undefined;
  for (let k = names.length - 1; k >= 0; k--) {
    const name = names[k];
    if (name === undefined) continue;
    if (previous !== undefined && compareNames(name, previous) > 0) break;
    [previous, start] = [name, k];
  }
  return start > 0 && start * 2 <= names.length ? lo + start : lo;
}

/**
 * The slot among the container's entries: within the entry's group when the container is grouped, in the
 * described or bare part of a partitioned list, before trailing catch-alls and templates.
 */
export function placeIndex(
  container: Container,
  policy: OrderPolicy,
  name: string,
  hasDescription: boolean,
  group: string | undefined,
): number {
  const entries = container.entries;
  let lo = 0;
  let hi = entries.length;
  while (hi > lo && (entries[hi - 1]!.catchAll || entries[hi - 1]!.placeholder)) hi--;
  if (hi > lo && closingRemark(entries.slice(lo, hi))) hi--;
  while (lo < hi && entries[lo]!.placeholder) lo++;
  if (group && isGroupedByColumn(container)) {
    const members = new Set(groupMembers(container, group));
    const key = [...members][0]?.groupKey;
    const at = entries.map((e, i) => (members.has(e) ? i : -1)).filter((i) => i >= 0);
    if (at.length) {
      // The group runs until a row of another group; rows without a group cell (a malformed row) stay in it.
      let end = at[at.length - 1]! + 1;
      while (end < hi && (!entries[end]!.groupKey || entries[end]!.groupKey === key)) end++;
      [lo, hi] = [at[0]!, end];
    }
  }
  const split = describedPartition(entries.slice(lo, hi));
  if (split !== undefined) {
    if (hasDescription) hi = lo + split;
    else lo = lo + split;
  }
  // Newest first: before the first entry, after any template the file keeps at the top.
  if (policy.newestFirst) return lo;
  if (policy.pinnedHead && policy.order === 'alphabetical') lo = sortedTailStart(entries, lo, hi);
  return insertionIndex(entries, lo, hi, name, policy.order);
}
