import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-A7RS7IX7.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-SL5QPZDF.mjs";
import "./chunk-KHQRU5VU.mjs";
import "./chunk-B4BWI4U4.mjs";
import "./chunk-XQLENLOW.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
