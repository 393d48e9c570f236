import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-7TQPRMRZ.mjs";
import "./chunk-VWA2WD3T.mjs";
import "./chunk-KBZYSH62.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-MPTMHPAV.mjs";
import "./chunk-6YVIA642.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-IFMXV7K4.mjs";
import "./chunk-3Q2L6FDN.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
