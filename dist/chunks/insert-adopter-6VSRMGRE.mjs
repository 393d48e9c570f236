import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  insertAdopter
} from "./chunk-7QCZR74F.mjs";
import "./chunk-5VMEWGII.mjs";
import "./chunk-APIN66W6.mjs";
import "./chunk-FIWI74EE.mjs";
import "./chunk-B3K6BFQI.mjs";
import "./chunk-NPGV4EIW.mjs";
import "./chunk-IHJI3L74.mjs";
import "./chunk-44PB6AW2.mjs";
import "./chunk-NLCSQXDF.mjs";
import "./chunk-WZB6UOG5.mjs";
import "./chunk-2MWFEASC.mjs";
import "./chunk-3VBUIZJ7.mjs";
import "./chunk-HCNT2KK3.mjs";
import "./chunk-FPIN2QDH.mjs";
import "./chunk-KHQRU5VU.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-NDFLCRL2.mjs";
import "./chunk-XQLENLOW.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  insertAdopter
};
