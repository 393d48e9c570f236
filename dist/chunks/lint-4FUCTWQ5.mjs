import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-5QUWCPVA.mjs";
import "./chunk-VT725Y3L.mjs";
import "./chunk-2S4EWUZU.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-TDSC5YUQ.mjs";
import "./chunk-6YVIA642.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-DAELVNJ2.mjs";
import "./chunk-3Q2L6FDN.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
