import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  compareNames,
  orderPolicyFor,
  selectPlacement
} from "./chunk-HPCVQAHF.js";
import {
  normalizeOrganizationName
} from "./chunk-5P4X6YCH.js";
import {
  cellRanges,
  findContainers,
  parseDocument
} from "./chunk-G6GDVSEN.js";

// src/adopters/lint.ts
function inOrderIndices(entries) {
  const tails = [];
  const previous = new Array(entries.length).fill(-1);
  for (let i = 0; i < entries.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (compareNames(entries[tails[mid]].name, entries[i].name) <= 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = /* @__PURE__ */ new Set();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = previous[i]) keep.add(i);
  return keep;
}
function orderProblems(doc, container, containers) {
  const policy = orderPolicyFor(doc, container, containers);
  if (policy.order !== "alphabetical") return [];
  const problems = [];
  const groups = /* @__PURE__ */ new Map();
  for (const e of container.entries) {
    if (e.catchAll) continue;
    const key = e.group ?? "";
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  for (const entries of groups.values()) {
    const keep = inOrderIndices(entries);
    const kept = [];
    entries.forEach((e, i) => {
      if (keep.has(i)) return void kept.push(e);
      let lo = 0;
      let hi = kept.length;
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (compareNames(kept[mid].name, e.name) <= 0) lo = mid + 1;
        else hi = mid;
      }
      const after = lo > 0 ? kept[lo - 1] : void 0;
      problems.push({
        line: e.startLine,
        rule: "order",
        message: `"${e.name}" is out of alphabetical order${after ? ` (it belongs after "${after.name}")` : ""}`
      });
    });
  }
  return problems;
}
function malformedMessage(doc, container, entry) {
  if (container.table) {
    const cells = cellRanges(doc.source, entry.start, entry.end).length;
    return `"${entry.name}" has ${cells} cells, the header has ${container.table.columns.count}`;
  }
  const like = container.entries.find((e) => e.wellFormed && !e.catchAll && !e.placeholder);
  return `"${entry.name}" is not written like the other entries of this list${like ? `; write it like the entry on line ${like.startLine}` : ""}`;
}
function linkProblem(url) {
  if (url === void 0) return void 0;
  if (!url.trim()) return "the link has no target";
  if (/^(?:www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/|$))/i.test(url))
    return `the link "${url}" has no scheme (did you mean https://${url}?)`;
  if (/^[a-z]+:\/\//i.test(url) && !/^(?:https?|ftp):\/\//i.test(url)) return `the link "${url}" has a broken scheme`;
  return void 0;
}
var siteOf = (url) => (url ?? "").toLowerCase().replace(/^https?:\/\/(?:www\.)?/, "").replace(/\/+$/, "");
function duplicateKey(entry) {
  return `${normalizeOrganizationName(entry.name)}\0${siteOf(entry.url)}`;
}
function lintAdopters(source) {
  const doc = parseDocument(source);
  const containers = findContainers(doc);
  const problems = [];
  const placement = selectPlacement(doc, containers, {});
  if (placement.kind === "refuse") problems.push({ line: 1, rule: "list", message: placement.reason });
  const seen = /* @__PURE__ */ new Map();
  for (const container of containers) {
    problems.push(...orderProblems(doc, container, containers));
    for (const entry of container.entries) {
      if (!entry.wellFormed) {
        problems.push({
          line: entry.startLine,
          rule: "malformed",
          message: malformedMessage(doc, container, entry)
        });
      }
      const bad = linkProblem(entry.url);
      if (bad) problems.push({ line: entry.startLine, rule: "link", message: bad });
      const key = duplicateKey(entry);
      const first = seen.get(key);
      if (first && !entry.catchAll) {
        problems.push({
          line: entry.startLine,
          rule: "duplicate",
          message: `"${entry.name}" is listed twice (first at line ${first.startLine})`
        });
      } else seen.set(key, entry);
    }
  }
  if (source.length && !doc.finalNewline) {
    problems.push({
      line: doc.lineStarts.length,
      rule: "final-newline",
      message: "the file does not end with a newline"
    });
  }
  return problems.sort((a, b) => a.line - b.line);
}

export {
  duplicateKey,
  lintAdopters
};
