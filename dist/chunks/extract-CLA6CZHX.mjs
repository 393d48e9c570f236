import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-DMWSHKZL.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-WT5BUGY2.mjs";
import "./chunk-QHPYTON7.mjs";
import "./chunk-7P4W4K5O.mjs";
import "./chunk-OSK2PIW5.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
