import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-EHIAV4PF.mjs";
import "./chunk-FBWATZ5W.mjs";
import "./chunk-YHLOSVDQ.mjs";
import "./chunk-S6UQV442.mjs";
import "./chunk-H7VHFI7I.mjs";
import "./chunk-XFNG3OIW.mjs";
import "./chunk-ZFYIBSV4.mjs";
import "./chunk-JAM4PGJI.mjs";
import "./chunk-VU7WB6VZ.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
