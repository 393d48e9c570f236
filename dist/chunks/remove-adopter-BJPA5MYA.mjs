import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  removalRange,
  removeAdopter
} from "./chunk-5DTE2RRN.mjs";
import "./chunk-O7ULASFS.mjs";
import "./chunk-UYZBUS6E.mjs";
import "./chunk-OROIXEDL.mjs";
import "./chunk-NWY2PKW3.mjs";
import "./chunk-F76RGC3L.mjs";
import "./chunk-LLEA4VRX.mjs";
import "./chunk-WBV7JFYH.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  removalRange,
  removeAdopter
};
