import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  removalRange,
  removeAdopter
} from "./chunk-Q63QR66S.mjs";
import "./chunk-O7ULASFS.mjs";
import "./chunk-DAKYF66Z.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-E6M3TFTF.mjs";
import "./chunk-YGHP7OFY.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-Y2EKFUSK.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  removalRange,
  removeAdopter
};
