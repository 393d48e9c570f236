import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  removalRange,
  removeAdopter
} from "./chunk-2NKHYFBQ.mjs";
import "./chunk-O7ULASFS.mjs";
import "./chunk-NPGV4EIW.mjs";
import "./chunk-HCNT2KK3.mjs";
import "./chunk-FPIN2QDH.mjs";
import "./chunk-KHQRU5VU.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-NDFLCRL2.mjs";
import "./chunk-XQLENLOW.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  removalRange,
  removeAdopter
};
