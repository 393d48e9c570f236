import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-3K7NEZYC.js";
import "./chunk-IXZDVHGE.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-XQWLRUI3.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
