import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  normalizeSectionName,
  sectionMatches
} from "./chunk-F76RGC3L.mjs";

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

// src/adopters/default-group.ts
function isGroupedByColumn(container) {
  if (!container.table || container.table.columns.group < 0) return false;
  return keptInGroups(realEntries(container).map((e) => e.groupKey ?? ""));
}
function keptInGroups(values) {
  const rowsOf = /* @__PURE__ */ new Map();
  const runsOf = /* @__PURE__ */ new Map();
  let previous;
  for (const g of values) {
    rowsOf.set(g, (rowsOf.get(g) ?? 0) + 1);
    if (g !== previous) runsOf.set(g, (runsOf.get(g) ?? 0) + 1);
    previous = g;
  }
  const runs = [...runsOf.values()].reduce((a, b) => a + b, 0);
  const scattered = [...rowsOf].some(([g, n]) => n >= 2 && runsOf.get(g) === n);
  const repeated = [...rowsOf.values()].filter((n) => n >= 2).length;
  return rowsOf.size >= 2 && repeated * 2 >= rowsOf.size && !scattered && runs - rowsOf.size <= Math.max(1, Math.floor(values.length / 10));
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

export {
  realEntries,
  requires,
  carries,
  showsAny,
  isGroupedByColumn,
  keptInGroups,
  groupMembers,
  defaultGroup,
  groupNote
};
