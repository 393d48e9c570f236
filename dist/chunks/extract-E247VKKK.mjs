import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-UTCHJF36.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-HKPDVTBV.mjs";
import "./chunk-KHQRU5VU.mjs";
import "./chunk-PI5EHJCD.mjs";
import "./chunk-XQLENLOW.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
