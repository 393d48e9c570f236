import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  duplicateKey,
  lintAdopters
} from "./chunk-CQ7MKAYM.mjs";
import "./chunk-AJLL7VP4.mjs";
import "./chunk-2S4EWUZU.mjs";
import "./chunk-T7ZQBOWR.mjs";
import "./chunk-5ELZ263F.mjs";
import "./chunk-6YVIA642.mjs";
import "./chunk-2ZWZV7J3.mjs";
import "./chunk-DAELVNJ2.mjs";
import "./chunk-3Q2L6FDN.mjs";
import "./chunk-XDNEWOOM.mjs";
export {
  duplicateKey,
  lintAdopters
};
