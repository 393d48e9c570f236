import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-ARJTY2AG.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-XYCPDCJO.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-XDGCHGXV.js";
import "./chunk-5LR6HC6L.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
