import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-PO77FX3N.mjs";
import "./chunk-KWIXTTGM.mjs";
import "./chunk-WGBMZVN7.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-NAQXFTK2.mjs";
import "./chunk-KHQRU5VU.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-B4BWI4U4.mjs";
import "./chunk-XQLENLOW.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
