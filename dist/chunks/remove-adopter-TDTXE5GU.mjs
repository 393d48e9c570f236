import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  removalRange,
  removeAdopter
} from "./chunk-SOUZP4DU.mjs";
import "./chunk-O7ULASFS.mjs";
import "./chunk-XOXKOX5V.mjs";
import "./chunk-H7VHFI7I.mjs";
import "./chunk-4JSRSSCU.mjs";
import "./chunk-BLVDNTNM.mjs";
import "./chunk-5WXI75QH.mjs";
import "./chunk-VU7WB6VZ.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  removalRange,
  removeAdopter
};
