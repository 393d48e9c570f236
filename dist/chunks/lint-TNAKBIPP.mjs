import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-REOSX6QS.mjs";
import "./chunk-O5XTZ73Z.mjs";
import "./chunk-4TBF6CJO.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-HKPDVTBV.mjs";
import "./chunk-KHQRU5VU.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-PI5EHJCD.mjs";
import "./chunk-XQLENLOW.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
