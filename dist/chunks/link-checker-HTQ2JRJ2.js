import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-56XLKKYH.js";
import "./chunk-2BFJBPZ3.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-DX55GODO.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
