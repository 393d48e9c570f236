import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  applyReplacements,
  removalOf,
  removeDataEntry
} from "./chunk-KGLVKIM5.mjs";
import "./chunk-3JWDXV73.mjs";
import "./chunk-FGY3S6GJ.mjs";
import "./chunk-DPSKKWYI.mjs";
import "./chunk-MBI4ZK2B.mjs";
import "./chunk-CVCZOC75.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  applyReplacements,
  removalOf,
  removeDataEntry
};
