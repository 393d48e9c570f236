import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  findContainers
} from "./chunk-NWY2PKW3.mjs";
import {
  normalizeSectionName
} from "./chunk-F76RGC3L.mjs";
import "./chunk-LLEA4VRX.mjs";
import {
  parseDocument
} from "./chunk-WBV7JFYH.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";

// src/adopters/list-sections.ts
function unique(values) {
  const seen = /* @__PURE__ */ new Set();
  return values.filter((v) => {
    const key = normalizeSectionName(v);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function listSections(source) {
  const containers = findContainers(parseDocument(source));
  const grouped = containers.filter((c) => c.table && c.table.columns.group >= 0 && c.entries.some((e) => e.group));
  if (grouped.length) {
    const table = grouped.reduce((a, b) => b.entries.length > a.entries.length ? b : a);
    const options = unique(table.entries.map((e) => e.group ?? ""));
    const { columns } = table.table;
    return { kind: "types", options, column: columns.headers[columns.group] ?? "Type" };
  }
  const titles = unique(containers.filter((c) => c.entries.length >= 2).map((c) => c.section ?? ""));
  return titles.length > 1 ? { kind: "headings", options: titles } : { kind: "none" };
}
export {
  listSections
};
