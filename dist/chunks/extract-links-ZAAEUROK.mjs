import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  listedItems
} from "./chunk-6TPVL6H5.mjs";
import {
  parseData
} from "./chunk-E73IISAE.mjs";
import "./chunk-MBI4ZK2B.mjs";
import {
  inferKeys,
  lineAt
} from "./chunk-AQFIXT2T.mjs";
import "./chunk-DANKY33K.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";

// src/data-files/extract-links.ts
function extractDataLinks(source, format, options = {}) {
  const parsed = parseData(source, format);
  if (!parsed.ok) return [];
  const doc = parsed.doc;
  const out = [];
  for (const sequence of doc.sequences) {
    const keys = inferKeys(sequence.items, options.keys);
    for (const { name, item } of listedItems(sequence.items, keys)) {
      for (const pair of item.pairs ?? []) {
        if (typeof pair.value !== "string" || !pair.value.trim()) continue;
        const url = pair.value.trim();
        const web = /^https?:\/\//i.test(url);
        if (!web && !(pair.key === keys.url && /^(?:www\.|[a-z][a-z0-9+.-]*:)/i.test(url))) continue;
        out.push({
          url,
          line: lineAt(doc, pair.valueStart),
          entry: name || null,
          kind: pair.key === keys.logo ? "image" : "literal"
        });
      }
    }
  }
  return out.sort((a, b) => a.line - b.line);
}
export {
  extractDataLinks
};
