import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-W2UZHDN7.mjs";
import "./chunk-GGSRTLBJ.mjs";
import "./chunk-4TBF6CJO.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-DWM4QDW6.mjs";
import "./chunk-KHQRU5VU.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-PI5EHJCD.mjs";
import "./chunk-XQLENLOW.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
