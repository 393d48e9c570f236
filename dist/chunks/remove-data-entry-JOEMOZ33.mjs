import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  applyReplacements,
  removalOf,
  removeDataEntry
} from "./chunk-OIY2N3DK.mjs";
import "./chunk-MCFC2FED.mjs";
import "./chunk-LXWLSRO4.mjs";
import "./chunk-Z2AAJSTW.mjs";
import "./chunk-MBI4ZK2B.mjs";
import "./chunk-PQ6CR5TR.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  applyReplacements,
  removalOf,
  removeDataEntry
};
