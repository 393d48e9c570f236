import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-TXKPMVP6.js";
import "./chunk-DFMRS2LK.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-BD2DSRQD.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
