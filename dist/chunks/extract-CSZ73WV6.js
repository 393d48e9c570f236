import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-VKWFII6T.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-I5B3VVLS.js";
import "./chunk-YU3MZ4ER.js";
import "./chunk-JKVCVJUP.js";
import "./chunk-ONBS6DE5.js";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
