import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  removalRange,
  removeAdopter
} from "./chunk-XGNNWY3W.mjs";
import "./chunk-O7ULASFS.mjs";
import "./chunk-DAKYF66Z.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-4LNPNJY5.mjs";
import "./chunk-YGHP7OFY.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-2R2UUHND.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  removalRange,
  removeAdopter
};
