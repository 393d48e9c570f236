import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  removalRange,
  removeAdopter
} from "./chunk-5J7ED7ON.mjs";
import "./chunk-O7ULASFS.mjs";
import "./chunk-DBSAVDKR.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-OEMWQRXG.mjs";
import "./chunk-TX6FNQJV.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-LDTR4LQ5.mjs";
import "./chunk-3Q2L6FDN.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  removalRange,
  removeAdopter
};
