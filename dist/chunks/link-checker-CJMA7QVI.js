import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-H3YWCN5I.js";
import "./chunk-TXE4QPTL.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-YVUHX7SR.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
