import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-ZD5L44MR.mjs";
import "./chunk-VOK6TRWD.mjs";
import "./chunk-GQXRRVM5.mjs";
import "./chunk-YGHP7OFY.mjs";
import "./chunk-NVG533JY.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
