import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-TH734K3L.mjs";
import "./chunk-VOK6TRWD.mjs";
import "./chunk-RCCLGEWK.mjs";
import "./chunk-6YVIA642.mjs";
import "./chunk-BVBRJP3R.mjs";
import "./chunk-3Q2L6FDN.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
