import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  compareNames
} from "./chunk-F36G4R7T.mjs";
import {
  statedOrder
} from "./chunk-LLEA4VRX.mjs";

// src/data-files/order.ts
function decideDataOrder(names, statements) {
  const stated = statedOrder([...statements]);
  if (stated.order)
    return {
      order: stated.order,
      basis: "stated",
      evidence: stated.evidence ?? "stated in a comment",
      ...stated.newestFirst ? { newestFirst: true } : {}
    };
  if (names.length < 4) return { order: "append", basis: "default", evidence: `only ${names.length} items` };
  let inOrder = 0;
  for (let i = 1; i < names.length; i++) if (compareNames(names[i - 1], names[i]) <= 0) inOrder++;
  return {
    order: inOrder / (names.length - 1) >= 0.8 ? "alphabetical" : "append",
    basis: "detected",
    evidence: `${inOrder} of ${names.length - 1} neighbouring names are in alphabetical order`
  };
}
var SLIP_WEIGHT = 3;
function sortedStart(names, lo, hi) {
  let best = 0;
  let bestStart = lo;
  let run = 0;
  let runStart = lo;
  for (let i = lo + 1; i < hi; i++) {
    run += compareNames(names[i - 1], names[i]) <= 0 ? 1 : -SLIP_WEIGHT;
    if (run < -SLIP_WEIGHT) [run, runStart] = [0, i];
    if (run > best) [best, bestStart] = [run, runStart];
  }
  return bestStart;
}
function placeName(names, lo, hi, name, order, stated = false) {
  if (order === "append") return hi;
  const from = stated ? lo : sortedStart(names, lo, hi);
  let cost = 0;
  for (let i = from; i < hi; i++) if (compareNames(names[i], name) < 0) cost++;
  let best = from;
  let bestCost = cost;
  for (let p = from + 1; p <= hi; p++) {
    const passed = compareNames(names[p - 1], name);
    if (passed < 0) cost--;
    else if (passed > 0) cost++;
    if (cost < bestCost) [best, bestCost] = [p, cost];
  }
  return best;
}

export {
  decideDataOrder,
  placeName
};
