import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-JEOCGFXF.mjs";
import "./chunk-O2I326IE.mjs";
import "./chunk-T5VRBV7K.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-L5MC272Z.mjs";
import "./chunk-QHPYTON7.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-DBG7ZGTG.mjs";
import "./chunk-OSK2PIW5.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
