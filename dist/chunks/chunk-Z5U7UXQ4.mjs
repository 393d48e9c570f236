import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  isGroupedByColumn
} from "./chunk-XBPW7ZXX.mjs";
import {
  decideOrder,
  entryDate
} from "./chunk-F36G4R7T.mjs";
import {
  displayText,
  endOf,
  startOf
} from "./chunk-WBV7JFYH.mjs";

// src/adopters/render/edits.ts
function unionOf(deletions) {
  const out = [];
  for (const d of [...deletions].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && d.start <= last.end) last.end = Math.max(last.end, d.end);
    else out.push({ ...d });
  }
  return out;
}
function applyEdits(text, edits) {
  const deletions = unionOf(edits.filter((e) => !e.text && e.end > e.start));
  const others = edits.filter((e) => e.text);
  const all = [...deletions, ...others].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "";
  let at = 0;
  for (const e of all) {
    if (e.start < at) {
      if (e.end <= at) continue;
      throw new Error(`overlapping edits at offset ${e.start}`);
    }
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

// src/adopters/statements.ts
function proseBlocks(doc, containers) {
  const holdsEntries = (start, end) => containers.some((c) => start < c.end && end > c.start);
  const prose = [];
  for (const node of doc.tree.children) {
    const offset = startOf(node);
    if (offset < doc.bodyStart || node.type === "code" || node.type === "definition") continue;
    if (holdsEntries(offset, endOf(node))) {
      const header = node.type === "table" ? node.children[0]?.children.map((cell) => displayText(cell)).join(" ") : "";
      if (header?.trim()) prose.push({ offset, text: header.replace(/\s+/g, " "), picture: false });
      continue;
    }
    const words = node.type === "html" ? node.value.replace(/<[^>]*>/g, " ") : displayText(node);
    const text = node.type === "html" ? node.value : words;
    const picture = /<img\b|!\[/i.test(doc.source.slice(offset, endOf(node))) && !/\p{L}{3}/u.test(words);
    if (text.trim() || picture) prose.push({ offset, text: picture ? "" : text.replace(/\s+/g, " "), picture });
  }
  return prose;
}
function statementsFor(doc, container, containers) {
  const prose = proseBlocks(doc, containers);
  const within = (p, c) => p.offset >= c.scopeStart && p.offset < c.scopeEnd;
  const picture = prose.find((p) => p.picture && p.offset >= container.end && within(p, container));
  const mine = (p) => within(p, container) && (!picture || p.offset < picture.offset);
  const local = [...container.headings, ...prose.filter((p) => mine(p) && p.text).map((p) => p.text)];
  const global = prose.filter((p) => p.text && !containers.some((c) => c !== container && !c.doubts.length && within(p, c))).filter((p) => !within(p, container)).map((p) => p.text);
  return { local, global };
}
function orderPolicyFor(doc, container, containers) {
  const { local, global } = statementsFor(doc, container, containers);
  const statements = decideOrder([], local).basis === "stated" ? local : [...local, ...global];
  return decideOrder(
    container.entries,
    statements,
    isGroupedByColumn(container),
    (e) => entryDate(doc, e, container.kind)
  );
}

export {
  applyEdits,
  statementsFor,
  orderPolicyFor
};
