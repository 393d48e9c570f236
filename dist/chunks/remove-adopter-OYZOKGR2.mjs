import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  removalRange,
  removeAdopter
} from "./chunk-C5MADR7F.mjs";
import "./chunk-O7ULASFS.mjs";
import "./chunk-NKAUH4CE.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-WT5BUGY2.mjs";
import "./chunk-QHPYTON7.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-7P4W4K5O.mjs";
import "./chunk-OSK2PIW5.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  removalRange,
  removeAdopter
};
