import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-IYB73FBM.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-FG42BMVD.mjs";
import "./chunk-AB2APPWO.mjs";
import "./chunk-QCXMGD7F.mjs";
import "./chunk-XQLENLOW.mjs";
import "./chunk-O5T44J4H.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
