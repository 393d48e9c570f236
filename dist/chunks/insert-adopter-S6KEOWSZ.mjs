import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-3VQMNIDR.mjs";
import "./chunk-5VMEWGII.mjs";
import "./chunk-MER4PVM7.mjs";
import "./chunk-FIWI74EE.mjs";
import "./chunk-B3K6BFQI.mjs";
import "./chunk-NPGV4EIW.mjs";
import "./chunk-IHJI3L74.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-GNZIDK6K.mjs";
import "./chunk-O5XTZ73Z.mjs";
import "./chunk-4TBF6CJO.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-HKPDVTBV.mjs";
import "./chunk-KHQRU5VU.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-PI5EHJCD.mjs";
import "./chunk-XQLENLOW.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  insertAdopter
};
