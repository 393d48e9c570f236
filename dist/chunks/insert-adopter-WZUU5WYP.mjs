import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-GQXYWOPG.mjs";
import "./chunk-PGMSF2WW.mjs";
import "./chunk-P7GHI45F.mjs";
import "./chunk-FIWI74EE.mjs";
import "./chunk-B3K6BFQI.mjs";
import "./chunk-NKAUH4CE.mjs";
import "./chunk-IHJI3L74.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-SPYMIWWU.mjs";
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
  insertAdopter
};
