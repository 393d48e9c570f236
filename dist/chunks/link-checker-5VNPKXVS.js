import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-A3PD3JNA.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-7D32M44J.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-KDANGX7S.js";
import "./chunk-5KNFLC2Q.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
