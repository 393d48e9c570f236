import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-AN25CICO.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-U7RS67KR.mjs";
import "./chunk-DTJFG3QE.mjs";
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
