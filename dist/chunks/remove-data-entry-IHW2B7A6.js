import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  applyReplacements,
  removalOf,
  removeDataEntry
} from "./chunk-YXXGJ4XQ.js";
import "./chunk-MPRAYAIT.js";
import "./chunk-XSMV7KAE.js";
import "./chunk-DYLIHHCV.js";
import "./chunk-E5HPRSMU.js";
import "./chunk-PTVQWISG.js";
import "./chunk-MCZT7MDY.js";
import "./chunk-ONBS6DE5.js";
export {
  applyReplacements,
  removalOf,
  removeDataEntry
};
