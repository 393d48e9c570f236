import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-VS4PYBRF.mjs";
import "./chunk-5VMEWGII.mjs";
import "./chunk-DUFZGUVL.mjs";
import "./chunk-FIWI74EE.mjs";
import "./chunk-B3K6BFQI.mjs";
import "./chunk-NPGV4EIW.mjs";
import "./chunk-IHJI3L74.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-IB3FUU2R.mjs";
import "./chunk-RWCUOQWY.mjs";
import "./chunk-FHH7DGH3.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-5U2SMHKC.mjs";
import "./chunk-KHQRU5VU.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-IRMCMILV.mjs";
import "./chunk-XQLENLOW.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  insertAdopter
};
