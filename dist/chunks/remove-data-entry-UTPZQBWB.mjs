import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  applyReplacements,
  removalOf,
  removeDataEntry
} from "./chunk-GTRYM6PA.mjs";
import "./chunk-IJV2XVDP.mjs";
import "./chunk-6TPVL6H5.mjs";
import "./chunk-E73IISAE.mjs";
import "./chunk-MBI4ZK2B.mjs";
import "./chunk-AQFIXT2T.mjs";
import "./chunk-DANKY33K.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-23HNLEV6.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  applyReplacements,
  removalOf,
  removeDataEntry
};
