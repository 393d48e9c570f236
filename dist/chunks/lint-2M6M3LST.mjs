import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-AZCFSOZ6.mjs";
import "./chunk-5PGWBAAB.mjs";
import "./chunk-MCXU4O7T.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-MKAUAZYX.mjs";
import "./chunk-6YVIA642.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-I36ERQYX.mjs";
import "./chunk-3Q2L6FDN.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
