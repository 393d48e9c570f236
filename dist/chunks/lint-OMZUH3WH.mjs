import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-NYUU7PRL.mjs";
import "./chunk-6QJAKWCL.mjs";
import "./chunk-5D5Y775J.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-BT255QJC.mjs";
import "./chunk-6YVIA642.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-L6OHRKSX.mjs";
import "./chunk-3Q2L6FDN.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
