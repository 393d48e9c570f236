import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  removalRange,
  removeAdopter
} from "./chunk-AXVE26QU.mjs";
import "./chunk-O7ULASFS.mjs";
import "./chunk-NKAUH4CE.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-IOZRQQIR.mjs";
import "./chunk-QHPYTON7.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-SH2UEMEM.mjs";
import "./chunk-OSK2PIW5.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  removalRange,
  removeAdopter
};
