import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  applyReplacements,
  removalOf,
  removeDataEntry
} from "./chunk-O7ZNZMUU.mjs";
import "./chunk-EMBLNRWX.mjs";
import "./chunk-IU6JSZSJ.mjs";
import "./chunk-XERCWTSU.mjs";
import "./chunk-MBI4ZK2B.mjs";
import "./chunk-TGFV4BLY.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  applyReplacements,
  removalOf,
  removeDataEntry
};
