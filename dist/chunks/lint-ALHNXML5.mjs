import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-EKHM4QTL.mjs";
import "./chunk-S5X4CAOX.mjs";
import "./chunk-ETFM7PSS.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-IOZRQQIR.mjs";
import "./chunk-QHPYTON7.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-SH2UEMEM.mjs";
import "./chunk-OSK2PIW5.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
