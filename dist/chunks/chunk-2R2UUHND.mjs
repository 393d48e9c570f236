import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

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
var ALPHABETICAL = /\balphabetic(?:al(?:ly)?)?\b|\bsorted\s+(?:by\s+name|a\s*[-–]\s*z)\b|\bin\s+a\s*[-–]\s*z\b/i;
var CHRONOLOGICAL = /\bchronologic(?:al(?:ly)?)?\b|\border\s+(?:in\s+which|that)\b[^.]{0,60}\b(?:added|joined|adopted)\b|\b(?:append|add)\b[^.]{0,40}\b(?:to|at)\s+the\s+(?:end|bottom)\b|\bappend\b[^.]{0,30}\b(?:table|list)\b|\border\s+of\s+(?:addition|adoption)\b/i;
var NEWEST_FIRST = /\b(?:most\s+recent|newest|latest)\s+(?:first|on\s+top|at\s+the\s+top)\b|\breverse[-\s]+chronologic(?:al(?:ly)?)?\b|\b(?:add|insert|put|place)\b[^.]{0,40}\b(?:to|at)\s+the\s+(?:top|beginning|start)\s+of\s+the\s+(?:list|table|page|section)\b/i;
var NO_ORDER = /\b(?:no|not\s+(?:listed\s+)?in\s+any)\s+(?:particular|specific)\s+order\b|\bnot\s+(?:in\s+)?alphabetical(?:\s+order)?\b/i;
function statedOrder(statements) {
  const text = statements.join("\n");
  const quote = (re) => {
    const m = re.exec(text);
    return m ? `the file says "${m[0]}"` : void 0;
  };
  if (NO_ORDER.test(text)) return { order: "append", evidence: quote(NO_ORDER) };
  const alphabetical = ALPHABETICAL.test(text);
  if (!alphabetical && NEWEST_FIRST.test(text))
    return { order: "append", evidence: quote(NEWEST_FIRST), newestFirst: true };
  const chronological = CHRONOLOGICAL.test(text);
  if (alphabetical !== chronological)
    return {
      order: alphabetical ? "alphabetical" : "append",
      evidence: quote(alphabetical ? ALPHABETICAL : CHRONOLOGICAL)
    };
  return {};
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
function decideOrder(entries, statements, grouped = false) {
  const stated = statedOrder(statements);
  if (stated.order)
    return {
      order: stated.order,
      basis: "stated",
      evidence: stated.evidence ?? "",
      ...stated.newestFirst ? { newestFirst: true } : {}
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
function insertionIndex(entries, lo, hi, name, order) {
  if (order === "append") return hi;
  const names = orderNames(entries.slice(lo, hi));
  const unplaced = names.some((n, k) => n === void 0 && !outOfOrder(entries[lo + k]));
  if (unplaced && !LATIN_OR_DIGIT.test(sortKey(name))) return hi;
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
  compareNames,
  statedOrder,
  outOfOrder,
  orderNames,
  decideOrder,
  sortedBackbone,
  slipAnchors,
  insertionIndex
};
