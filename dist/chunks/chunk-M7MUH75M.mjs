import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  groupMembers,
  isGroupedByColumn
} from "./chunk-XBPW7ZXX.mjs";
import {
  compareNames,
  insertionIndex,
  orderNames
} from "./chunk-F36G4R7T.mjs";

// src/adopters/place-index.ts
function describedPartition(entries) {
  const real = entries.map((e, i) => ({ e, i })).filter(({ e }) => !e.placeholder && !e.catchAll);
  const firstBare = real.findIndex(({ e }) => !e.description);
  if (firstBare < 3 || real.length - firstBare < 3) return void 0;
  if (real.slice(firstBare).some(({ e }) => e.description)) return void 0;
  return real[firstBare].i;
}
function closingRemark(entries) {
  const last = entries[entries.length - 1];
  if (last.nameLike || last.url !== void 0 || last.name.split(/\s+/).length < 8) return false;
  const names = entries.filter((e) => e.nameLike).length;
  return names >= 3 && names * 3 >= (entries.length - 1) * 2;
}
function sortedTailStart(entries, lo, hi) {
  const names = orderNames(entries.slice(lo, hi));
  let start = names.length;
  let previous;
  for (let k = names.length - 1; k >= 0; k--) {
    const name = names[k];
    if (name === void 0) continue;
    if (previous !== void 0 && compareNames(name, previous) > 0) break;
    [previous, start] = [name, k];
  }
  return start > 0 && start * 2 <= names.length ? lo + start : lo;
}
function placeIndex(container, policy, name, hasDescription, group) {
  const entries = container.entries;
  let lo = 0;
  let hi = entries.length;
  while (hi > lo && (entries[hi - 1].catchAll || entries[hi - 1].placeholder)) hi--;
  if (hi > lo && closingRemark(entries.slice(lo, hi))) hi--;
  while (lo < hi && entries[lo].placeholder) lo++;
  if (group && isGroupedByColumn(container)) {
    const members = new Set(groupMembers(container, group));
    const key = [...members][0]?.groupKey;
    const at = entries.map((e, i) => members.has(e) ? i : -1).filter((i) => i >= 0);
    if (at.length) {
      let end = at[at.length - 1] + 1;
      while (end < hi && (!entries[end].groupKey || entries[end].groupKey === key)) end++;
      [lo, hi] = [at[0], end];
    }
  }
  const split = describedPartition(entries.slice(lo, hi));
  if (split !== void 0) {
    if (hasDescription) hi = lo + split;
    else lo = lo + split;
  }
  if (policy.newestFirst) return lo;
  if (policy.pinnedHead && policy.order === "alphabetical") lo = sortedTailStart(entries, lo, hi);
  return insertionIndex(entries, lo, hi, name, policy.order);
}

export {
  describedPartition,
  placeIndex
};
