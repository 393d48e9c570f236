import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-WF5ZNNSZ.mjs";
import "./chunk-YKAU7P5G.mjs";
import "./chunk-3V2M52GN.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-GQXRRVM5.mjs";
import "./chunk-YGHP7OFY.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-NVG533JY.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
