import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-VFFZB7FB.js";
import "./chunk-5NOF3WMT.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-HTY5IUXC.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
