import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-LVPI6FVE.mjs";
import "./chunk-BEWPH33N.mjs";
import "./chunk-3K5TM34I.mjs";
import "./chunk-XBPW7ZXX.mjs";
import "./chunk-OROIXEDL.mjs";
import "./chunk-72ODF7YF.mjs";
import "./chunk-F76RGC3L.mjs";
import "./chunk-BAQN2TAH.mjs";
import "./chunk-WBV7JFYH.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
