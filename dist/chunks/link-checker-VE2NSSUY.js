import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-O2UG7L2R.js";
import "./chunk-QCY76EN7.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-IQZ66AFI.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
