import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-I32EH5LG.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-IOZRQQIR.mjs";
import "./chunk-QHPYTON7.mjs";
import "./chunk-SH2UEMEM.mjs";
import "./chunk-OSK2PIW5.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
