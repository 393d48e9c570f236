import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-V47STYGI.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-5U2SMHKC.mjs";
import "./chunk-KHQRU5VU.mjs";
import "./chunk-IRMCMILV.mjs";
import "./chunk-XQLENLOW.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
