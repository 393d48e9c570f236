import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  selectSequence
} from "./chunk-Z6M4LSKN.mjs";
import {
  parseData
} from "./chunk-E73IISAE.mjs";
import "./chunk-MBI4ZK2B.mjs";
import {
  inferKeys
} from "./chunk-AQFIXT2T.mjs";
import "./chunk-DANKY33K.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-F76RGC3L.mjs";
import "./chunk-WBV7JFYH.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";

// src/data-files/list-sections.ts
function listDataSections(source, format, options = {}) {
  const parsed = parseData(source, format);
  if (!parsed.ok) return { kind: "none" };
  const doc = parsed.doc;
  const lists = doc.sequences.filter((s) => inferKeys(s.items, options.keys).name);
  if (lists.length > 1 && options.path === void 0) {
    const names = lists.map((s) => s.title ?? s.path[s.path.length - 1]).filter((n) => Boolean(n));
    if (new Set(names).size === lists.length) return { kind: "headings", options: names };
  }
  const selection = selectSequence(doc, { path: options.path, keys: options.keys });
  if (!selection.ok || !selection.keys.group) return { kind: "none" };
  const key = selection.keys.group;
  const values = selection.sequence.items.map((i) => i.value && typeof i.value === "object" ? i.value[key] : void 0).filter((v) => typeof v === "string" && v.trim() !== "");
  return { kind: "types", options: [...new Set(values)], column: key };
}
export {
  listDataSections
};
