import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-5WUADM3H.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-EFDA4JQE.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-FPCNSYWB.js";
import "./chunk-5LR6HC6L.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
