import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-4ZGLF7OJ.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-SEMBINTK.js";
import "./chunk-5LR6HC6L.js";
import "./chunk-ONBS6DE5.js";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
