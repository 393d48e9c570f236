import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  displayText,
  startOf
} from "./chunk-5Z4LMX7A.js";

// src/adopters/order.ts
var collator = new Intl.Collator("en", { sensitivity: "base" });
function compareNames(a, b) {
  return collator.compare(sortKey(a), sortKey(b));
}
function sortKey(name) {
  return name.replace(/^[^\p{L}\p{N}]+/u, "");
}
var ALPHABETICAL = /\balphabetic(?:al(?:ly)?)?\b|\bsorted\s+(?:by\s+name|a\s*[-–]\s*z)\b|\bin\s+a\s*[-–]\s*z\b/i;
var CHRONOLOGICAL = /\bchronologic(?:al(?:ly)?)?\b|\border\s+(?:in\s+which|that)\b[^.]{0,60}\b(?:added|joined|adopted)\b|\b(?:append|add)\b[^.]{0,40}\b(?:to|at)\s+the\s+(?:end|bottom)\b|\bappend\b[^.]{0,30}\b(?:table|list)\b|\border\s+of\s+(?:addition|adoption)\b/i;
var NO_ORDER = /\b(?:no|not\s+in\s+any)\s+particular\s+order\b|\bnot\s+(?:in\s+)?alphabetical(?:\s+order)?\b/i;
var DESCRIBED_FIRST = /\bdescription\b[^.]{0,120}\bfirst\s+part\b|\bfirst\s+part\b[^.]{0,120}\bdescription\b/i;
function statedOrder(statements) {
  const text = statements.join("\n");
  const describedFirst = DESCRIBED_FIRST.test(text);
  if (NO_ORDER.test(text)) return { order: "append", describedFirst };
  const alphabetical = ALPHABETICAL.test(text);
  const chronological = CHRONOLOGICAL.test(text);
  if (alphabetical !== chronological) return { order: alphabetical ? "alphabetical" : "append", describedFirst };
  return { describedFirst };
}
function detectOrder(entries) {
  const named = entries.filter((e) => !e.catchAll);
  if (named.length < 4) return { order: "append", basis: "default" };
  let pairs = 0;
  let inOrder = 0;
  for (let i = 1; i < named.length; i++) {
    const [a, b] = [named[i - 1], named[i]];
    if (a.group !== b.group) continue;
    pairs++;
    if (compareNames(a.name, b.name) <= 0) inOrder++;
  }
  if (pairs < 3) return { order: "append", basis: "default" };
  return { order: inOrder / pairs >= 0.8 ? "alphabetical" : "append", basis: "detected" };
}
function decideOrder(entries, statements) {
  const stated = statedOrder(statements);
  if (stated.order) return { order: stated.order, basis: "stated", describedFirst: stated.describedFirst };
  return { ...detectOrder(entries), describedFirst: stated.describedFirst };
}
function insertionIndex(entries, lo, hi, name, order) {
  if (order === "append") return hi;
  let cost = 0;
  for (let i = lo; i < hi; i++) if (compareNames(entries[i].name, name) < 0) cost++;
  let best = lo;
  let bestCost = cost;
  for (let p = lo + 1; p <= hi; p++) {
    const passed = compareNames(entries[p - 1].name, name);
    if (passed < 0) cost--;
    else if (passed > 0) cost++;
    if (cost < bestCost) [best, bestCost] = [p, cost];
  }
  return best;
}

// src/adopters/statements.ts
function proseBlocks(doc, containers) {
  const inside = (offset) => containers.some((c) => offset >= c.start && offset < c.end);
  const prose = [];
  for (const node of doc.tree.children) {
    const offset = startOf(node);
    if (offset < doc.bodyStart || inside(offset) || node.type === "code" || node.type === "definition") continue;
    const text = node.type === "html" ? node.value : displayText(node);
    if (text.trim()) prose.push({ offset, text: text.replace(/\s+/g, " ") });
  }
  return prose;
}
function statementsFor(doc, container, containers) {
  const prose = proseBlocks(doc, containers);
  const within = (p, c) => p.offset >= (c.scopeStart ?? 0) && p.offset < (c.scopeEnd ?? doc.source.length);
  const local = prose.filter((p) => within(p, container)).map((p) => p.text);
  const global = prose.filter((p) => !containers.some((c) => within(p, c))).map((p) => p.text);
  return { local, global };
}

export {
  compareNames,
  decideOrder,
  insertionIndex,
  statementsFor
};
