import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-CHOLAP4D.mjs";
import "./chunk-VOK6TRWD.mjs";
import "./chunk-OEMWQRXG.mjs";
import "./chunk-TX6FNQJV.mjs";
import "./chunk-LDTR4LQ5.mjs";
import "./chunk-3Q2L6FDN.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
