import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-54IGYM45.mjs";
import "./chunk-HL7KARZ5.mjs";
import "./chunk-WGBMZVN7.mjs";
import "./chunk-HCNT2KK3.mjs";
import "./chunk-SL5QPZDF.mjs";
import "./chunk-KHQRU5VU.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-B4BWI4U4.mjs";
import "./chunk-XQLENLOW.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
