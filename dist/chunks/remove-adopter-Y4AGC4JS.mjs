import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  removalRange,
  removeAdopter
} from "./chunk-AKYSCYPP.mjs";
import "./chunk-O7ULASFS.mjs";
import "./chunk-DAKYF66Z.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-GQXRRVM5.mjs";
import "./chunk-YGHP7OFY.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-NVG533JY.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  removalRange,
  removeAdopter
};
