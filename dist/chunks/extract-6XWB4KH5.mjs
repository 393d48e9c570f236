import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-DGCKM42P.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-FPIN2QDH.mjs";
import "./chunk-KHQRU5VU.mjs";
import "./chunk-NDFLCRL2.mjs";
import "./chunk-XQLENLOW.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
