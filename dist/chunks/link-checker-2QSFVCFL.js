import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-WGXWFJP7.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-S6YCAG6Z.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-UOAM2XBW.js";
import "./chunk-5LR6HC6L.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
