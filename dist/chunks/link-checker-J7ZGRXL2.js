import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-ECX2DY4R.js";
import "./chunk-GIHBRUL7.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-CXJGCSMJ.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
