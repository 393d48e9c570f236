import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  applyReplacements,
  removalOf,
  removeDataEntry
} from "./chunk-MGKME272.mjs";
import "./chunk-TGWDSVTL.mjs";
import "./chunk-RV6HCOFI.mjs";
import "./chunk-YMMQK3JD.mjs";
import "./chunk-MBI4ZK2B.mjs";
import "./chunk-27FQ7SWW.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  applyReplacements,
  removalOf,
  removeDataEntry
};
