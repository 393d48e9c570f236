import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-GBQUI6QJ.js";
import "./chunk-DXNBMNTN.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-3HG6SFJ4.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
