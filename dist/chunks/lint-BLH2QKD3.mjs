import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-NOHXZVLF.mjs";
import "./chunk-JPTENMCT.mjs";
import "./chunk-WDCNS44G.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-CEFHXJQE.mjs";
import "./chunk-L3S7WCIP.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-4SLVZM3I.mjs";
import "./chunk-OSK2PIW5.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
