import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-KH4IEGBA.mjs";
import "./chunk-LRWIFWCB.mjs";
import "./chunk-ILGGUN2O.mjs";
import "./chunk-XFOOLODM.mjs";
import "./chunk-H7VHFI7I.mjs";
import "./chunk-KTXZTYMY.mjs";
import "./chunk-NK7WXS44.mjs";
import "./chunk-JAM4PGJI.mjs";
import "./chunk-VU7WB6VZ.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
