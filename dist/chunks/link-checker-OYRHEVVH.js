import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-S2SUZKGM.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-RUL77J5A.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-TY7S7RPB.js";
import "./chunk-5KNFLC2Q.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
