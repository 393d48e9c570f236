import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  selectPlacement
} from "./chunk-234S3TEZ.mjs";
import {
  orderPolicyFor
} from "./chunk-Z5U7UXQ4.mjs";
import {
  findContainers
} from "./chunk-NWY2PKW3.mjs";
import {
  orderNames,
  outOfOrder,
  slipAnchors,
  sortedBackbone
} from "./chunk-F36G4R7T.mjs";
import {
  cellRanges
} from "./chunk-LLEA4VRX.mjs";
import {
  parseDocument
} from "./chunk-WBV7JFYH.mjs";
import {
  normalizeOrganizationName
} from "./chunk-2ZWZV7J3.mjs";

// src/adopters/lint.ts
function orderProblems(doc, container, containers) {
  const policy = orderPolicyFor(doc, container, containers);
  if (policy.order !== "alphabetical") return [];
  const problems = [];
  const groups = /* @__PURE__ */ new Map();
  for (const e of container.entries) {
    if (outOfOrder(e)) continue;
    const key = e.group ?? "";
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  for (const entries of groups.values()) {
    const names = orderNames(entries);
    const anchors = slipAnchors(names, sortedBackbone(names));
    for (const [i, after] of anchors) {
      const e = entries[i];
      problems.push({
        line: e.startLine,
        rule: "order",
        message: `"${e.name}" is out of alphabetical order${after !== void 0 ? ` (it belongs after "${after}")` : ""}`
      });
    }
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
