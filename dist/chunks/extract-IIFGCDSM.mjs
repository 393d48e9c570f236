import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-4PUGJC63.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-QKA2YTSB.mjs";
import "./chunk-75GY4BTF.mjs";
import "./chunk-JAM4PGJI.mjs";
import "./chunk-VU7WB6VZ.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
