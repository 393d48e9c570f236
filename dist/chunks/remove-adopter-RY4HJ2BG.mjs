import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  removalRange,
  removeAdopter
} from "./chunk-DZ3ZHY72.mjs";
import "./chunk-O7ULASFS.mjs";
import "./chunk-NKAUH4CE.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-L5MC272Z.mjs";
import "./chunk-QHPYTON7.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-DBG7ZGTG.mjs";
import "./chunk-OSK2PIW5.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  removalRange,
  removeAdopter
};
