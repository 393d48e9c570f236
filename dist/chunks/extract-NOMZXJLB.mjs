import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-6TEP4H5P.mjs";
import "./chunk-VOK6TRWD.mjs";
import "./chunk-4LNPNJY5.mjs";
import "./chunk-YGHP7OFY.mjs";
import "./chunk-2R2UUHND.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
