import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-HFHQB72Q.mjs";
import "./chunk-PGMSF2WW.mjs";
import "./chunk-ASFXM2IV.mjs";
import "./chunk-FIWI74EE.mjs";
import "./chunk-B3K6BFQI.mjs";
import "./chunk-NKAUH4CE.mjs";
import "./chunk-IHJI3L74.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-MZ6DQA4M.mjs";
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
  insertAdopter
};
