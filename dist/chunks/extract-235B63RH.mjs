import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-ZKIWMKU3.mjs";
import "./chunk-VOK6TRWD.mjs";
import "./chunk-E6M3TFTF.mjs";
import "./chunk-YGHP7OFY.mjs";
import "./chunk-Y2EKFUSK.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
