import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
} from "./chunk-UI2A6HVC.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-O2DFJORF.js";
import "./chunk-5KNFLC2Q.js";
import "./chunk-ONBS6DE5.js";
export {
  dedupeLinks,
  extractLinks,
  fetchKey,
  slugify
};
