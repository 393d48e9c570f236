import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-Z3FFSJGY.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-MIT7Q6GU.mjs";
import "./chunk-NK7WXS44.mjs";
import "./chunk-5WXI75QH.mjs";
import "./chunk-VU7WB6VZ.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
