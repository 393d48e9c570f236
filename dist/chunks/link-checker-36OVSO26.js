import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-5PY762NS.js";
import "./chunk-ICHVEM7V.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-QFM6YRNX.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
