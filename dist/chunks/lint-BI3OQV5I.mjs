import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-BW4YR7WT.mjs";
import "./chunk-KX26D3JK.mjs";
import "./chunk-Z4UQLNGS.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-E6M3TFTF.mjs";
import "./chunk-YGHP7OFY.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-Y2EKFUSK.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
