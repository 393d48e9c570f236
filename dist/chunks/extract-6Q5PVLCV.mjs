import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-QJTY3IF3.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-SCIHYNAR.mjs";
import "./chunk-KHQRU5VU.mjs";
import "./chunk-BL4YK6NK.mjs";
import "./chunk-XQLENLOW.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
