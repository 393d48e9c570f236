import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-43T46LQL.mjs";
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
  duplicateKey,
  lintAdopters
};
