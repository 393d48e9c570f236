import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  cellRanges,
  statedOrder
} from "./chunk-LLEA4VRX.mjs";

// src/adopters/entry-dates.ts
var MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
var YEAR = "((?:19|20)\\d\\d)";
var NUMERIC = new RegExp(`(?<![\\d.])${YEAR}[-/.](0?[1-9]|1[0-2])(?:[-/.](0?[1-9]|[12]\\d|3[01]))?(?![\\d])`);
var WORDED = new RegExp(
  `\\b(?:(\\d{1,2})\\s+)?(${MONTHS.join("|")})[a-z]*\\.?\\s+(?:(\\d{1,2}),?\\s+)?${YEAR}\\b`,
  "i"
);
var ANY_YEAR = /(?:19|20)\d\d/;
var YEAR_ONLY = new RegExp(`^\\s*(?:since\\s+|\\(\\s*)?${YEAR}\\s*\\)?\\s*$`, "i");
function readDate(text) {
  if (!ANY_YEAR.test(text)) return void 0;
  const numeric = NUMERIC.exec(text);
  if (numeric) return Number(numeric[1]) * 1e4 + Number(numeric[2]) * 100 + Number(numeric[3] ?? 0);
  const worded = WORDED.exec(text);
  if (worded) {
    const month = MONTHS.indexOf(worded[2].slice(0, 3).toLowerCase()) + 1;
    return Number(worded[4]) * 1e4 + month * 100 + Number(worded[1] ?? worded[3] ?? 0);
  }
  const year = YEAR_ONLY.exec(text);
  return year ? Number(year[1]) * 1e4 : void 0;
}
var ADDRESSES = /\]\([^)]*\)|<[^>]*>|\b[a-z][a-z\d+.-]*:\/\/\S+/gi;
function entryDate(doc, entry, kind) {
  if (!ANY_YEAR.test(doc.source.slice(entry.start, entry.end))) return void 0;
  const texts = entry.spans.filter((s) => s.field === "other" || s.field === "description").map((s) => doc.source.slice(s.start, s.end));
  const held = (part) => entry.spans.some((s) => s.start < part.end && s.end > part.start);
  const parts = kind === "table" ? cellRanges(doc.source, entry.start, entry.end) : laterLines(doc.source, entry);
  for (const part of parts) if (!held(part)) texts.push(doc.source.slice(part.start, part.end));
  for (const text of texts) {
    const date = readDate(text.replace(ADDRESSES, " "));
    if (date !== void 0) return date;
  }
  return void 0;
}
function laterLines(source, entry) {
  const lines = [];
  let start = source.indexOf("\n", entry.start) + 1;
  while (start > 0 && start < entry.end) {
    const end = source.indexOf("\n", start);
    lines.push({ start, end: end < 0 || end > entry.end ? entry.end : end });
    start = end + 1;
  }
  return lines;
}
function detectDateOrder(entries, dateOf) {
  const dated = [];
  let undated = 0;
  for (const entry of entries) {
    const date = dateOf(entry);
    if (date !== void 0) dated.push(date);
    else if (++undated > 0.2 * entries.length) return void 0;
  }
  if (dated.length < 4) return void 0;
  let newer = 0;
  let older = 0;
  for (let i = 1; i < dated.length; i++) {
    if (dated[i] < dated[i - 1]) newer++;
    else if (dated[i] > dated[i - 1]) older++;
  }
  const pairs = newer + older;
  if (pairs < 3) return void 0;
  if (newer / pairs >= 0.8)
    return { newestFirst: true, evidence: `${newer} of ${pairs} neighbouring entries are dated newest first` };
  if (older / pairs >= 0.8)
    return { newestFirst: false, evidence: `${older} of ${pairs} neighbouring entries are dated oldest first` };
  return void 0;
}

