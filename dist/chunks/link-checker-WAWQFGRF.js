import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  createHttpLinkChecker
} from "./chunk-RFT7EJ6D.js";
import "./chunk-M6EMZJQL.js";
import "./chunk-WQBCT4YW.js";
import "./chunk-G7EPKI5E.js";
import "./chunk-ODQJWHDE.js";
import "./chunk-ONBS6DE5.js";
export {
  createHttpLinkChecker
};
