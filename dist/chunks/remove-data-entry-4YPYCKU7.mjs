import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  applyReplacements,
  removalOf,
  removeDataEntry
} from "./chunk-T7LLF4A5.mjs";
import "./chunk-ORF45LXT.mjs";
import "./chunk-LMHC326J.mjs";
import "./chunk-SRNZPARI.mjs";
import "./chunk-MBI4ZK2B.mjs";
import "./chunk-6AJLRQF4.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  applyReplacements,
  removalOf,
  removeDataEntry
};
