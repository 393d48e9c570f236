import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-YTVWNWFZ.mjs";
import "./chunk-5VMEWGII.mjs";
import "./chunk-76JWBDSH.mjs";
import "./chunk-FIWI74EE.mjs";
import "./chunk-B3K6BFQI.mjs";
import "./chunk-NPGV4EIW.mjs";
import "./chunk-IHJI3L74.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-LALLLV3L.mjs";
import "./chunk-HL7KARZ5.mjs";
import "./chunk-WGBMZVN7.mjs";
import "./chunk-HCNT2KK3.mjs";
import "./chunk-SL5QPZDF.mjs";
import "./chunk-KHQRU5VU.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-B4BWI4U4.mjs";
import "./chunk-XQLENLOW.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  insertAdopter
};
