import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-TYQAEBHJ.mjs";
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
  duplicateKey,
  lintAdopters
};