// src/text/collate.ts
var ORDER = [
  " ",
  "_",
  "-",
  ",",
  ";",
  ":",
  "!",
  "?",
  ".",
  "'",
  '"',
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  "@",
  "*",
  "/",
  "\\",
  "&",
  "#",
  "%",
  "`",
  "^",
  "+",
  "<",
  "=",
  ">",
  "|",
  "~",
  "$",
  "0",
  "1",
  "2",
  "3",
  "4",
  "5",
  "6",
  "7",
  "8",
  "9",
  "Aa",
  "Bb",
  "Cc",
  "Dd",
  "Ee",
  "Ff",
  "Gg",
  "Hh",
  "Ii",
  "Jj",
  "Kk",
  "Ll",
  "Mm",
  "Nn",
  "Oo",
  "Pp",
  "Qq",
  "Rr",
  "Ss",
  "Tt",
  "Uu",
  "Vv",
  "Ww",
  "Xx",
  "Yy",
  "Zz"
];
var WEIGHT = new Int8Array(128).fill(-1);
ORDER.forEach((group, weight) => {
  for (const char of group) WEIGHT[char.charCodeAt(0)] = weight;
});
var collator;
function compareText(a, b) {
  const quick = compareAscii(a, b) ?? compareAscii(withoutAccents(a), withoutAccents(b));
  if (quick !== void 0) return quick;
  collator ??= new Intl.Collator("en", { sensitivity: "base" });
  return collator.compare(a, b);
}
function withoutAccents(text) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}
function compareAscii(a, b) {
  let answer = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = i < a.length ? weightAt(a, i) : -2;
    const y = i < b.length ? weightAt(b, i) : -2;
    if (x === -1 || y === -1) return void 0;
    if (answer === 0 && x !== y) answer = x < y ? -1 : 1;
  }
  return answer;
}
function weightAt(text, i) {
  const code = text.charCodeAt(i);
  return code < 128 ? WEIGHT[code] : -1;
}

