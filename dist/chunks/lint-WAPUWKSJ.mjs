import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-SEJFA35L.mjs";
import "./chunk-BKYU2J4E.mjs";
import "./chunk-K7EG5QFF.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-OEMWQRXG.mjs";
import "./chunk-TX6FNQJV.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-LDTR4LQ5.mjs";
import "./chunk-3Q2L6FDN.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
