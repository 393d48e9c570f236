import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-SJ3E7JHL.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-4JSRSSCU.mjs";
import "./chunk-BLVDNTNM.mjs";
import "./chunk-5WXI75QH.mjs";
import "./chunk-VU7WB6VZ.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
