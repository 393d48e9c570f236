import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  isRecord
} from "./chunk-AQFIXT2T.mjs";

// src/data-files/listed-items.ts
function listedItems(items, keys) {
  return items.map((item) => {
    const value = isRecord(item.value) ? item.value : {};
    const name = keys.name && typeof value[keys.name] === "string" ? value[keys.name] : "";
    const url = keys.url && typeof value[keys.url] === "string" ? value[keys.url] : void 0;
    return { name, url, catchAll: false, startLine: item.startLine, item };
  });
}
function commentStatements(doc) {
  return doc.comments.map((c) => c.text);
}

export {
  listedItems,
  commentStatements
};
