import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-BIRCYUPO.mjs";
import "./chunk-K6OZBQAX.mjs";
import "./chunk-H4PITVOO.mjs";
import "./chunk-XFOOLODM.mjs";
import "./chunk-H7VHFI7I.mjs";
import "./chunk-7MMPTIZS.mjs";
import "./chunk-NK7WXS44.mjs";
import "./chunk-4N37UGFY.mjs";
import "./chunk-VU7WB6VZ.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
