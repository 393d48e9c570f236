import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-PPFKL2ZB.js";
import "./chunk-DOFBJYIX.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-ORFOH5CR.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
