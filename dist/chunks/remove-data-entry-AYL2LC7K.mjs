import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  applyReplacements,
  removalOf,
  removeDataEntry
} from "./chunk-OJQCSGTC.mjs";
import "./chunk-JPP3RCAS.mjs";
import "./chunk-EK5ZX7CK.mjs";
import "./chunk-EFGYJYPO.mjs";
import "./chunk-MBI4ZK2B.mjs";
import "./chunk-CYUPAJLB.mjs";
import "./chunk-V2SKHTIC.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-O5T44J4H.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  applyReplacements,
  removalOf,
  removeDataEntry
};
