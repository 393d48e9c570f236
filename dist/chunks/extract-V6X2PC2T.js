import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-DRLVT226.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-7NP72CN2.js";
import "./chunk-5KNFLC2Q.js";
import "./chunk-ONBS6DE5.js";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
