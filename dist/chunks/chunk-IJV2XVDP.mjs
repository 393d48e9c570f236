import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  parseData
} from "./chunk-E73IISAE.mjs";
import {
  isRecord
} from "./chunk-AQFIXT2T.mjs";

// src/data-files/layout.ts
function linePrefix(doc, offset) {
  const start = doc.source.lastIndexOf("\n", offset - 1) + 1;
  return doc.source.slice(start, offset);
}
function withoutComments(doc, start, end) {
  let text = "";
  let at = start;
  for (const c of doc.comments) {
    if (c.end <= start || c.start >= end) continue;
    text += doc.source.slice(at, Math.max(at, c.start)).replace(/[ \t]+$/, "");
    at = Math.min(end, c.end);
  }
  return text + doc.source.slice(at, end);
}
function cleanGap(doc, start, end) {
  const text = withoutComments(doc, start, end);
  if (!text.includes("\n")) return text;
  const head = text.slice(0, text.indexOf("\n")).replace(/\r$/, "").replace(/[ \t]+$/, "");
  return head + doc.eol + text.slice(text.lastIndexOf("\n") + 1);
}
function layoutSignature(doc, item) {
  if (!item.pairs?.length) return item.pairs ? "empty" : "scalar";
  const first = item.pairs[0];
  const lead = linePrefix(doc, item.start);
  const openFirst = /^[ \t]*$/.test(lead);
  const kv = doc.source.slice(first.keyEnd, first.valueStart);
  const gap = doc.source.slice(item.start + 1, first.keyStart);
  const gapShape = gap.includes("\n") ? `NL${gap.slice(gap.lastIndexOf("\n") + 1)}` : gap;
  if (doc.format === "yaml" && !item.flow)
    return `block ${JSON.stringify(lead)} ${JSON.stringify(gapShape)} ${JSON.stringify(kv)}`;
  const close = item.startLine === item.endLine ? "inline" : JSON.stringify(linePrefix(doc, item.end - 1));
  return `flow ${openFirst ? JSON.stringify(lead) : "+"} ${JSON.stringify(gapShape)} ${close} ${JSON.stringify(kv)}`;
}
function startsItsLine(doc, item) {
  return /^[ \t]*$/.test(linePrefix(doc, item.start));
}
function itemParts(doc, item) {
  const pairs = item.pairs ?? [];
  const src = doc.source;
  const gaps = pairs.slice(1).map((p, i) => cleanGap(doc, pairs[i].valueEnd, p.keyStart));
  const counts = /* @__PURE__ */ new Map();
  for (const g of gaps) counts.set(g, (counts.get(g) ?? 0) + 1);
  const gap = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? (item.flow ? ", " : doc.eol);
  const last = pairs[pairs.length - 1];
  return {
    open: cleanGap(doc, item.start, pairs[0]?.keyStart ?? item.start),
    pairs: pairs.map((pair) => ({ pair, text: withoutComments(doc, pair.keyStart, pair.valueEnd) })),
    gap,
    close: last ? cleanGap(doc, last.valueEnd, item.end) : src.slice(item.start, item.end)
  };
}

// src/data-files/generated.ts
var KEEP_OFF = /\b(?:do\s+not\s+edit|don't\s+edit|auto-?generated|generated\s+automatically|automatically\s+generated|(?:file|list|data)\s+is\s+(?:auto-?)?generated)\b/i;
var GENERATED_KEY = /^_?(?:auto)?generated(?:at|on|by|date|time)?$/;
function generatedNotice(doc) {
  const firstItem = Math.min(...doc.sequences.flatMap((s) => s.items.slice(0, 1).map((i) => i.start)));
  const comment = doc.comments.find((c) => c.start < firstItem && KEEP_OFF.test(c.text));
  if (comment) return `the file says "${comment.text.trim()}"`;
  const stamp = isRecord(doc.value) ? Object.keys(doc.value).find((k) => GENERATED_KEY.test(k.toLowerCase().replace(/[-_\s]/g, ""))) : void 0;
  return stamp === void 0 ? void 0 : `its "${stamp}" key dates the run of a tool`;
}
var generatedReason = (notice) => `this file is written by a tool (${notice}), so a hand edit would be lost on its next run: add the adopter to what the tool reads, then run it`;

// src/data-files/verify.ts
function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null)
    return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a))
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
}
function valueAt(root, path) {
  let node = root;
  for (const key of path)
    node = isRecord(node) ? node[key] : Array.isArray(node) ? node[Number(key)] : void 0;
  return node;
}
function verifyData(before, format, content, change) {
  const parsed = typeof content === "string" ? parseData(content, format) : { ok: true, doc: content };
  if (!parsed.ok) return `the result does not parse (${parsed.reason})`;
  const oldSeq = valueAt(before.value, change.path);
  const newSeq = valueAt(parsed.doc.value, change.path);
  if (!Array.isArray(oldSeq) || !Array.isArray(newSeq)) return "the list is gone from the result";
  const expected = [...oldSeq];
  if (change.removedAt !== void 0) expected.splice(change.removedAt, 1);
  if (change.index >= 0) expected.splice(change.index, 0, change.item);
  if (expected.length !== newSeq.length) return `the list has ${newSeq.length} items, expected ${expected.length}`;
  for (let i = 0; i < expected.length; i++) {
    if (!deepEqual(expected[i], newSeq[i]))
      return i === change.index ? "the new item does not read back as written" : `item ${i + 1} of the list changed`;
  }
  const rest = structuredClone(parsed.doc.value);
  const host = valueAt(rest, change.path.slice(0, -1));
  const key = change.path[change.path.length - 1];
  const restOld = structuredClone(before.value);
  const hostOld = valueAt(restOld, change.path.slice(0, -1));
  if (key === void 0) return deepEqual(newSeq, expected) ? void 0 : "the list changed";
  if (isRecord(host) && isRecord(hostOld)) {
    host[key] = null;
    hostOld[key] = null;
  } else if (Array.isArray(host) && Array.isArray(hostOld)) {
    host[Number(key)] = null;
    hostOld[Number(key)] = null;
  }
  return deepEqual(rest, restOld) ? void 0 : "something outside the list changed";
}

export {
  linePrefix,
  withoutComments,
  layoutSignature,
  startsItsLine,
  itemParts,
  generatedNotice,
  generatedReason,
  deepEqual,
  valueAt,
  verifyData
};
