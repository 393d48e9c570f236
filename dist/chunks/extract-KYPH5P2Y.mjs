import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-PLPQRPDH.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-42LKCK5M.mjs";
import "./chunk-AB2APPWO.mjs";
import "./chunk-VLX4PDTN.mjs";
import "./chunk-XQLENLOW.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
