import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-3EAD5LJ2.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-72ODF7YF.mjs";
import "./chunk-F76RGC3L.mjs";
import "./chunk-BAQN2TAH.mjs";
import "./chunk-WBV7JFYH.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
