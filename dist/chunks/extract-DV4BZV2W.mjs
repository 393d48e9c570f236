import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-UIJYERLJ.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-TTYI6NNS.mjs";
import "./chunk-QDNTMFBW.mjs";
import "./chunk-CNDMSG6Q.mjs";
import "./chunk-23JOH57J.mjs";
import "./chunk-O5T44J4H.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