// src/adopters/order.ts
function compareNames(a, b) {
  return compareText(sortKey(a), sortKey(b));
}
function sortKey(name) {
  return name.replace(/^[^\p{L}\p{N}]+/u, "");
}
var outOfOrder = (e) => Boolean(e.placeholder || e.catchAll || !e.name);
var LATIN_OR_DIGIT = /^[\p{Script=Latin}\p{N}]/u;
function orderNames(entries) {
  const names = entries.map((e) => outOfOrder(e) ? void 0 : e.name);
  const latin = names.map((n) => n !== void 0 && LATIN_OR_DIGIT.test(sortKey(n)) ? n : void 0);
  const count = (list) => list.filter((n) => n !== void 0).length;
  return count(latin) < count(names) && count(latin) >= 4 ? latin : names;
}
function detectOrder(entries, grouped = false) {
  const names = orderNames(entries);
  const named = entries.filter((_, i) => names[i] !== void 0);
  if (named.length < 4) return { order: "append", basis: "default", evidence: `only ${named.length} entries` };
  let pairs = 0;
  let inOrder = 0;
  for (let i = 1; i < named.length; i++) {
    const [a, b] = [named[i - 1], named[i]];
    if (grouped && a.group !== b.group) continue;
    const compared = compareNames(a.name, b.name);
    if (compared === 0) continue;
    pairs++;
    if (compared < 0) inOrder++;
  }
  if (grouped && pairs < 3) return detectOrder(entries, false);
  if (pairs < 3) return { order: "append", basis: "default", evidence: `only ${pairs} neighbours to compare` };
  return {
    order: inOrder / pairs >= 0.8 ? "alphabetical" : "append",
    basis: "detected",
    evidence: `${inOrder} of ${pairs} neighbouring entries are in alphabetical order`
  };
}
function decideOrder(entries, statements, grouped = false, dateOf) {
  const stated = statedOrder(statements);
  if (stated.order)
    return {
      order: stated.order,
      basis: "stated",
      evidence: stated.evidence ?? "",
      ...stated.newestFirst ? { newestFirst: true } : {},
      ...stated.pinnedHead ? { pinnedHead: true } : {}
    };
  const byDate = dateOf && detectDateOrder(
    entries.filter((e) => !outOfOrder(e)),
    dateOf
  );
  if (byDate)
    return {
      order: "append",
      basis: "detected",
      evidence: byDate.evidence,
      ...byDate.newestFirst ? { newestFirst: true } : {}
    };
  return detectOrder(entries, grouped);
}
function sortedBackbone(names) {
  const keys = names.map((n) => n === void 0 ? void 0 : sortKey(n));
  const tails = [];
  const previous = new Array(names.length).fill(-1);
  keys.forEach((key, i) => {
    if (key === void 0) return;
    let a = 0;
    let b = tails.length;
    while (a < b) {
      const mid = a + b >> 1;
      if (compareText(keys[tails[mid]], key) <= 0) a = mid + 1;
      else b = mid;
    }
    if (a > 0) previous[i] = tails[a - 1];
    tails[a] = i;
  });
  const keep = /* @__PURE__ */ new Set();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = previous[i]) keep.add(i);
  return keep;
}
function slipAnchors(names, backbone) {
  const kept = [...backbone].sort((a, b) => a - b).map((i) => ({ name: names[i], key: sortKey(names[i]) }));
  const anchors = /* @__PURE__ */ new Map();
  names.forEach((name, i) => {
    if (name === void 0 || backbone.has(i)) return;
    const key = sortKey(name);
    let a = 0;
    let b = kept.length;
    while (a < b) {
      const mid = a + b >> 1;
      if (compareText(kept[mid].key, key) <= 0) a = mid + 1;
      else b = mid;
    }
    anchors.set(i, kept[a - 1]?.name);
  });
  return anchors;
}
function kinSlot(entries, lo, hi, name) {
  const stem = [...sortKey(name)].slice(0, 2).join("").toLowerCase();
  if ([...stem].length < 2) return void 0;
  let slot;
  for (let i = lo; i < hi; i++) {
    const other = entries[i];
    if (!outOfOrder(other) && sortKey(other.name).toLowerCase().startsWith(stem)) slot = i + 1;
  }
  return slot;
}
function insertionIndex(entries, lo, hi, name, order) {
  if (order === "append") return hi;
  const names = orderNames(entries.slice(lo, hi));
  const unplaced = names.some((n, k) => n === void 0 && !outOfOrder(entries[lo + k]));
  if (unplaced && !LATIN_OR_DIGIT.test(sortKey(name))) return kinSlot(entries, lo, hi, name) ?? hi;
  const compare = (_, k) => names[k - lo] === void 0 ? 0 : compareNames(names[k - lo], name);
  let cost = 0;
  for (let i = lo; i < hi; i++) if (compare(entries[i], i) < 0) cost++;
  const costs = [cost];
  for (let p = lo + 1; p <= hi; p++) {
    const passed = compare(entries[p - 1], p - 1);
    if (passed < 0) cost--;
    else if (passed > 0) cost++;
    costs.push(cost);
  }
  const least = Math.min(...costs);
  const ties = costs.map((c, k) => c === least ? lo + k : -1).filter((p) => p >= 0);
  if (ties.length === 1) return ties[0];
  const backbone = sortedBackbone(names);
  const on = (p) => backbone.has(p - lo);
  const onBackbone = (p) => (p === lo || on(p - 1) ? 1 : 0) + (p === hi || on(p) ? 1 : 0);
  let best = ties.reduce((a, p) => onBackbone(p) >= onBackbone(a) ? p : a);
  const tail = names.slice(best - lo).every((n) => n === void 0);
  while (tail && best > lo && ties.includes(best - 1) && names[best - 1 - lo] === void 0) best--;
  return best;
}

export {
  entryDate,
  compareNames,
  outOfOrder,
  orderNames,
  decideOrder,
  sortedBackbone,
  slipAnchors,
  insertionIndex
};
