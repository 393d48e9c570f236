import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-23KSUDHG.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-M7LIWZRM.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-7HUFLN6C.js";
import "./chunk-5LR6HC6L.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
