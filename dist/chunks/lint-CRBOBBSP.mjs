import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-TFBDLB3U.mjs";
import "./chunk-MJQQG45L.mjs";
import "./chunk-KTSFATPY.mjs";
import "./chunk-272C6ZFM.mjs";
import "./chunk-H7VHFI7I.mjs";
import "./chunk-4JSRSSCU.mjs";
import "./chunk-BLVDNTNM.mjs";
import "./chunk-5WXI75QH.mjs";
import "./chunk-VU7WB6VZ.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
