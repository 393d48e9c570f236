import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-PCVZQWPS.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-6YSG6FKP.js";
import "./chunk-5LR6HC6L.js";
import "./chunk-ONBS6DE5.js";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
