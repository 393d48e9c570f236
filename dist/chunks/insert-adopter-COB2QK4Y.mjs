import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-BO6JDSB3.mjs";
import "./chunk-5VMEWGII.mjs";
import "./chunk-BPBVVDAS.mjs";
import "./chunk-FIWI74EE.mjs";
import "./chunk-B3K6BFQI.mjs";
import "./chunk-NPGV4EIW.mjs";
import "./chunk-IHJI3L74.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-3P2VJYJZ.mjs";
import "./chunk-LCMVCSWL.mjs";
import "./chunk-UXGB5GUU.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-SCIHYNAR.mjs";
import "./chunk-KHQRU5VU.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-BL4YK6NK.mjs";
import "./chunk-XQLENLOW.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  insertAdopter
};
