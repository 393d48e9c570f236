import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  normalizeSectionName,
  sectionMatches
} from "./chunk-KHQRU5VU.mjs";
import {
  decideOrder,
  entryDate
} from "./chunk-B4BWI4U4.mjs";
import {
  displayText,
  endOf,
  startOf
} from "./chunk-XQLENLOW.mjs";

// src/adopters/carried-fields.ts
function realEntries(container) {
  return container.entries.filter((e) => !e.placeholder && !e.catchAll);
}
function requires(container, field) {
  const real = realEntries(container);
  const holding = real.filter((e) => e.spans.some((s) => s.field === field)).length;
  return holding > 0 && holding * 20 >= real.length * 19;
}
function carries(container, field) {
  const real = realEntries(container);
  const holding = real.filter((e) => e.wellFormed && e.spans.some((s) => s.field === field)).length;
  return holding > 0 && holding * 20 >= real.length;
}
function showsAny(container, field) {
  return realEntries(container).some((e) => e.spans.some((s) => s.field === field));
}

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

// src/adopters/default-group.ts
function isGroupedByColumn(container) {
  if (!container.table || container.table.columns.group < 0) return false;
  const rows = realEntries(container);
  const rowsOf = /* @__PURE__ */ new Map();
  const runsOf = /* @__PURE__ */ new Map();
  let previous;
  for (const e of rows) {
    const g = e.groupKey ?? "";
    rowsOf.set(g, (rowsOf.get(g) ?? 0) + 1);
    if (g !== previous) runsOf.set(g, (runsOf.get(g) ?? 0) + 1);
    previous = g;
  }
  const runs = [...runsOf.values()].reduce((a, b) => a + b, 0);
  const scattered = [...rowsOf].some(([g, n]) => n >= 2 && runsOf.get(g) === n);
  return rowsOf.size >= 2 && !scattered && runs - rowsOf.size <= Math.max(1, Math.floor(rows.length / 10));
}
function groupMembers(container, group) {
  const key = group.toLowerCase();
  const reading = container.entries.filter((e) => (e.group ?? "").toLowerCase() === key);
  const counts = /* @__PURE__ */ new Map();
  for (const e of reading) counts.set(e.groupKey ?? "", (counts.get(e.groupKey ?? "") ?? 0) + 1);
  const written = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return written === void 0 ? [] : container.entries.filter((e) => (e.groupKey ?? "") === written);
}
function defaultGroup(container, description) {
  if (!container.table || container.table.columns.group < 0) return void 0;
  const rows = realEntries(container).filter((e) => e.group);
  if (!rows.length) return void 0;
  const named = description === void 0 ? void 0 : groupNamedIn(rows, description);
  if (named) return { group: named, why: "named" };
  if (isGroupedByColumn(container)) return { group: rows[rows.length - 1].group, why: "last" };
  const counts = /* @__PURE__ */ new Map();
  for (const e of rows) counts.set(e.group, (counts.get(e.group) ?? 0) + 1);
  const most = [...counts].reduce(
    (best, c) => !best || c[1] >= best[1] ? c : best,
    void 0
  )[0];
  return { group: most, why: "most" };
}
function groupNamedIn(rows, description) {
  const said = /* @__PURE__ */ new Map();
  for (const e of rows) {
    const key = normalizeSectionName(e.group);
    if (key && !said.has(key) && sectionMatches(e.group, description)) said.set(key, e.group);
  }
  return said.size === 1 ? [...said.values()][0] : void 0;
}
function groupNote(container, chosen, section) {
  if (section) return `this file has no sections, so the section "${section}" was not used`;
  if (!chosen) return void 0;
  const header = container.table.columns.headers[container.table.columns.group] ?? "";
  if (chosen.why === "named")
    return `no section was given, so the "${header}" cell says "${chosen.group}", as the description does; a maintainer can change it`;
  if (chosen.why === "last") return `no section was given, so the entry went into the last group, "${chosen.group}"`;
  return `no section was given, so the "${header}" cell says "${chosen.group}", as most rows do; a maintainer can change it`;
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
  realEntries,
  requires,
  carries,
  showsAny,
  isGroupedByColumn,
  groupMembers,
  defaultGroup,
  groupNote,
  applyEdits,
  statementsFor,
  orderPolicyFor
};
