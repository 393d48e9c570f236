import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-ZYXAXJVT.mjs";
import "./chunk-VOK6TRWD.mjs";
import "./chunk-JZX7IAJ5.mjs";
import "./chunk-6YVIA642.mjs";
import "./chunk-AYTB54UI.mjs";
import "./chunk-3Q2L6FDN.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
