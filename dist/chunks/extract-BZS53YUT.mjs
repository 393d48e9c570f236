import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-2RVY7WBB.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-Z63ZQIXE.mjs";
import "./chunk-QHPYTON7.mjs";
import "./chunk-4SLVZM3I.mjs";
import "./chunk-OSK2PIW5.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
