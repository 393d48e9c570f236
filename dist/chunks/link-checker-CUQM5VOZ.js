import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-SYFPVSZO.js";
import "./chunk-BXL5ED5U.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-PLI2SGEK.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
