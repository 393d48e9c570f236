import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-YBAF6F5R.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-L5MC272Z.mjs";
import "./chunk-QHPYTON7.mjs";
import "./chunk-DBG7ZGTG.mjs";
import "./chunk-OSK2PIW5.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
