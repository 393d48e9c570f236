import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-LP5O3GW4.mjs";
import "./chunk-LCMVCSWL.mjs";
import "./chunk-UXGB5GUU.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-SCIHYNAR.mjs";
import "./chunk-KHQRU5VU.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-BL4YK6NK.mjs";
import "./chunk-XQLENLOW.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
