import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-XAYRJX3G.js";
import "./chunk-TB72O6OG.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-7MSYWENB.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
